namespace FactExtract.Lang;

internal static partial class English
{
    /// <summary>Month names; index i is month i + 1.</summary>
    public static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Day names, Monday first (ISO 8601 day i + 1).</summary>
    public static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
}
