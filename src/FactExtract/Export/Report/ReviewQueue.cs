using FactExtract.Text;

namespace FactExtract.Export.Report;

/// <summary>
/// Every mention below the confidence threshold across the run, with the sentence it is in,
/// written lowest confidence first for <c>review.html</c>. Sentences longer than a line or two
/// are cut to a window around the mention.
/// </summary>
internal sealed class ReviewQueue(double threshold)
{
    private const int ContextChars = 160;
    private readonly List<Entry> _entries = [];

    private sealed record Entry(EntityMention Mention, int ArticleIndex, string ArticleTitle, string Sentence, int MarkStart, int MarkEnd);

    public int Count => _entries.Count;

    public void Add(ReportArticle article, IReadOnlyList<Sentence> sentences)
    {
        foreach (var e in article.Entities)
        {
            if (!e.IsBelow(threshold)) continue;
            var (sentence, markStart, markEnd) = SentenceAround(article.Text, sentences, e);
            _entries.Add(new Entry(e, article.Index, article.DisplayTitle, sentence, markStart, markEnd));
        }
    }

    public void WriteData(string path)
    {
        using var data = new JsDataFile(path, "FX_REVIEW");
        foreach (var x in _entries.OrderBy(x => double.IsNaN(x.Mention.Confidence) ? -1 : x.Mention.Confidence)
                     .ThenBy(x => x.ArticleIndex).ThenBy(x => x.Mention.Row))
        {
            var json = data.BeginRow();
            json.WriteNumberValue(double.IsNaN(x.Mention.Confidence) ? 0 : x.Mention.Confidence);
            JsDataFile.String(json, x.Mention.Text);
            JsDataFile.String(json, x.Mention.Type);
            JsDataFile.String(json, x.Mention.Canonical);
            JsDataFile.String(json, x.Mention.Source);
            json.WriteNumberValue(x.Mention.Row);
            json.WriteNumberValue(x.ArticleIndex);
            JsDataFile.String(json, x.Sentence);
            json.WriteNumberValue(x.MarkStart);
            json.WriteNumberValue(x.MarkEnd);
            JsDataFile.String(json, x.ArticleTitle);
            data.EndRow();
        }
    }

    /// <summary>The mention's sentence on one line, and where the mention is in it (-1 when the text is not available).</summary>
    private static (string Sentence, int MarkStart, int MarkEnd) SentenceAround(string? text, IReadOnlyList<Sentence> sentences, EntityMention e)
    {
        if (text is null || e.Start < 0 || e.End > text.Length || e.Start >= e.End) return (e.Text, 0, e.Text.Length);
        int from = 0, to = text.Length;
        int i = LastSentenceStartingAtOrBefore(sentences, e.Start);
        if (i >= 0) { from = sentences[i].Start; to = Math.Max(sentences[i].End, e.End); }
        from = Math.Max(from, e.Start - ContextChars);
        to = Math.Min(to, e.End + ContextChars);
        // Same length as the text, so the mark offsets stay valid.
        string sentence = string.Create(to - from, (text, from), (span, s) =>
        {
            s.text.AsSpan(s.from, span.Length).CopyTo(span);
            for (int k = 0; k < span.Length; k++) if (char.IsControl(span[k])) span[k] = ' ';
        });
        return (sentence, e.Start - from, e.End - from);
    }

    private static int LastSentenceStartingAtOrBefore(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
