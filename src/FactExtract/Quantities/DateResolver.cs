using System.Globalization;

namespace FactExtract.Quantities;

/// <summary>
/// Date arithmetic against a known article date: the dates of "yesterday", "on Monday",
/// "last month", "next year", "March 14" and "in March". Pure; the scanner decides what the text says.
/// </summary>
internal static class DateResolver
{
    /// <summary>The ISO 8601 week of <paramref name="date"/>, in its week-numbering year.</summary>
    public static PartialDate Week(DateOnly date) =>
        PartialDate.OfWeek(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)));

    /// <summary>
    /// The date of an ISO weekday (1 = Monday) seen from <paramref name="article"/>: <paramref name="direction"/>
    /// -1 is the latest such day up to the article date (the article's own weekday is that day), +1 the next
    /// one from it; <paramref name="strict"/> ("last Monday", "next Monday") excludes the article date itself.
    /// </summary>
    public static DateOnly Weekday(DateOnly article, int weekday, int direction, bool strict)
    {
        int today = article.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)article.DayOfWeek;
        if (direction < 0)
        {
            int back = (today - weekday + 7) % 7;
            if (back == 0 && strict) back = 7;
            return article.AddDays(-back);
        }
        int ahead = (weekday - today + 7) % 7;
        if (ahead == 0 && strict) ahead = 7;
        return article.AddDays(ahead);
    }

    /// <summary>A month seen from the article: direction -1 the latest one strictly before the article's month, +1 the next one strictly after, 0 this year's.</summary>
    public static int YearOfMonth(DateOnly article, int month, int direction) => direction switch
    {
        < 0 => month < article.Month ? article.Year : article.Year - 1,
        > 0 => month > article.Month ? article.Year : article.Year + 1,
        _ => article.Year,
    };

    /// <summary>
    /// The year that puts a yearless month and day ("March 14", or a month alone with <paramref name="day"/> 0)
    /// nearest to the article date: "December 28" in an article of January 5 is the previous December.
    /// </summary>
    public static int NearestYear(DateOnly article, int month, int day)
    {
        int best = article.Year;
        int bestDistance = int.MaxValue;
        for (int year = article.Year - 1; year <= article.Year + 1; year++)
        {
            int d = Math.Min(day == 0 ? 15 : day, DateTime.DaysInMonth(year, month));
            int distance = Math.Abs(new DateOnly(year, month, d).DayNumber - article.DayNumber);
            // On a tie the past wins: news reports more than it announces.
            if (distance < bestDistance || distance == bestDistance && year < best) { best = year; bestDistance = distance; }
        }
        return best;
    }

    /// <summary>"last month" (-1), "this week" (0), "next year" (+1): the period at its precision, and its year.</summary>
    public static (PartialDate Period, int Year) Period(DateOnly article, string period, int direction) => period switch
    {
        "W" => (Week(article.AddDays(7 * direction)), ISOWeek.GetYear(article.AddDays(7 * direction).ToDateTime(TimeOnly.MinValue))),
        "M" => (PartialDate.OfMonth(article.AddMonths(direction).Year, article.AddMonths(direction).Month), article.AddMonths(direction).Year),
        _ => (PartialDate.OfYear(article.Year + direction), article.Year + direction),
    };
}
