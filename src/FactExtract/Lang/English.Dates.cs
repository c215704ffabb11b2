namespace FactExtract.Lang;

internal static partial class English
{
    /// <summary>Month names; index i is month i + 1.</summary>
    public static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>
    /// The words read as months: each name, the first three letters of the names longer than four
    /// ("Aug"; not "Jun", "Jul"), and "Sept".
    /// </summary>
    public static readonly (string Word, int Month, bool Abbreviation)[] MonthWords =
    [
        .. MonthNames.SelectMany((name, i) => name.Length > 4
            ? [(name, i + 1, false), (name[..3], i + 1, true)]
            : new[] { (name, i + 1, false) }),
        ("Sept", 9, true),
    ];

    /// <summary>Day names, Monday first (ISO 8601 day i + 1).</summary>
    public static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Days named from the article's date, with their offset in days ("yesterday" is -1).</summary>
    public static readonly (string Word, int Offset)[] RelativeDays = [("yesterday", -1), ("today", 0), ("tonight", 0), ("tomorrow", 1)];

    /// <summary>Words placing a day, month or period before (-1), at (0) or after (+1) the article's date: "last month", "next Monday".</summary>
    public static readonly (string Word, int Direction)[] RelativeDirections = [("last", -1), ("this", 0), ("next", 1), ("coming", 1)];

    /// <summary>Calendar periods of "last week", "this month", "next year", with the ISO 8601 letter of their precision.</summary>
    public static readonly (string Word, string Precision)[] CalendarPeriods = [("week", "W"), ("month", "M"), ("year", "Y")];

    /// <summary>Parts of a day: "last night" is the day before the article's date, "this morning" its own day.</summary>
    public static readonly WordSet PartsOfDay = new("morning", "afternoon", "evening", "night");
}
