using FactExtract.Pipeline;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Tests.Quantities;

public sealed class QuantityStageTests
{
    private static Document Run(string text)
    {
        var doc = new Document(text);
        new NlpPipeline([new TextStage(), new QuantityStage()]).Process(doc);
        return doc;
    }

    [Fact]
    public void Stage_DeclaresItsLayers()
    {
        var stage = new QuantityStage();
        Assert.Equal("quantities", stage.Name);
        Assert.Equal(DocumentLayers.Tokens | DocumentLayers.Sentences, stage.Requires);
        Assert.Equal(DocumentLayers.Quantities, stage.Produces);
    }

    [Fact]
    public void Pipeline_RefusesTheStageWithoutTokens()
    {
        Assert.Throws<ArgumentException>(() => new NlpPipeline([new QuantityStage()]));
    }

    [Fact]
    public void Qualifier_StartPointsAtTheQualifierWords()
    {
        var doc = Run("Officials said More than 380,000 people came.");
        var q = Assert.Single(doc.Quantities);
        Assert.Equal("380,000", q.Text);
        Assert.Equal(QuantityQualifier.MoreThan, q.Qualifier);
        Assert.Equal(doc.Text.IndexOf("More", StringComparison.Ordinal), q.QualifierStart);
    }

    [Fact]
    public void Qualifier_StartIsMinusOneWithoutQualifier()
    {
        var q = Assert.Single(Run("It rose 17% in a year.").Quantities);
        Assert.Equal(-1, q.QualifierStart);
        Assert.Equal(QuantityQualifier.None, q.Qualifier);
    }

    [Fact]
    public void Sentence_IsTheIndexOfTheSentenceHoldingTheQuantity()
    {
        var doc = Run("Nothing here. Still nothing! Then 42 appeared.");
        var q = Assert.Single(doc.Quantities);
        Assert.Equal(2, q.Sentence);
        Assert.Equal(doc.SentenceIndexAt(q.Start), q.Sentence);
    }

    [Fact]
    public void SingleNewlines_DoNotEndAQuantity()
    {
        // Hard-wrapped prose: the qualifier and the scale word sit on other lines.
        var doc = Run("Officials said more than\n380,000 people and 2.5\nmillion cars.");
        Assert.Collection(doc.Quantities,
            q => Assert.Equal(("380,000", QuantityQualifier.MoreThan), (q.Text, q.Qualifier)),
            q => Assert.Equal(("2.5\nmillion", 2_500_000m), (q.Text, q.Value)));
    }

    [Fact]
    public void ParagraphBreaks_EndAQuantity()
    {
        // A number and a scale word in different paragraphs (a headline, a dateline) are not "2.1 million".
        var doc = Run("Scores from the $2.1\n\nmillion event");
        var q = Assert.Single(doc.Quantities);
        Assert.Equal("$2.1", q.Text);
        Assert.Equal(2.1m, q.Value);
    }

    [Fact]
    public void Qualifiers_AllIsTheDocumentedSet()
    {
        Assert.Equal(["", "more than", "less than", "at least", "at most", "around", "almost", "up to", "exactly"],
            Enum.GetValues<QuantityQualifier>().Select(q => q.ToName()));
        Assert.All(Enum.GetValues<QuantityQualifier>(), q => Assert.True(QuantityQualifierNames.TryParse(q.ToName(), out var read) && read == q));
        Assert.False(QuantityQualifierNames.TryParse("over", out _));
        Assert.All(Qualifiers.Phrases, p => Assert.NotEqual(QuantityQualifier.None, p.Qualifier));
    }

    [Fact]
    public void Extractor_IsSafeToShareAcrossThreads()
    {
        var extractor = new QuantityExtractor();
        const string text = "More than 380,000 people came in 2023, up 17%, costing £1.5bn. Around 41% came by boat.";
        var expected = Extract(extractor, text);
        Parallel.For(0, 64, _ => Assert.Equal(expected, Extract(extractor, text)));
    }

    private static IReadOnlyList<Quantity> Extract(QuantityExtractor extractor, string text)
    {
        var doc = new Document(text);
        new TextStage().Process(doc);
        return extractor.Extract(doc);
    }

    [Fact]
    public void Extract_ThrowsWhenTokensAreMissing()
    {
        Assert.Throws<InvalidOperationException>(() => new QuantityExtractor().Extract(new Document("42")));
    }
}
