using FactExtract.Entities;

namespace FactExtract.Pipeline;

/// <summary>
/// Finds the shipped model folder: the path given, else <c>models/ner-en</c> under the working
/// directory or its nearest ancestor, else beside the repository the binary was built from.
/// </summary>
public static class ModelLocator
{
    public static string Resolve(string? explicitDirectory)
    {
        if (explicitDirectory is not null) return Path.GetFullPath(explicitDirectory);
        return NerModelFiles.Find(Environment.CurrentDirectory)
            ?? NerModelFiles.Find(AppContext.BaseDirectory)
            // Does not exist: loading it reports this path in the error.
            ?? Path.Combine(Environment.CurrentDirectory, NerModelFiles.DefaultDirectory);
    }
}
