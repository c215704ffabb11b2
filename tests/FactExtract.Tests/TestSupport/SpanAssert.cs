using FactExtract.Text;
using FactExtract.Quantities;
using FactExtract.Facts;
using FactExtract.Entities;

namespace FactExtract.Tests.TestSupport;

/// <summary>
/// One check for every layer (after Lucene's AssertTokenStreamContents): offsets inside the text,
/// in order, and every span's stored text equal to <c>text[start..end]</c>.
/// </summary>
public static class SpanAssert
{
    public static void LayersAreConsistent(Document doc)
    {
        var text = doc.Text;
        int previousEnd = 0;
        foreach (var t in doc.Tokens)
        {
            Assert.InRange(t.Start, previousEnd, text.Length);
            Assert.InRange(t.End, t.Start + 1, text.Length);
            previousEnd = t.End;
        }
        if (doc.Has(DocumentLayers.Sentences))
        {
            int nextToken = 0;
            foreach (var s in doc.Sentences)
            {
                Assert.Equal(nextToken, s.FirstToken);
                Assert.True(s.TokenEnd > s.FirstToken, "empty sentence");
                Assert.Equal(doc.Tokens[s.FirstToken].Start, s.Start);
                Assert.Equal(doc.Tokens[s.TokenEnd - 1].End, s.End);
                nextToken = s.TokenEnd;
            }
            Assert.Equal(doc.Tokens.Length, nextToken);
        }
        if (doc.Has(DocumentLayers.Entities))
            foreach (var e in doc.Entities)
            {
                Assert.Equal(text[e.Start..e.End], e.Text);
                Assert.InRange(e.Confidence, 0.0, 1.0);
            }
        if (doc.Has(DocumentLayers.Quantities))
            foreach (var q in doc.Quantities)
                Assert.Equal(text[q.Start..q.End], q.Text);
        if (doc.Has(DocumentLayers.Facts))
            foreach (var f in doc.Facts)
                Assert.InRange(f.End, f.Start, text.Length);
    }
}
