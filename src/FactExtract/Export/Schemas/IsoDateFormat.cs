using System.Globalization;

namespace FactExtract.Export.Schemas;

/// <summary>
/// Writes the ISO forms of dates ("2022-03-08", "2022-03", "--03-08", "1996", "1990/1999") digit by digit:
/// every date mention gets one, and the general formatter's custom patterns cost more than the rest
/// of the mention. The text is what the invariant patterns "0000" and "00" give; values those patterns
/// would write otherwise (negative, or too wide) go to the formatter itself.
/// </summary>
internal static class IsoDateFormat
{
    public static string Date(int year, int month, int day) =>
        Fits(year, 4) && Fits(month, 2) && Fits(day, 2)
            ? string.Create(10, (year, month, day), static (s, d) =>
            {
                Write(s[..4], d.year);
                s[4] = '-';
                Write(s.Slice(5, 2), d.month);
                s[7] = '-';
                Write(s.Slice(8, 2), d.day);
            })
            : string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");

    public static string YearMonth(int year, int month) =>
        Fits(year, 4) && Fits(month, 2)
            ? string.Create(7, (year, month), static (s, d) =>
            {
                Write(s[..4], d.year);
                s[4] = '-';
                Write(s.Slice(5, 2), d.month);
            })
            : string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}");

    /// <summary>A date without its year: "--03-08".</summary>
    public static string MonthDay(int month, int day) =>
        Fits(month, 2) && Fits(day, 2)
            ? string.Create(7, (month, day), static (s, d) =>
            {
                s[0] = s[1] = '-';
                Write(s.Slice(2, 2), d.month);
                s[4] = '-';
                Write(s.Slice(5, 2), d.day);
            })
            : string.Create(CultureInfo.InvariantCulture, $"--{month:00}-{day:00}");

    public static string Year(int year) =>
        Fits(year, 4) ? string.Create(4, year, static (s, y) => Write(s, y)) : year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>An interval of years: "1990/1999", "2023/2024".</summary>
    public static string YearRange(int from, int to) =>
        Fits(from, 4) && Fits(to, 4)
            ? string.Create(9, (from, to), static (s, d) =>
            {
                Write(s[..4], d.from);
                s[4] = '/';
                Write(s.Slice(5, 4), d.to);
            })
            : string.Create(CultureInfo.InvariantCulture, $"{from:0000}/{to:0000}");

    /// <summary>True when <paramref name="value"/> has at most <paramref name="width"/> digits and no sign.</summary>
    private static bool Fits(int value, int width) => value >= 0 && value < (width == 4 ? 10_000 : 100);

    /// <summary>Writes <paramref name="value"/> right-aligned and zero-padded over the whole of <paramref name="digits"/>.</summary>
    private static void Write(Span<char> digits, int value)
    {
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            digits[i] = (char)('0' + value % 10);
            value /= 10;
        }
    }
}
