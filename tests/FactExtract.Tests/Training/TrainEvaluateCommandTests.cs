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
}
