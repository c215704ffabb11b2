using System.Globalization;
using FactExtract.Ingestion;

namespace FactExtract.Quantities;

/// <summary>
/// Finds an article's date: the ingested metadata date (JSON <c>date</c>, HTML metadata) when it parses,
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
        if (MetadataDate(article) is { } date)
            return new ArticleDate(date.Year, date.Month, date.Day, MetadataSource(article.File));
        return FindInText(article.Text);
    }

    /// <summary>The date the article's metadata gives (JSON <c>date</c>, HTML metadata), when it parses; else null.</summary>
    public static DateOnly? MetadataDate(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return !string.IsNullOrWhiteSpace(article.Date) && TryParseMetadata(article.Date, out var y, out var m, out var d) && y is >= 1000 and <= 2999
            ? new DateOnly(y, m, d)
            : null;
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

    /// <summary>"2022-03-08", "2022-03-08T10:00:00Z", "March 8, 2022", "Tue, 08 Mar 2022 10:00:00 GMT".</summary>
    internal static bool TryParseMetadata(string value, out int year, out int month, out int day)
    {
        year = month = day = 0;
        var s = value.AsSpan().Trim();
        if (s.Length >= 10 && IsoDateText.TryParse(s[..10], out var iso)
            && (s.Length == 10 || s[10] is 'T' or ' ' or 't'))
        {
            (year, month, day) = (iso.Year, iso.Month, iso.Day);
            return true;
        }
        var words = Words(s);
        if (TryDateWords(words, 0, out int used, out int? y, out month, out day) && y is { } known && used == words.Count)
        {
            year = known;
            return true;
        }
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            // The date as written in the value's own offset, not converted to this machine's zone.
            (year, month, day) = (parsed.Year, parsed.Month, parsed.Day);
            return true;
        }
        return false;
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
            var words = Words(line);
            if (words.Count == 0) continue;
            int at = SkipWeekday(words, 0);
            // A date line: a date, perhaps after a weekday, and nothing else ("Tuesday, March 8, 2022").
            if (TryDateWords(words, at, out int used, out int? year, out int month, out int day) && at + used == words.Count && year is not null)
                return new ArticleDate(year, month, day, ArticleDateSource.DateLine);
            if (TryDateline(words, out year, out month, out day))
                return new ArticleDate(year, month, day, ArticleDateSource.Dateline);
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
        for (int region = 0; region < 2 && k < words.Count && !TryDateWords(words, k, out _, out _, out _, out _) && IsRegionWord(words[k]); region++) k++;
        if (!TryDateWords(words, k, out int used, out year, out month, out day)) return false;
        k += used;
        return k == words.Count || words[k].StartsWith('(') || words[k] is "-" or "--" or "\u2013" or "\u2014" || words[k].StartsWith('/');
    }

    private static bool IsCapitalsWord(string word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2 && !NumberWords.Get(word).Is(WordClass.Month | WordClass.Weekday);
    }

    private static bool IsRegionWord(string word) => word.Length > 1 && char.IsUpper(word[0]) && !word.StartsWith('(');

    private static int SkipWeekday(List<string> words, int at) =>
        at < words.Count && NumberWords.Get(words[at]).Is(WordClass.Weekday) ? at + 1 : at;

    /// <summary>
    /// A date in words from <paramref name="at"/>: "March 8, 2022", "8 March 2022", "March 3", "Aug. 22 1996",
    /// "1996-08-22". <paramref name="used"/> is the number of words taken.
    /// </summary>
    internal static bool TryDateWords(List<string> words, int at, out int used, out int? year, out int month, out int day)
    {
        used = 0;
        year = null;
        month = day = 0;
        if (at >= words.Count) return false;
        var first = words[at];
        if (IsoDateText.TryParse(first, out var iso))
        {
            (year, month, day, used) = (iso.Year, iso.Month, iso.Day, 1);
            return true;
        }
        int k = at;
        if (TryDay(first, out day) && k + 1 < words.Count && TryMonth(words[k + 1], out month)) k += 2; // "8 March"
        else if (TryMonth(first, out month) && k + 1 < words.Count && TryDay(words[k + 1], out day)) k += 2; // "March 8"
        else return false;
        if (k < words.Count && TryYear(words[k], out int y)) { year = y; k++; }
        if (day > DateTime.DaysInMonth(year ?? 2000, month)) return false;
        used = k - at;
        return true;
    }

    private static bool TryMonth(string word, out int month)
    {
        var info = NumberWords.Get(word.AsSpan().TrimEnd('.'));
        month = (int)info.Value;
        return info.Is(WordClass.Month) && char.IsUpper(word[0]);
    }

    private static bool TryDay(string word, out int day)
    {
        var digits = word.AsSpan();
        if (digits.Length > 2 && (digits.EndsWith("st") || digits.EndsWith("nd") || digits.EndsWith("rd") || digits.EndsWith("th"))) digits = digits[..^2];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out day) && digits.Length <= 2 && day is >= 1 and <= 31;
    }

    private static bool TryYear(string word, out int year) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && word.Length == 4 && year is >= 1000 and <= 2999;

    /// <summary>The words of a line, with commas and the period of "Aug." dropped; brackets and dashes stay words.</summary>
    private static List<string> Words(ReadOnlySpan<char> line)
    {
        var words = new List<string>();
        foreach (var range in line.SplitAny(" \t\r\u00A0"))
        {
            var w = line[range].Trim(",;:");
            if (w.Length > 1 && w[^1] == '.' && char.IsLetter(w[^2])) w = w[..^1];
            if (!w.IsEmpty) words.Add(w.ToString());
            if (words.Count > 16) break;
        }
        return words;
    }
}
