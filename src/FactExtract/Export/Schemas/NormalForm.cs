using System.Globalization;
using System.Text.Json;
using FactExtract.Quantities;

namespace FactExtract.Export.Schemas;

/// <summary>
/// The <c>normalized</c> column of a quantity: its typed calendar value, base-unit measure or ISO duration,
/// whichever it has (at most one). The column's one value, so the schema can write and read it back whole.
/// </summary>
internal readonly record struct NormalForm(PartialDate? Date, Measurement? Measure, IsoDuration? Duration)
{
    public static NormalForm Of(Quantity q) => new(q.Date, q.InBaseUnit, q.Duration);
}

/// <summary>
/// Writes a quantity's normal form as ISO 8601 text (<c>2023-08-22</c>, <c>--08</c>, <c>2023-W05</c>,
/// <c>1990/1999</c>; <c>P10D</c>, <c>PT5H</c>) or as a value and base unit (<c>42000 m</c>), and reads that text back
/// for <c>--resume</c>. The three forms cannot be mistaken for each other: a duration starts with <c>P</c>,
/// a measure has a space, a date has neither.
/// </summary>
internal sealed class NormalFormFormat : ValueFormat<NormalForm>
{
    public static NormalFormFormat Instance { get; } = new();

    public override string ToCsv(NormalForm value) => Text(value) ?? "";

    public override void WriteJson(Utf8JsonWriter json, string name, NormalForm value) => json.WriteString(name, Text(value));

    public override NormalForm ReadJson(JsonElement element, bool present) =>
        present && element.ValueKind == JsonValueKind.String ? Parse(element.GetString()!) : default;

    public override bool OmitInJson(NormalForm value) => Text(value) is null;

    public override TypedCell Cell => TypedCell.Text;

    public override object? ToCell(NormalForm value) => Text(value) is { Length: > 0 } text ? text : null;

    /// <summary>The text of the column, or null when the quantity has no normal form.</summary>
    public static string? Text(NormalForm value) =>
        value.Date is { } date ? DateText(date)
        : value.Measure is { } measure ? measure.Value.ToString(CultureInfo.InvariantCulture) + " " + measure.Unit
        : value.Duration is { } duration ? DurationText(duration)
        : null;

    /// <summary>ISO 8601 at the date's precision; a date without a year as <c>--08-22</c> or <c>--08</c>.</summary>
    public static string DateText(PartialDate date) => (date.Precision, date.Year) switch
    {
        (DatePrecision.Day, { } y) => IsoDateFormat.Date(y, date.Month, date.Day),
        (DatePrecision.Day, null) => IsoDateFormat.MonthDay(date.Month, date.Day),
        (DatePrecision.Month, { } y) => IsoDateFormat.YearMonth(y, date.Month),
        (DatePrecision.Month, null) => string.Create(CultureInfo.InvariantCulture, $"--{date.Month:00}"),
        (DatePrecision.Week, { } y) => string.Create(CultureInfo.InvariantCulture, $"{y:0000}-W{date.Week:00}"),
        (DatePrecision.Year, { } y) => IsoDateFormat.Year(y),
        (DatePrecision.Years, { } y) => IsoDateFormat.YearRange(y, date.LastYear ?? y),
        _ => throw new ArgumentException($"A {date.Precision} needs a year.", nameof(date)),
    };

    private static string DurationText(IsoDuration duration)
    {
        var amount = duration.Amount.ToString(CultureInfo.InvariantCulture);
        return duration.Unit switch
        {
            DurationUnit.Seconds => "PT" + amount + "S",
            DurationUnit.Minutes => "PT" + amount + "M",
            DurationUnit.Hours => "PT" + amount + "H",
            DurationUnit.Days => "P" + amount + "D",
            DurationUnit.Weeks => "P" + amount + "W",
            DurationUnit.Months => "P" + amount + "M",
            DurationUnit.Years => "P" + amount + "Y",
            _ => throw new ArgumentOutOfRangeException(nameof(duration), duration.Unit, null),
        };
    }

    /// <summary>Reads what <see cref="Text"/> wrote; throws <see cref="JsonException"/> on anything else.</summary>
    public static NormalForm Parse(string text)
    {
        if (text.StartsWith('P')) return new(null, null, ParseDuration(text));
        int space = text.IndexOf(' ');
        if (space > 0) return new(null, new Measurement(Number(text.AsSpan(0, space), text), text[(space + 1)..]), null);
        return new(ParseDate(text), null, null);
    }

    private static IsoDuration ParseDuration(string text)
    {
        bool time = text.StartsWith("PT", StringComparison.Ordinal);
        var amount = Number(text.AsSpan(time ? 2 : 1, text.Length - (time ? 3 : 2)), text);
        var unit = (time, text[^1]) switch
        {
            (true, 'S') => DurationUnit.Seconds,
            (true, 'M') => DurationUnit.Minutes,
            (true, 'H') => DurationUnit.Hours,
            (false, 'D') => DurationUnit.Days,
            (false, 'W') => DurationUnit.Weeks,
            (false, 'M') => DurationUnit.Months,
            (false, 'Y') => DurationUnit.Years,
            _ => throw Bad(text),
        };
        return new IsoDuration(amount, unit);
    }

    private static PartialDate ParseDate(string text)
    {
        var s = text.AsSpan();
        if (s.StartsWith("--"))
            return s.Length switch
            {
                4 => PartialDate.OfMonth(null, Int(s[2..4], text)),
                7 when s[4] == '-' => PartialDate.OfDay(null, Int(s[2..4], text), Int(s[5..7], text)),
                _ => throw Bad(text),
            };
        if (s.Length < 4) throw Bad(text);
        int year = Int(s[..4], text);
        var rest = s[4..];
        return rest switch
        {
            [] => PartialDate.OfYear(year),
            ['/', .. var last] when last.Length == 4 => PartialDate.OfYears(year, Int(last, text)),
            ['-', 'W', .. var week] when week.Length == 2 => PartialDate.OfWeek(year, Int(week, text)),
            ['-', .. var month] when month.Length == 2 => PartialDate.OfMonth(year, Int(month, text)),
            ['-', .. var md] when md.Length == 5 && md[2] == '-' => PartialDate.OfDay(year, Int(md[..2], text), Int(md[3..], text)),
            _ => throw Bad(text),
        };
    }

    private static int Int(ReadOnlySpan<char> digits, string text) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : throw Bad(text);

    private static decimal Number(ReadOnlySpan<char> digits, string text) =>
        decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value : throw Bad(text);

    private static JsonException Bad(string text) => new($"unreadable normalized value '{text}'");
}
