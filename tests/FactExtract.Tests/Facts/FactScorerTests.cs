using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Facts;

public sealed class FactScorerTests
{
    private static FactRecord R(string kind, string value, string measure = "", string subject = "", string time = "", string change = "", string unit = "", string qualifier = "") =>
        new(kind, value, unit, qualifier, measure, subject, time, change);

    [Fact]
    public void Precision_and_recall_count_one_to_one_matches_on_the_key()
    {
        var expected = new[] { R("NUMBER", "380000", "people"), R("PERCENT", "17", unit: "%"), R("NUMBER", "47", "member") };
        var produced = new[] { R("NUMBER", "380000", "People"), R("PERCENT", "17", unit: "%"), R("NUMBER", "47", "EPC"), R("NUMBER", "380000", "people") };

        var score = FactScorer.Score(expected, produced);

        Assert.Equal((3, 4, 2), (score.Expected, score.Produced, score.Matched));
        Assert.Equal(0.5, score.Precision, 3);
        Assert.Equal(2.0 / 3, score.Recall, 3);
    }

    [Fact]
    public void Field_agreement_is_measured_over_matched_facts_and_exact_pairs_are_preferred()
    {
        var expected = new[] { R("NUMBER", "5", "seats", subject: "Labour", change: "decrease"), R("NUMBER", "5", "seats", subject: "Greens") };
        var produced = new[] { R("NUMBER", "5", "seats", subject: "Greens"), R("NUMBER", "5", "seats", subject: "Labour", change: "") };

        var score = FactScorer.Score(expected, produced);

        Assert.Equal(2, score.Matched);
        Assert.Equal(1.0, score.Agreement("subject"));
        Assert.Equal(0.5, score.Agreement("change"));
    }

    [Fact]
    public void Quote_values_match_across_curly_marks_spacing_and_trailing_punctuation()
    {
        var expected = new[] { R("QUOTE", "I’m delighted the community\nhas stepped in.", subject: "Tom Gregson") };
        var produced = new[] { R("QUOTE", "I'm delighted the  community has stepped in", subject: "Tom Gregson") };
        Assert.Equal(1, FactScorer.Score(expected, produced).Matched);
    }

    [Fact]
    public void Every_corpus_article_has_a_well_formed_expected_file()
    {
        var dir = Path.Combine(RepositoryPaths.Root, "tests", "FactExtract.Tests", "Facts", "Expected");
        var articles = Directory.GetFiles(RepositoryPaths.Corpus, "*.txt");
        Assert.True(articles.Length >= 11, "the seed article and at least ten samples");
        string[] kinds = ["NUMBER", "PERCENT", "MONEY", "DATE", "ORDINAL", "QUOTE", "ROLE"];
        foreach (var article in articles)
        {
            var path = Path.Combine(dir, Path.GetFileNameWithoutExtension(article) + ".facts.csv");
            Assert.True(File.Exists(path), path);
            var rows = FactRecord.ReadCsv(path);
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Contains(r.Kind, kinds));
            Assert.All(rows, r => Assert.Contains(r.Change, new[] { "", "increase", "decrease" }));
            Assert.All(rows.Where(r => r.Kind is "QUOTE" or "ROLE"), r => Assert.NotEqual("", r.Subject));
        }
    }
}
