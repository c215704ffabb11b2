namespace FactExtract.Entities;

/// <summary>
/// Where the entity model is looked for, in order: the folder the caller names (<c>--model</c>),
/// the <c>FACTEXTRACT_MODEL</c> environment variable, <c>models/ner-en</c> in the working
/// directory or its nearest ancestor (a checkout being worked on), and last the copy that the
/// build ships beside the program. When none has a model the error lists every place tried.
/// </summary>
internal static class ModelLocation
{
    public const string EnvironmentVariable = "FACTEXTRACT_MODEL";

    /// <summary>
    /// The model folder to load. An explicit folder (argument or environment variable) is used
    /// as given, without falling back, so a mistyped override fails instead of silently loading
    /// another model.
    /// </summary>
    /// <exception cref="ModelLoadException">No candidate folder holds a model; the message lists each one tried.</exception>
    public static string Resolve(string? explicitDirectory) =>
        Resolve(explicitDirectory, Environment.GetEnvironmentVariable(EnvironmentVariable),
            Environment.CurrentDirectory, AppContext.BaseDirectory);

    internal static string Resolve(string? explicitDirectory, string? environmentDirectory, string workingDirectory, string programDirectory)
    {
        if (!string.IsNullOrEmpty(explicitDirectory))
            return RequireModel(Path.GetFullPath(explicitDirectory, workingDirectory), "--model");
        if (!string.IsNullOrEmpty(environmentDirectory))
            return RequireModel(Path.GetFullPath(environmentDirectory, workingDirectory), $"environment variable {EnvironmentVariable}");

        var besideProgram = Path.GetFullPath(Path.Combine(programDirectory, NerModelFiles.DefaultDirectory));
        var found = NerModelFiles.Find(workingDirectory) ?? (HasModel(besideProgram) ? besideProgram : null);
        if (found is not null) return found;

        var workingCandidate = Path.GetFullPath(Path.Combine(workingDirectory, NerModelFiles.DefaultDirectory));
        throw new ModelLoadException(string.Join(Environment.NewLine,
            "Entity model not found. Looked in:",
            "  --model DIR: not given",
            $"  environment variable {EnvironmentVariable}: not set",
            $"  '{workingCandidate}' and {NerModelFiles.DefaultDirectory} under every parent folder of the working directory",
            $"  '{besideProgram}' (the copy shipped beside the program)"));
    }

    private static string RequireModel(string directory, string source)
    {
        if (HasModel(directory)) return directory;
        throw new ModelLoadException(
            $"Entity model not found in '{directory}' (from {source}): expected {EntityModel.FileName} and {NerModelFiles.GazetteerFileName} there.");
    }

    private static bool HasModel(string directory) => File.Exists(Path.Combine(directory, EntityModel.FileName));
}
