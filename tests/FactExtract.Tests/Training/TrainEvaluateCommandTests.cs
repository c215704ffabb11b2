using FactExtract.Entities;
using FactExtract.Cli;
using FactExtract.Cli.Commands;

namespace FactExtract.Tests.Training;

public sealed class TrainEvaluateCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"ner-cmd-{Guid.NewGuid():N}");

    public TrainEvaluateCommandTests() => Directory.CreateDirectory(_dir);
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Runs the command through the CLI entry point, which maps errors to exit codes.</summary>
    private static (int Code, string Out, string Err) Run(ICommand command, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run([command.Name, .. args], new CliConsole(TextReader.Null, output, error), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void TrainThenEvaluateRoundTrip()
    {
        var corpus = Path.Combine(_dir, "tiny.conll");
        File.WriteAllText(corpus, TinyCorpus.Conll);
        var model = Path.Combine(_dir, "model");

        var train = Run(new TrainCommand(), "--data", corpus, "--dev", corpus, "--out", model, "--epochs", "6", "--seed", "2");
        Assert.Equal(ExitCodes.Success, train.Code);
        Assert.Contains("epoch  6", train.Err);
        foreach (var f in new[] { "model.bin", "gazetteer.txt.gz", "meta.json", "scores.json" }) Assert.True(File.Exists(Path.Combine(model, f)), f);

        var eval = Run(new EvaluateCommand(), "--gold", corpus, "--model", model, "--json", "--types", "PER,LOC,ORG");
        Assert.Equal(ExitCodes.Success, eval.Code);
        var json = System.Text.Json.JsonDocument.Parse(eval.Out);
        Assert.Equal(1.0, json.RootElement.GetProperty("scores").GetProperty("micro").GetProperty("f1").GetDouble(), 6);
    }

    [Fact]
    public void EvaluateWithMissingModelExitsWithModelError()
    {
        var corpus = Path.Combine(_dir, "tiny.conll");
        File.WriteAllText(corpus, TinyCorpus.Conll);
        var eval = Run(new EvaluateCommand(), "--gold", corpus, "--model", Path.Combine(_dir, "nothing-here"));
        Assert.Equal(ExitCodes.ModelError, eval.Code);
        Assert.Contains("not found", eval.Err);
    }

    [Theory]
    [InlineData("--out", "x")]
    [InlineData("--data", "/nonexistent/file.tsv", "--out", "x")]
    [InlineData("--data", "a", "--out", "x", "--epochs", "many")]
    [InlineData("--bogus")]
    public void TrainUsageErrorsExitWithTwo(params string[] args) =>
        Assert.Equal(ExitCodes.UsageError, Run(new TrainCommand(), args).Code);

    [Fact]
    public void TrainBuildsEmbeddingClustersAndAnotherTrainingReusesThem()
    {
        var corpus = Path.Combine(_dir, "tiny.conll");
        File.WriteAllText(corpus, TinyCorpus.Conll);
        var vectors = Path.Combine(_dir, "vectors.txt");
        File.WriteAllLines(vectors, ["velmora 1 0 0.1", "ostrava 0.9 0.1 0", "krell 0 1 0.1", "institute 0.1 0.9 0", "weather 0 0 1"]);
        var first = Path.Combine(_dir, "m1");
        var train = Run(new TrainCommand(), "--data", corpus, "--out", first, "--epochs", "2",
            "--embeddings", vectors, "--embedding-clusters", "2,3", "--embedding-words", "4");
        Assert.Equal(ExitCodes.Success, train.Code);
        var meta = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(first, "meta.json"))).RootElement;
        Assert.Equal(4, meta.GetProperty("embedding_cluster_words").GetInt32());
        Assert.Equal(4, meta.GetProperty("feature_version").GetInt32());

        var second = Path.Combine(_dir, "m2");
        Assert.Equal(ExitCodes.Success, Run(new TrainCommand(), "--data", corpus, "--out", second, "--epochs", "2",
            "--embedding-clusters-from", Path.Combine(first, "model.bin")).Code);
        Assert.Equal(
            EntityModel.Load(Path.Combine(first, "model.bin")).Clusters.EmbeddingEntries.OrderBy(e => e.Key),
            EntityModel.Load(Path.Combine(second, "model.bin")).Clusters.EmbeddingEntries.OrderBy(e => e.Key));
    }

    [Theory]
    [InlineData("--embeddings", "/nonexistent/vectors.txt")]
    [InlineData("--embedding-clusters-from", "/nonexistent/model.bin")]
    [InlineData("--forenames", "/nonexistent/names.txt")]
    [InlineData("--embedding-clusters", "64,1")]
    [InlineData("--embedding-clusters", "8,16,32,64")]
    [InlineData("--embedding-words", "0")]
    [InlineData("--embedding-iterations", "0")]
    public void BadEmbeddingOptionsAreUsageErrors(params string[] options)
    {
        var corpus = Path.Combine(_dir, "tiny.conll");
        File.WriteAllText(corpus, TinyCorpus.Conll);
        var model = Path.Combine(_dir, "model");
        var r = Run(new TrainCommand(), ["--data", corpus, "--out", model, .. options]);
        Assert.Equal(ExitCodes.UsageError, r.Code);
        Assert.False(Directory.Exists(model)); // checked before anything is written
    }
}
