using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Facts;

public sealed class FactScorerTests
{
    private static FactRecord R(string kind, string value, string measure = "", string subject = "", string time = "", string change = "", string unit = "", string qualifier = "") =>
        new(kind, value, unit, qualifier, measure, subject, time, change);

    [Fact]
    public void A_fact_with_a_wrong_value_or_measure_is_found_and_the_field_counts_as_wrong()
    {
        var expected = new[] { R("NUMBER", "380000", "people"), R("PERCENT", "17", unit: "%"), R("NUMBER", "47", "member"), R("NUMBER", "12", "killed") };
        var produced = new[] { R("NUMBER", "380000", "People"), R("PERCENT", "17", unit: "%"), R("NUMBER", "47", "EPC"), R("NUMBER", "40", "wounded"), R("NUMBER", "9", "seats") };

        var score = FactScorer.Score(expected, produced);

        Assert.Equal((4, 5, 3), (score.Expected, score.Produced, score.Matched));
        Assert.Equal(0.6, score.Precision, 3);
        Assert.Equal(0.75, score.Recall, 3);
        Assert.Equal(2.0 / 3, score.Agreement("measure"), 3);
        Assert.Equal(1.0, score.Agreement("value"), 3);
        Assert.Equal(["12"], score.Missing.Select(r => r.Value));
    }

    [Fact]
    public void Pairs_follow_text_order_and_figures_listed_the_other_way_round_still_pair()
    {
        var expected = new[] { R("NUMBER", "5", "seats", subject: "Labour", change: "decrease"), R("NUMBER", "5", "seats", subject: "Greens"), R("NUMBER", "7", "votes") };
        var produced = new[] { R("NUMBER", "7", "votes"), R("NUMBER", "5", "seats", subject: "Labour", change: ""), R("NUMBER", "5", "seats", subject: "Greens") };

        var score = FactScorer.Score(expected, produced);

        Assert.Equal(3, score.Matched);
        Assert.Equal(1.0, score.Agreement("subject"));
        Assert.Equal(2.0 / 3, score.Agreement("change"), 3);
        Assert.Equal(0.0, score.Agreement("change stated"));
        Assert.Equal(1, score.Counted("change stated"));
    }

    [Fact]
    public void Time_stated_counts_only_facts_whose_expected_time_is_given()
    {
        var expected = new[] { R("PERCENT", "3.5", "rate", unit: "%", time: "2022-09"), R("PERCENT", "3.7", "rate", unit: "%") };
        var produced = new[] { R("PERCENT", "3.5", "rate", unit: "%", time: "2022-09"), R("PERCENT", "3.7", "rate", unit: "%", time: "2022-10-07") };

        var score = FactScorer.Score(expected, produced);

        Assert.Equal(1.0, score.Agreement("time stated"));
        Assert.Equal(0.5, score.Agreement("time"));
    }

    [Fact]
    public void Roles_match_on_the_person_and_overlapping_words()
    {
        var expected = new[] { R("ROLE", "councillors", subject: "Ann Lee"), R("ROLE", "former Greene County treasurer", subject: "Rebecca Hale") };
        var produced = new[] { R("ROLE", "councillor", subject: "Ann Lee"), R("ROLE", "Greene County treasurer", subject: "Rebecca Hale"), R("ROLE", "treasurer", subject: "Joan Price") };

        var score = FactScorer.Score(expected, produced);

        Assert.Equal(2, score.Matched);
        Assert.Equal(0.0, score.Agreement("value"));
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
        string[] kinds = ["NUMBER", "PERCENT", "MONEY", "DATE", "ORDINAL", "MEASURE", "DURATION", "QUOTE", "ROLE"];
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

    [Fact]
    public void Field_precision_counts_the_values_produced_and_recall_the_values_expected()
    {
        var expected = new[] { R("NUMBER", "1", subject: "Apple"), R("NUMBER", "2", subject: "Apple"), R("NUMBER", "3"), R("NUMBER", "4", subject: "UK") };
        var produced = new[] { R("NUMBER", "1", subject: "apple"), R("NUMBER", "2"), R("NUMBER", "3", subject: "EU"), R("NUMBER", "4", subject: "France") };

        var (precision, recall) = FactScorer.Score(expected, produced).FieldPrecisionRecall("subject");

        Assert.Equal(1.0 / 3, precision, 3); // Apple right; EU and France produced wrongly
        Assert.Equal(1.0 / 3, recall, 3);    // of Apple, Apple, UK only the first
    }
}
