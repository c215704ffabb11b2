namespace FactExtract.Entities;

/// <summary>
/// The files of a model directory (<c>models/ner-en/</c>): the weights and the compiled
/// gazetteer the features were trained with. Loading is explicit; nothing is cached globally.
/// </summary>
internal static class NerModelFiles
{
    public const string GazetteerFileName = "gazetteer.txt.gz";
    public const string DefaultDirectory = "models/ner-en";

    public static (EntityModel Model, Gazetteer Gazetteer) Load(string directory)
    {
        if (!Directory.Exists(directory)) throw new ModelLoadException($"Model directory not found: '{directory}'.");
        var gazPath = Path.Combine(directory, GazetteerFileName);
        if (!File.Exists(gazPath)) throw new ModelLoadException($"Gazetteer file not found: '{gazPath}'.");
        // The two files are independent; loading them side by side shortens start-up.
        EntityModel? model = null;
        Gazetteer? gazetteer = null;
        try
        {
            Parallel.Invoke(
                () => model = EntityModel.Load(Path.Combine(directory, EntityModel.FileName)),
                () => gazetteer = Gazetteer.Load(gazPath));
        }
        catch (AggregateException e)
        {
            // Surface the loader's own exception (ModelLoadException), not the wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
        }
        return (model!, gazetteer!);
    }

    /// <summary>
    /// Finds <c>models/ner-en</c> in <paramref name="start"/> or the nearest ancestor that has it
    /// (so the CLI and tests work from a build output folder inside the repository).
    /// </summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultDirectory);
            if (File.Exists(Path.Combine(candidate, EntityModel.FileName))) return candidate;
        }
        return null;
    }
}
