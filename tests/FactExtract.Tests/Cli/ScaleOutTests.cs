using System.Text.Json;
using FactExtract.Cli;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Cli;

/// <summary>The two ways FactExtract scales out: a streaming mapper on stdin/stdout, and --shard K/N.</summary>
public sealed class ScaleOutTests
{
    private static (int Code, string Stdout, string Err) Run(string stdin, params string[] args)
    {
        var err = new StringWriter();
        var stdout = new MemoryStream();
        var console = new CliConsole(new StringReader(stdin), new StringWriter(), err) { OpenStandardOutput = () => stdout };
        int code = Program.Run(args, console, CancellationToken.None);
        return (code, System.Text.Encoding.UTF8.GetString(stdout.ToArray()), err.ToString());
    }

    [Fact]
    public void Json_lines_on_stdin_give_one_json_object_per_article_on_stdout()
    {
        const string input = """
            {"id":"n1","text":"Prices rose 17% in 2023.","date":"2024-01-02"}
            not json at all
            {"id":"n2","text":"More than 380,000 people arrived."}
            """;
        var (code, stdout, err) = Run(input, "extract", "-", "--format", "jsonl", "--quiet");

        Assert.Equal(1, code); // the malformed line is skipped and reported
        Assert.Contains("-:2: invalid JSON", err);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("n1", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("2024-01-02", first.RootElement.GetProperty("date").GetString());
        Assert.Equal(17m, first.RootElement.GetProperty("quantities")[0].GetProperty("value").GetDecimal());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("n2", second.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Shards_together_equal_the_whole_run()
    {
        using var input = new TempDirectory();
        for (int i = 0; i < 40; i++)
            input.WriteFile($"d{i % 4}/a{i:D2}.txt", $"Story {i}: about {i * 11} people and {i}% of voters.");
        input.WriteFile("d1/empty.txt", "");

        // CSV files start with a header; JSON Lines do not.
        string[] RowsOf(string dir, string file) =>
            File.ReadAllLines(Path.Combine(dir, file)).Skip(file.EndsWith(".csv", StringComparison.Ordinal) ? 1 : 0).ToArray();
        using var whole = new TempDirectory();
        using var one = new TempDirectory();
        using var two = new TempDirectory();
        Assert.Equal(1, Run("", "extract", input.Path, "--out", whole.Path, "--quiet").Code);
        Run("", "extract", input.Path, "--out", one.Path, "--shard", "1/2", "--quiet");
        Run("", "extract", input.Path, "--out", two.Path, "--shard", "2/2", "--quiet");

        foreach (var file in new[] { "quantities.csv", "errors.csv", "articles.jsonl" })
        {
            var a = RowsOf(one.Path, file);
            var b = RowsOf(two.Path, file);
            Assert.Empty(a.Intersect(b));
            var expected = RowsOf(whole.Path, file);
            var union = a.Concat(b).ToArray();
            Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(union.Order(StringComparer.Ordinal)),
                $"{file}: only in whole: {string.Join(" | ", expected.Except(union))}; only in shards: {string.Join(" | ", union.Except(expected))}");
        }
        Assert.NotEmpty(RowsOf(one.Path, "articles.jsonl"));
        Assert.NotEmpty(RowsOf(two.Path, "articles.jsonl"));
    }

    [Fact]
    public void A_hostile_folder_completes_names_every_bad_input_and_exits_one()
    {
        using var input = new TempDirectory();
        input.WriteFile("good1.txt", "Sales rose 5% in March.");
        input.WriteFile("empty.txt", "");
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        File.WriteAllBytes(input.Combine("noise.txt"), bytes);
        File.WriteAllBytes(input.Combine("latin.txt"), [0x93, (byte)'Q', 0x94, (byte)' ', (byte)'s', (byte)'a', (byte)'i', (byte)'d', (byte)'.']);
        input.WriteFile("feed.jsonl", "{\"text\":\"Ten ships.\"}\n{broken\n");
        input.WriteFile("good2.html", "<html><head><title>T</title><script>x=1</script></head><body><p>Over 20 people.</p></body></html>");
        using var output = new TempDirectory();

        var (code, _, err) = Run("", "extract", input.Path, "--out", output.Path, "--quiet");

        Assert.Equal(ExitCodes.SomeInputsSkipped, code);
        var errors = File.ReadAllText(output.Combine("errors.csv"));
        Assert.Contains("empty.txt", errors);
        Assert.Contains("noise.txt", errors);
        Assert.Contains("feed.jsonl:2", errors);
        Assert.Contains("skipped", err);
        var articles = File.ReadAllLines(output.Combine("articles.jsonl"));
        Assert.Equal(4, articles.Length); // feed.jsonl#1, good1, good2, latin
    }
}
