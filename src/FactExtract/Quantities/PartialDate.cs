namespace FactExtract.Quantities;

/// <summary>How precisely a DATE mention places itself in the calendar.</summary>
public enum DatePrecision : byte
{
    /// <summary>A day: "22 August 2023", "yesterday"; without a year when the text gives none and no article date resolves it ("Aug. 22").</summary>
    Day,
    /// <summary>A month: "August 2023", "last month", "in March" (without a year when nothing resolves it).</summary>
    Month,
    /// <summary>An ISO 8601 week: "last week".</summary>
    Week,
    /// <summary>A year: "in 2023", "next year", "'96".</summary>
    Year,
    /// <summary>A run of whole years: a decade ("1990s": 1990 to 1999), "2020-21", "between 1990 and 1995".</summary>
    Years,
}

/// <summary>
/// The calendar value of a DATE mention at the precision its text gives: a day, a month, an ISO week,
/// a year or a run of years, with or without a year. Typed; the outputs write it in ISO 8601
/// (<c>2023-08-22</c>, <c>2023-08</c>, <c>--08-22</c>, <c>--08</c>, <c>2023-W05</c>, <c>2023</c>, <c>1990/1999</c>).
/// </summary>
public sealed record PartialDate
{
    private PartialDate(DatePrecision precision, int? year, int month, int day, int week, int? lastYear) =>
        (Precision, Year, Month, Day, Week, LastYear) = (precision, year, month, day, week, lastYear);

    /// <summary>Which of the parts below the value has: a day has a month and a day, a week a week, a run of years a last year.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The year (for <see cref="DatePrecision.Years"/> the first; for a week its ISO week-year); null when the text gives none and no article date resolved it.</summary>
    public int? Year { get; }

    /// <summary>1 to 12 for a day or a month; 0 otherwise.</summary>
    public int Month { get; }

    /// <summary>The day of the month for a day; 0 otherwise.</summary>
    public int Day { get; }

    /// <summary>The ISO 8601 week number for a week; 0 otherwise.</summary>
    public int Week { get; }

    /// <summary>The last year of a run of years (inclusive); null otherwise.</summary>
    public int? LastYear { get; }

    /// <summary>The full date, when this is a day with a year.</summary>
    public DateOnly? ToDateOnly() => Precision == DatePrecision.Day && Year is { } y ? new DateOnly(y, Month, Day) : null;

    public static PartialDate OfDay(DateOnly date) => new(DatePrecision.Day, date.Year, date.Month, date.Day, 0, null);

    /// <summary>A day of a month, perhaps without its year ("Aug. 22": February 29 is a day then).</summary>
    public static PartialDate OfDay(int? year, int month, int day)
    {
        CheckYear(year);
        CheckMonth(month);
        if (day < 1 || day > DateTime.DaysInMonth(year is null or 0 ? 2000 : year.Value, month))
            throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of that month.");
        return new(DatePrecision.Day, year, month, day, 0, null);
    }

    /// <summary>A month, perhaps without its year ("in March").</summary>
    public static PartialDate OfMonth(int? year, int month)
    {
        CheckYear(year);
        CheckMonth(month);
        return new(DatePrecision.Month, year, month, 0, 0, null);
    }

    public static PartialDate OfWeek(int year, int week)
    {
        CheckYear(year);
        if (week is < 1 or > 53) throw new ArgumentOutOfRangeException(nameof(week), week, "An ISO week is 1 to 53.");
        return new(DatePrecision.Week, year, 0, 0, week, null);
    }

    public static PartialDate OfYear(int year)
    {
        CheckYear(year);
        return new(DatePrecision.Year, year, 0, 0, 0, null);
    }

    /// <summary>The years <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static PartialDate OfYears(int first, int last)
    {
        CheckYear(first);
        CheckYear(last);
        if (last < first) throw new ArgumentOutOfRangeException(nameof(last), last, "The last year comes before the first.");
        return new(DatePrecision.Years, first, 0, 0, 0, last);
    }

    /// <summary>Years as ISO 8601 writes them without an expansion: 0 to 9999.</summary>
    private static void CheckYear(int? year)
    {
        if (year is < 0 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "A year is 0 to 9999.");
    }

    private static void CheckMonth(int month)
    {
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
    }
}
