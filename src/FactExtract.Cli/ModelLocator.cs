namespace FactExtract.Cli;

/// <summary>
/// Finds the shipped models folder: the path given, else <c>models/</c> under the working
/// directory, else <c>models/</c> beside the repository the binary was built from.
/// </summary>
public static class ModelLocator
{
    public const string DefaultModel = "ner-en";

    public static string Resolve(string? explicitDirectory)
    {
        if (explicitDirectory is not null) return Path.GetFullPath(explicitDirectory);
        var fromWorkingDirectory = Path.Combine(Environment.CurrentDirectory, "models", DefaultModel);
        if (Directory.Exists(fromWorkingDirectory)) return fromWorkingDirectory;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", DefaultModel);
            if (Directory.Exists(candidate)) return candidate;
        }
        return fromWorkingDirectory; // does not exist: loading it reports the path in the error
    }
}
