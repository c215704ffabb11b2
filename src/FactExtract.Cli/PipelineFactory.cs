using System.Security.Cryptography;
using FactExtract.Entities;
using FactExtract.Export;
using FactExtract.Facts;
using FactExtract.Pipeline;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Cli;

/// <summary>A pipeline and the fingerprint of what it is made of (program version, model files).</summary>
public sealed record ComposedPipeline(NlpPipeline Pipeline, ResultFingerprint Fingerprint);

/// <summary>The composition root: loads the model explicitly and assembles the stages in order.</summary>
public static class PipelineFactory
{
    public static ComposedPipeline Create(string? modelDirectory, IReadOnlyList<string> gazetteerFiles)
    {
        var directory = ModelLocation.Resolve(modelDirectory);
        var (model, gazetteer) = NerModelFiles.Load(directory);
        foreach (var file in gazetteerFiles) gazetteer = gazetteer.Merge(LoadUserGazetteer(file));
        var stages = new List<IPipelineStage>
        {
            new TextStage(),
            new EntityRecognizerStage(model, gazetteer, new CanonicalNameResolver()),
            new QuantityStage(),
            new FactStage(),
        };
        var identity = Identity(directory, gazetteerFiles);
        return new ComposedPipeline(new NlpPipeline(stages), new ResultFingerprint(identity));
    }

    private static Gazetteer LoadUserGazetteer(string file)
    {
        try
        {
            return Gazetteer.LoadUserFile(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new UsageException($"--gazetteer {file}: {e.Message}");
        }
    }

    /// <summary>Program version plus a hash of every model and gazetteer file the pipeline loads.</summary>
    private static string Identity(string modelDirectory, IReadOnlyList<string> gazetteerFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.Exists(modelDirectory)
            ? Directory.GetFiles(modelDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        foreach (var file in files.Concat(gazetteerFiles))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\0"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        var version = typeof(PipelineFactory).Assembly.GetName().Version;
        return $"factextract/{version}/{Convert.ToHexStringLower(hash.GetHashAndReset())}";
    }
}
