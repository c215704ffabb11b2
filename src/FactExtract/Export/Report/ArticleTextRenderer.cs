using System.Globalization;
using FactExtract.Text;

namespace FactExtract.Export.Report;

/// <summary>
/// Writes an article's text as rows of sentences, each with its facts beside it, entities as
/// <c>&lt;mark&gt;</c> elements carrying their row's fields, quantities underlined. All text is
/// escaped; whitespace is kept (the page shows it pre-wrapped), so the page reads like the article.
/// </summary>
internal sealed class ArticleTextRenderer(double threshold)
{
    public void Write(TextWriter w, ReportArticle article, string text, IReadOnlyList<Sentence> sentences, MentionLayout layout)
    {
        var chunks = RowStarts(ChunkStarts(text, sentences, layout), article.Facts);
        var factsByChunk = article.Facts.ToLookup(f => ChunkOf(chunks, f.Start));
        var sentenceAt = sentences.Select((s, i) => (s.Start, i)).ToDictionary(x => x.Start, x => x.i);

        int entity = 0, piece = 0;
        w.Write("<div class=\"doc\">\n");
        for (int c = 0; c < chunks.Count; c++)
        {
            int start = chunks[c], end = c + 1 < chunks.Count ? chunks[c + 1] : text.Length;
            var facts = factsByChunk[c].ToList();
            w.Write("<div class=\"row");
            if (facts.Count > 0) w.Write(" has-facts");
            w.Write('"');
            if (sentenceAt.TryGetValue(start, out int sentence)) w.Write($" id=\"s{sentence}\"");
            w.Write("><div class=\"text\" dir=\"auto\">");
            int pos = start;
            for (; entity < layout.Placed.Count && layout.Placed[entity].Start < end; entity++)
            {
                var e = layout.Placed[entity];
                WritePlain(w, text, pos, e.Start, layout.QuantityPieces, ref piece);
                OpenEntity(w, e);
                WritePlain(w, text, e.Start, e.End, layout.QuantityPieces, ref piece);
                w.Write("</mark>");
                pos = e.End;
            }
            WritePlain(w, text, pos, end, layout.QuantityPieces, ref piece);
            w.Write("</div>");
            if (facts.Count > 0) FactList.Write(w, facts);
            else w.Write("<div></div>");
            w.Write("</div>\n");
        }
        w.Write("</div>\n");
    }

    /// <summary>Where the page rows begin: at sentence starts, except inside a highlighted span.</summary>
    private static List<int> ChunkStarts(string text, IReadOnlyList<Sentence> sentences, MentionLayout layout)
    {
        var spans = layout.Placed.Select(e => (e.Start, e.End))
            .Concat(layout.QuantityPieces.Select(q => (q.Start, q.End)))
            .OrderBy(s => s.Start).ToList();
        var starts = new List<int> { 0 };
        int span = 0;
        foreach (var s in sentences)
        {
            int b = s.Start;
            if (b <= starts[^1] || b >= text.Length) continue;
            while (span < spans.Count && spans[span].End <= b) span++;
            bool inside = false;
            for (int i = span; i < spans.Count && spans[i].Start < b; i++)
                if (spans[i].End > b) { inside = true; break; }
            if (!inside) starts.Add(b);
        }
        return starts;
    }

    /// <summary>
    /// Only sentences with facts need a row of their own (to put the facts beside them); the
    /// sentences between them share one, which keeps long articles to a small page.
    /// </summary>
    private static List<int> RowStarts(List<int> sentenceStarts, IReadOnlyList<FactNote> facts)
    {
        var hasFacts = new bool[sentenceStarts.Count];
        foreach (var f in facts) hasFacts[ChunkOf(sentenceStarts, f.Start)] = true;
        var rows = new List<int>();
        for (int i = 0; i < sentenceStarts.Count; i++)
            if (i == 0 || hasFacts[i] || hasFacts[i - 1]) rows.Add(sentenceStarts[i]);
        return rows;
    }

    private static int ChunkOf(List<int> chunkStarts, int offset)
    {
        int i = chunkStarts.BinarySearch(Math.Max(0, offset));
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }

    private static void WritePlain(TextWriter w, string text, int from, int to, IReadOnlyList<MentionLayout.QuantityPiece> pieces, ref int piece)
    {
        int pos = from;
        for (; piece < pieces.Count && pieces[piece].Start < to; piece++)
        {
            var p = pieces[piece];
            Html.Write(w, text.AsSpan(pos, p.Start - pos));
            var q = p.Quantity;
            w.Write($"<span class=\"q\" data-qrow=\"{q.Row}\" title=\"");
            Html.Write(w, QuantityTitle(q));
            w.Write("\">");
            Html.Write(w, text.AsSpan(p.Start, p.End - p.Start));
            w.Write("</span>");
            pos = p.End;
        }
        Html.Write(w, text.AsSpan(pos, to - pos));
    }

    private void OpenEntity(TextWriter w, EntityMention e)
    {
        string confidence = ConfidenceText(e.Confidence);
        w.Write("<mark class=\"e ");
        w.Write(TypeClass(e.Type));
        if (e.IsBelow(threshold)) w.Write(" low");
        w.Write($"\" id=\"m{e.Row}\" tabindex=\"0\" data-row=\"{e.Row}\" data-start=\"{e.Start}\" data-end=\"{e.End}\" data-conf=\"{confidence}\" data-type=\"");
        Html.Write(w, e.Type);
        w.Write("\" data-canonical=\"");
        Html.Write(w, e.Canonical);
        w.Write("\" data-source=\"");
        Html.Write(w, e.Source);
        w.Write("\" title=\"");
        Html.Write(w, $"{e.Type} · {e.Canonical} · {confidence} · {e.Source} · entities.csv row {e.Row}");
        w.Write("\">");
    }

    internal static string ConfidenceText(double confidence) =>
        double.IsNaN(confidence) ? "?" : confidence.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A CSS class for the type; only the known names get their own colour.</summary>
    internal static string TypeClass(string type) =>
        type is "PERSON" or "LOCATION" or "ORGANIZATION" or "MISC" ? type : "OTHER";

    private static string QuantityTitle(QuantityMark q)
    {
        var parts = new List<string> { q.Kind };
        if (q.Qualifier.Length > 0) parts.Add(q.Qualifier);
        parts.Add(q.ValueTo.Length > 0 ? $"{q.Value}–{q.ValueTo}" : q.Value);
        if (q.Unit.Length > 0) parts.Add(q.Unit);
        if (q.Normalized.Length > 0) parts.Add($"({q.Normalized})");
        return $"{string.Join(' ', parts)} · quantities.csv row {q.Row}";
    }
}
