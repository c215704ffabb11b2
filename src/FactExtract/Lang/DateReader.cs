using System.Collections.Frozen;
using System.Globalization;

namespace FactExtract.Lang;

/// <summary>
/// Reads dates written as text: an article's metadata date (<see cref="ParseMetadata"/>, once, at ingestion)
/// and the words of a date line or dateline (<see cref="TryDateWords"/>, for the article date finder).
/// The one place that turns date text into numbers; everything after ingestion holds <see cref="DateOnly"/>.
/// </summary>
internal static class DateReader
{
    /// <summary>Years an article can be dated in; a metadata year outside them is a typo, not a date.</summary>
    private const int FirstYear = 1000, LastYear = 2999;

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months =
        English.MonthWords.ToFrozenDictionary(m => m.Word, m => m.Month, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The date a metadata value gives ("2022-03-08", "2022-03-08T10:00:00Z", "March 8, 2022",
    /// "Tue, 08 Mar 2022 10:00:00 GMT"), as written in the value's own offset; null when it gives none.
    /// </summary>
    public static DateOnly? ParseMetadata(string? value) =>
        !string.IsNullOrWhiteSpace(value) && TryParseMetadata(value, out var y, out var m, out var d) && y is >= FirstYear and <= LastYear
            ? new DateOnly(y, m, d)
            : null;

    private static bool TryParseMetadata(string value, out int year, out int month, out int day)
    {
        year = month = day = 0;
        var s = value.AsSpan().Trim();
        if (s.Length >= 10 && TryParseIso(s[..10], out var iso)
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

    /// <summary>
    /// Reads "yyyy-MM-dd" by hand. It accepts exactly what <c>DateOnly.TryParseExact(s, "yyyy-MM-dd",
    /// CultureInfo.InvariantCulture, DateTimeStyles.None)</c> accepts (ASCII digits, a valid day of a year
    /// from 1 to 9999), at a small fraction of its cost: the article date finder tries it on every
    /// ten-character word near the top of each article.
    /// </summary>
    public static bool TryParseIso(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return false;
        if (!TryDigits(s[..4], out int year) || !TryDigits(s.Slice(5, 2), out int month) || !TryDigits(s.Slice(8, 2), out int day)) return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>
    /// A date in words from <paramref name="at"/>: "March 8, 2022", "8 March 2022", "March 3", "Aug. 22 1996",
    /// "1996-08-22". <paramref name="used"/> is the number of words taken.
    /// </summary>
    public static bool TryDateWords(List<string> words, int at, out int used, out int? year, out int month, out int day)
    {
        used = 0;
        year = null;
        month = day = 0;
        if (at >= words.Count) return false;
        var first = words[at];
        if (TryParseIso(first, out var iso))
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

    /// <summary>A month name or its abbreviation, capitalised, perhaps with the period of "Aug.".</summary>
    private static bool TryMonth(string word, out int month) =>
        Months.TryGetValue(word.AsSpan().TrimEnd('.'), out month) && char.IsUpper(word[0]);

    private static bool TryDay(string word, out int day)
    {
        var digits = word.AsSpan();
        if (digits.Length > 2 && (digits.EndsWith("st") || digits.EndsWith("nd") || digits.EndsWith("rd") || digits.EndsWith("th"))) digits = digits[..^2];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out day) && digits.Length <= 2 && day is >= 1 and <= 31;
    }

    private static bool TryYear(string word, out int year) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && word.Length == 4 && year is >= 1000 and <= 2999;

    /// <summary>The words of a line, with commas and the period of "Aug." dropped; brackets and dashes stay words.</summary>
    public static List<string> Words(ReadOnlySpan<char> line)
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
