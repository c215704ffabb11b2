using FactExtract.Cli;
using FactExtract.Pipeline;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Cli;

/// <summary>
/// The whole program (every stage, the shipped model, every writer) over many different articles on
/// one and on four threads: the outputs must be byte-identical. One article cannot expose a
/// thread-safety bug; many articles of different lengths in flight at once can.
/// </summary>
public sealed class ThreadDeterminismTests
{
    /// <summary>
    /// Articles mixed from the sample corpus's paragraphs (a fixed seed): 80 distinct articles of 1 to 12
    /// paragraphs, plus one longer than a processing window, so windowed documents run beside normal ones.
    /// </summary>
    private static void WriteArticles(TempDirectory input)
    {
        var paragraphs = Directory.GetFiles(RepositoryPaths.Corpus, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray();
        var random = new Random(12);
        for (int i = 0; i < 80; i++)
        {
            var picked = Enumerable.Range(0, 1 + random.Next(12)).Select(_ => paragraphs[random.Next(paragraphs.Length)]);
            input.WriteFile($"articles/{i % 7}/article-{i:D3}.txt", string.Join("\n\n", picked) + "\n");
        }
        var longText = new System.Text.StringBuilder();
        while (longText.Length <= NlpPipeline.DefaultWindowChars * 3 / 2) longText.Append(paragraphs[random.Next(paragraphs.Length)]).Append("\n\n");
        input.WriteFile("articles/long.txt", longText.ToString());
    }

    private static void Extract(string input, string output, int threads)
    {
        var err = new StringWriter();
        int code = Program.Run(["extract", input, "--out", output, "--threads", threads.ToString(), "--quiet"],
            new CliConsole(TextReader.Null, new StringWriter(), err), CancellationToken.None);
        Assert.True(code == ExitCodes.Success, err.ToString());
    }

    [Fact]
    public void Many_articles_give_byte_identical_output_on_one_and_four_threads()
    {
        using var input = new TempDirectory();
        using var one = new TempDirectory();
        using var four = new TempDirectory();
        WriteArticles(input);
        Extract(input.Combine("articles"), one.Path, 1);
        Extract(input.Combine("articles"), four.Path, 4);

        var files = Directory.GetFiles(one.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("articles.jsonl", files);
        Assert.Equal(files, Directory.GetFiles(four.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(81, File.ReadLines(one.Combine("articles.jsonl")).Count());
        Assert.True(File.ReadLines(one.Combine("entities.csv")).Count() > 1000);
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(one.Combine(file!)).AsSpan().SequenceEqual(File.ReadAllBytes(four.Combine(file!))), $"{file} differs between 1 and 4 threads");
    }
}
