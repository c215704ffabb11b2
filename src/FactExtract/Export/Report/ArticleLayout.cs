using FactExtract.Text;

namespace FactExtract.Export.Report;

/// <summary>
/// How an article's text is cut into the rows of its page: a row starts at a sentence start
/// (never inside a highlighted span), and only sentences with facts get a row of their own, to
/// put the facts beside them; the sentences between share one, which keeps long articles light.
/// </summary>
internal static class ArticleLayout
{
    /// <summary>A row of the page: where it starts, the sentence starting there (-1: none), and its facts (indices into the article's facts).</summary>
    internal readonly record struct Row(int Start, int Sentence, List<int> Facts);

    public static List<Row> Rows(string text, IReadOnlyList<Sentence> sentences, MentionLayout layout, IReadOnlyList<FactNote> facts)
    {
        var starts = SentenceStarts(text, sentences, layout, out var sentenceOf);
        var factsOf = new List<int>[starts.Count];
        for (int f = 0; f < facts.Count; f++) (factsOf[RowOf(starts, facts[f].Start)] ??= []).Add(f);

        var rows = new List<Row>();
        for (int i = 0; i < starts.Count; i++)
        {
            if (i == 0 || factsOf[i] is not null || factsOf[i - 1] is not null)
                rows.Add(new Row(starts[i], sentenceOf[i], factsOf[i] ?? []));
        }
        return rows;
    }

    /// <summary>Where rows may begin: at sentence starts, except inside a highlighted span.</summary>
    private static List<int> SentenceStarts(string text, IReadOnlyList<Sentence> sentences, MentionLayout layout, out List<int> sentenceOf)
    {
        var starts = new List<int> { 0 };
        sentenceOf = [sentences.Count > 0 && sentences[0].Start == 0 ? 0 : -1];
        // Entities and quantity pieces are each in text order without overlaps, so one pointer
        // into each finds the span (if any) around a sentence start.
        int entity = 0, piece = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            int b = sentences[s].Start;
            if (b <= starts[^1] || b >= text.Length) continue;
            while (entity < layout.Placed.Count && layout.Placed[entity].End <= b) entity++;
            while (piece < layout.QuantityPieces.Count && layout.QuantityPieces[piece].End <= b) piece++;
            bool inside = (entity < layout.Placed.Count && layout.Placed[entity].Start < b)
                || (piece < layout.QuantityPieces.Count && layout.QuantityPieces[piece].Start < b);
            if (inside) continue;
            starts.Add(b);
            sentenceOf.Add(s);
        }
        return starts;
    }

    private static int RowOf(List<int> starts, int offset)
    {
        int i = starts.BinarySearch(Math.Max(0, offset));
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }
}
