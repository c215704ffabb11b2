using FactExtract.Cli;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Cli;

public sealed class ProgramTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => RunWithInput("", args);

    private static (int Code, string Out, string Err) RunWithInput(string stdin, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var stdout = new MemoryStream();
        var console = new CliConsole(new StringReader(stdin), o, e)
        {
            OpenStandardOutput = () => stdout,
            OpenStandardInput = () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin)),
        };
        int code = Program.Run(args, console, CancellationToken.None);
        return (code, o + System.Text.Encoding.UTF8.GetString(stdout.ToArray()), e.ToString());
    }

    [Fact]
    public void Help_lists_commands_and_exits_zero()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("extract", output);
        Assert.Contains("bench", output);
    }

    [Fact]
    public void Extract_help_documents_options_and_exit_codes()
    {
        var (code, output, _) = Run("extract", "--help");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("--threads", output);
        Assert.Contains("Exit codes", output);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("extract")]
    [InlineData("extract", "corpus", "--threads", "zero")]
    [InlineData("extract", "corpus", "--no-such-option")]
    [InlineData("extract", "corpus", "--format", "xml")]
    [InlineData("extract", "corpus", "--shard", "3/2")]
    public void Usage_errors_exit_two_with_a_message_on_stderr(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.False(string.IsNullOrWhiteSpace(err));
    }

    [Fact]
    public void Extract_writes_the_contract_files_and_exits_zero()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.WriteFile("one.txt", "Prices rose in Paris.\n\nThey fell in Rome.");
        input.WriteFile("sub/two.txt", "A second article.");
        var (code, _, err) = Run("extract", input.Path, "--out", output.Path, "--quiet");
        Assert.True(code == ExitCodes.Success, err);
        foreach (var f in new[] { "entities.csv", "quantities.csv", "facts.csv", "articles.jsonl", "errors.csv" })
            Assert.True(File.Exists(output.Combine(f)), f);
        Assert.Equal(2, File.ReadAllLines(output.Combine("articles.jsonl")).Length);
        Assert.Contains("articles 2", err);
    }

    [Fact]
    public void Extract_writes_the_article_text_into_articles_jsonl_unless_no_text()
    {
        using var input = new TempDirectory();
        using var withText = new TempDirectory();
        using var withoutText = new TempDirectory();
        input.WriteFile("one.txt", "Prices rose in Paris.");

        Assert.Equal(ExitCodes.Success, Run("extract", input.Path, "--out", withText.Path, "--quiet").Code);
        Assert.Equal(ExitCodes.Success, Run("extract", input.Path, "--out", withoutText.Path, "--quiet", "--no-text").Code);

        using (var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(withText.Combine("articles.jsonl"))))
            Assert.Equal("Prices rose in Paris.", json.RootElement.GetProperty("text").GetString());
        using (var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(withoutText.Combine("articles.jsonl"))))
            Assert.False(json.RootElement.TryGetProperty("text", out _));
    }
}
