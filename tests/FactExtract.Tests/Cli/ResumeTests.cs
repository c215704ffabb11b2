using FactExtract.Cli;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Cli;

public sealed class ResumeTests
{
    private static (int Code, string Err) Extract(params string[] args)
    {
        var err = new StringWriter();
        int code = Program.Run(["extract", .. args, "--quiet"], new CliConsole(TextReader.Null, new StringWriter(), err), CancellationToken.None);
        return (code, err.ToString());
    }

    [Fact]
    public void Resume_reuses_unchanged_articles_and_matches_a_fresh_run()
    {
        using var input = new TempDirectory();
        using var resumed = new TempDirectory();
        using var fresh = new TempDirectory();
        for (int i = 0; i < 5; i++) input.WriteFile($"a{i}.txt", $"Article {i} says prices rose {i * 3}% in Paris.");

        var first = Extract(input.Path, "--out", resumed.Path);
        Assert.True(first.Code == 0, first.Err);
        input.WriteFile("a2.txt", "Article 2 was edited: 40 people left Rome.");
        input.WriteFile("a9.txt", "A new article about 7 ships.");

        var (code, err) = Extract(input.Path, "--out", resumed.Path, "--resume");
        Assert.Equal(0, code);
        Assert.Contains("reused 4 of 6 articles", err);

        Assert.Equal(0, Extract(input.Path, "--out", fresh.Path).Code);
        foreach (var file in new[] { "entities.csv", "quantities.csv", "facts.csv", "sentences.csv", "articles.jsonl" })
            Assert.Equal(File.ReadAllText(fresh.Combine(file)), File.ReadAllText(resumed.Combine(file)));
    }
}
