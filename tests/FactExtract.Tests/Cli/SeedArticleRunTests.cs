using System.Globalization;
using CsvHelper;
using FactExtract.Cli;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Cli;

/// <summary>The README's run command on the supplied article, checked the way a reviewer would.</summary>
public sealed class SeedArticleRunTests
{
    private static string RunExtract(TempDirectory output, params string[] extra)
    {
        var err = new StringWriter();
        int code = Program.Run(["extract", RepositoryPaths.SeedArticle, "--out", output.Path, "--quiet", .. extra],
            new CliConsole(TextReader.Null, new StringWriter(), err), CancellationToken.None);
        Assert.True(code == ExitCodes.Success, err.ToString());
        return err.ToString();
    }

    [Fact]
    public void Every_entity_and_quantity_row_text_equals_the_article_slice()
    {
        using var output = new TempDirectory();
        RunExtract(output);
        var article = File.ReadAllText(RepositoryPaths.SeedArticle);
        int rows = 0;
        foreach (var file in new[] { "entities.csv", "quantities.csv" })
        {
            using var reader = new CsvReader(new StreamReader(output.Combine(file)), CultureInfo.InvariantCulture);
            reader.Read();
            reader.ReadHeader();
            while (reader.Read())
            {
                int start = reader.GetField<int>("start"), end = reader.GetField<int>("end");
                Assert.Equal(article[start..end], reader.GetField("text"));
                rows++;
            }
        }
        Assert.True(rows >= 30, $"only {rows} rows");
    }

    [Fact]
    public void Output_is_identical_with_one_thread_and_the_default()
    {
        using var one = new TempDirectory();
        using var many = new TempDirectory();
        RunExtract(one, "--threads", "1");
        RunExtract(many, "--threads", "4");
        foreach (var file in new[] { "entities.csv", "quantities.csv", "facts.csv", "sentences.csv", "articles.jsonl", "errors.csv" })
            Assert.Equal(File.ReadAllBytes(one.Combine(file)), File.ReadAllBytes(many.Combine(file)));
    }

    [Fact]
    public void A_missing_model_is_exit_code_three()
    {
        using var output = new TempDirectory();
        var err = new StringWriter();
        int code = Program.Run(["extract", RepositoryPaths.SeedArticle, "--out", output.Path, "--model", output.Combine("nope")],
            new CliConsole(TextReader.Null, new StringWriter(), err), CancellationToken.None);
        Assert.Equal(ExitCodes.ModelError, code);
        Assert.Contains("nope", err.ToString());
    }
}
