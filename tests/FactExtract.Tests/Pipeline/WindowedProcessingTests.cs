using FactExtract.Entities;
using FactExtract.Ingestion;
using FactExtract.Pipeline;
using FactExtract.Quantities;
using FactExtract.Tests.Facts;
using FactExtract.Tests.TestSupport;
using FactExtract.Text;

namespace FactExtract.Tests.Pipeline;

/// <summary>A long document goes through the real stages window by window, with offsets into the whole text.</summary>
public sealed class WindowedProcessingTests
{
    private static readonly NlpPipeline Full = TestPipeline.Create();

    private static Document Process(string text, int windowChars)
    {
        var doc = new Document(new Article("doc", "doc.txt", text) { Date = new DateOnly(2024, 10, 17) });
        new NlpPipeline(Full.Stages, windowChars).Process(doc);
        return doc;
    }

    [Fact]
    public void Windows_that_fall_on_copies_of_an_article_give_each_copy_the_results_of_the_article_alone()
    {
        var article = File.ReadAllText(RepositoryPaths.SeedArticle).TrimEnd('\n') + "\n\n";
        const int copies = 3;
        var alone = Process(article, article.Length);
        var whole = Process(string.Concat(Enumerable.Repeat(article, copies)), article.Length);

        int sentences = alone.Sentences.Length, tokens = alone.Tokens.Length;
        Assert.True(alone.Entities.Count > 20 && alone.Quantities.Count > 5 && alone.Facts.Count > 10);
        Assert.Equal(copies * sentences, whole.Sentences.Length);
        Assert.Equal(copies * tokens, whole.Tokens.Length);
        for (int k = 0; k < copies; k++)
        {
            int shift = k * article.Length, sentenceShift = k * sentences;
            Assert.Equal(alone.Tokens.Select(t => t with { Start = t.Start + shift, End = t.End + shift }),
                whole.Tokens.Skip(k * tokens).Take(tokens));
            Assert.Equal(alone.Sentences.Select(s => new Sentence(s.Start + shift, s.End + shift, s.FirstToken + k * tokens, s.TokenEnd + k * tokens)),
                whole.Sentences.Skip(sentenceShift).Take(sentences));
            Assert.Equal(alone.Entities.Select(e => e with { Start = e.Start + shift, End = e.End + shift, Sentence = e.Sentence + sentenceShift }),
                whole.Entities.Skip(k * alone.Entities.Count).Take(alone.Entities.Count));
            Assert.Equal(alone.Quantities.Select(q => q with
                {
                    Start = q.Start + shift, End = q.End + shift, Sentence = q.Sentence + sentenceShift,
                    QualifierStart = q.QualifierStart < 0 ? -1 : q.QualifierStart + shift,
                }),
                whole.Quantities.Skip(k * alone.Quantities.Count).Take(alone.Quantities.Count));
            Assert.Equal(alone.Facts.Select(f => Describe(f, shift, sentenceShift)),
                whole.Facts.Skip(k * alone.Facts.Count).Take(alone.Facts.Count).Select(f => Describe(f, 0, 0)));
        }
    }

    /// <summary>A fact with its references, shifted: the joined fact must refer to the joined (shifted) records.</summary>
    private static string Describe(FactExtract.Facts.Fact f, int shift, int sentenceShift)
    {
        Entity? Shift(Entity? e) => e is null ? null : e with { Start = e.Start + shift, End = e.End + shift, Sentence = e.Sentence + sentenceShift };
        Quantity? ShiftQ(Quantity? q) => q is null ? null : q with
        {
            Start = q.Start + shift, End = q.End + shift, Sentence = q.Sentence + sentenceShift,
            QualifierStart = q.QualifierStart < 0 ? -1 : q.QualifierStart + shift,
        };
        return (f with
            {
                Start = f.Start + shift, End = f.End + shift, Sentence = f.Sentence + sentenceShift,
                Quantity = ShiftQ(f.Quantity), SubjectEntity = Shift(f.SubjectEntity), Entities = [],
                Time = f.Time?.Date is { } date ? FactExtract.Facts.FactTime.Of(ShiftQ(date)!) : f.Time,
            })
            + " entities=" + string.Join(';', f.Entities.Select(Shift));
    }

    [Fact]
    public void Every_span_of_a_windowed_document_points_into_the_whole_text()
    {
        // Paragraphs of differing articles, windows far smaller than the text.
        var text = string.Join("\n\n", Directory.GetFiles(RepositoryPaths.Corpus, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var doc = Process(text, 2_000);
        Assert.True(doc.Entities.Count > 100);
        Assert.All(doc.Entities, e => Assert.Equal(text[e.Start..e.End], e.Text));
        Assert.All(doc.Quantities, q => Assert.Equal(text[q.Start..q.End], q.Text));
        Assert.All(doc.Entities, e => Assert.True(doc.Sentences[e.Sentence].Span.Contains(new TextSpan(e.Start, e.End))));
        Assert.All(doc.Facts, f => Assert.True(doc.Sentences[f.Sentence].Span.Contains(new TextSpan(f.Start, f.End)) || f.Kind != FactExtract.Facts.FactKind.Quantity));
        Assert.All(doc.Tokens.Zip(doc.Tokens.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start));
    }

    [Fact]
    public void A_document_within_the_window_is_processed_whole()
    {
        var text = File.ReadAllText(RepositoryPaths.SeedArticle);
        var plain = new Document(new Article("doc", "doc.txt", text));
        Full.Process(plain);
        var windowed = Process(text, text.Length);
        Assert.Equal(plain.Entities, windowed.Entities);
        Assert.Equal(plain.Quantities, windowed.Quantities);
    }
}
