using FactExtract.Ingestion;
using FactExtract.Lang;

namespace FactExtract.Quantities;

/// <summary>
/// Finds an article's date: the ingested metadata date (<see cref="Article.Date"/>, read once at ingestion) when there is one,
/// else a date line ("Tuesday, March 8, 2022") or a dateline ("LONDON, March 3 (Reuters) -",
/// "BRUSSELS 1996-08-22") among the first lines of the text. Never today's clock: no date found is null.
/// Pure and cheap (it reads at most the first <see cref="HeadLength"/> characters), so every user of
/// the date computes the same one.
/// </summary>
internal static class ArticleDateFinder
{
    /// <summary>How far into the text a date line or dateline may start.</summary>
    internal const int HeadLength = 600;
    private const int MaxLines = 6;

    public static ArticleDate? Find(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Date is { } date)
            return new ArticleDate(PartialDate.OfDay(date), MetadataSource(article.File));
        return FindInText(article.Text);
    }

    private static ArticleDateSource MetadataSource(string file)
    {
        var extension = Path.GetExtension(file.AsSpan());
        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase) || extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
            return ArticleDateSource.Json;
        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
            return ArticleDateSource.Html;
        return ArticleDateSource.Metadata;
    }

    private static ArticleDate? FindInText(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, HeadLength));
        int lines = 0;
        foreach (var range in head.Split('\n'))
        {
            var line = head[range].Trim();
            if (line.IsEmpty) continue;
            if (++lines > MaxLines) break;
            if (line.IndexOfAnyInRange('0', '9') < 0) continue; // every date line and dateline has digits: skip prose cheaply
            var words = DateReader.Words(line);
            if (words.Count == 0) continue;
            int at = SkipWeekday(words, 0);
            // A date line: a date, perhaps after a weekday, and nothing else ("Tuesday, March 8, 2022").
            if (DateReader.TryDateWords(words, at, out int used, out int? year, out int month, out int day) && at + used == words.Count && year is not null)
                return new ArticleDate(PartialDate.OfDay(year, month, day), ArticleDateSource.DateLine);
            if (TryDateline(words, out year, out month, out day))
                return new ArticleDate(PartialDate.OfDay(year, month, day), ArticleDateSource.Dateline);
        }
        return null;
    }

    /// <summary>
    /// "LONDON, March 3 (Reuters) -", "SAN JOSE, California, May 14, 2024 (Reuters) -", "BRUSSELS 1996-08-22":
    /// a place in capitals (perhaps with a region), then a date, then the end of the line, an agency in
    /// brackets or a dash.
    /// </summary>
    private static bool TryDateline(List<string> words, out int? year, out int month, out int day)
    {
        year = null;
        month = day = 0;
        int k = 0;
        while (k < words.Count && IsCapitalsWord(words[k])) k++;
        if (k == 0) return false;
        for (int region = 0; region < 2 && k < words.Count && !DateReader.TryDateWords(words, k, out _, out _, out _, out _) && IsRegionWord(words[k]); region++) k++;
        if (!DateReader.TryDateWords(words, k, out int used, out year, out month, out day)) return false;
        k += used;
        return k == words.Count || words[k].StartsWith('(') || words[k] is "-" or "--" or "\u2013" or "\u2014" || words[k].StartsWith('/');
    }

    private static bool IsCapitalsWord(string word) =>
        English.IsInCapitals(word) && !NumberWords.Get(word).Is(WordClass.Month | WordClass.Weekday);

    private static bool IsRegionWord(string word) => word.Length > 1 && char.IsUpper(word[0]) && !word.StartsWith('(');

    private static int SkipWeekday(List<string> words, int at) =>
        at < words.Count && NumberWords.Get(words[at]).Is(WordClass.Weekday) ? at + 1 : at;
}
