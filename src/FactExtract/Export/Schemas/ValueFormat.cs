using System.Globalization;
using System.Text.Json;

namespace FactExtract.Export.Schemas;

/// <summary>
/// How one typed value is written to CSV and JSON and read back from JSON. Values stay typed
/// (decimal, enum, list) up to here; this is the one place they become text.
/// </summary>
internal abstract class ValueFormat<TValue>
{
    public abstract string ToCsv(TValue value);

    public abstract void WriteJson(Utf8JsonWriter json, string name, TValue value);

    /// <summary>Reads the value of a property; <paramref name="present"/> is false when the property is absent.</summary>
    public abstract TValue ReadJson(JsonElement element, bool present);

    /// <summary>True when the JSON form leaves the property out for this value (an optional field not stated).</summary>
    public virtual bool OmitInJson(TValue value) => false;

    /// <summary>The type a typed format (Parquet) stores: <see cref="int"/>, <see cref="double"/>, <see cref="DateOnly"/> or <see cref="string"/>.</summary>
    public abstract TypedCell Cell { get; }

    /// <summary>
    /// The value as a typed format stores it, of the <see cref="Cell"/> type, boxed; null where the
    /// CSV cell is empty ("not stated"). Text is raw (no spreadsheet escaping); figures are the ones
    /// CSV shows (a confidence to three decimals), so every format agrees.
    /// </summary>
    public abstract object? ToCell(TValue value);
}

/// <summary>The value types of typed output formats.</summary>
internal enum TypedCell
{
    Integer,
    Double,
    Date,
    Text,
}

/// <summary>The value formats the output contract uses.</summary>
internal static class ValueFormats
{
    /// <summary>Text as is: offsets-bearing text that must never be altered.</summary>
    public static ValueFormat<string> Text { get; } = new TextFormat(escape: false);

    /// <summary>Free text a spreadsheet could execute as a formula: CSV cells get a leading <c>'</c>.</summary>
    public static ValueFormat<string> SafeText { get; } = new TextFormat(escape: true);

    /// <summary>Text that is left out of JSON when null and empty in CSV.</summary>
    public static ValueFormat<string?> OptionalText { get; } = new OptionalTextFormat();

    public static ValueFormat<int> Integer { get; } = new IntegerFormat();

    /// <summary>An invariant-culture number, or empty (CSV) / null (JSON) when not stated.</summary>
    public static ValueFormat<decimal?> Number { get; } = new NumberFormat(omitWhenNull: false);

    /// <summary>As <see cref="Number"/>, but left out of JSON when not stated.</summary>
    public static ValueFormat<decimal?> OptionalNumber { get; } = new NumberFormat(omitWhenNull: true);

    /// <summary>A probability with three decimals, the same figure in CSV and JSON.</summary>
    public static ValueFormat<double> Confidence { get; } = new ConfidenceFormat();

    /// <summary>Names: <c>;</c>-joined (and spreadsheet-safe) in CSV, an array in JSON.</summary>
    public static ValueFormat<IReadOnlyList<string>> NameList { get; } = new NameListFormat();

    /// <summary>A calendar day: ISO <c>yyyy-MM-dd</c> in CSV and JSON, empty / null when not known.</summary>
    public static ValueFormat<DateOnly?> Date { get; } = new DateFormat();

    /// <summary>An enum written by its output name (<c>PERSON</c>, <c>NUMBER</c>).</summary>
    public static ValueFormat<T> Name<T>(Func<T, string> toName) where T : struct, Enum => new EnumFormat<T>(toName);

    public static string Confidence3(double confidence) => confidence.ToString("0.000", CultureInfo.InvariantCulture);

    private sealed class TextFormat(bool escape) : ValueFormat<string>
    {
        public override string ToCsv(string value) => escape ? SpreadsheetSafety.Escape(value) : value;
        public override void WriteJson(Utf8JsonWriter json, string name, string value) => json.WriteString(name, value);
        public override string ReadJson(JsonElement element, bool present) => present ? element.GetString() ?? "" : "";
        public override TypedCell Cell => TypedCell.Text;
        public override object? ToCell(string value) => value.Length == 0 ? null : value;
    }

    private sealed class OptionalTextFormat : ValueFormat<string?>
    {
        public override string ToCsv(string? value) => value ?? "";
        public override void WriteJson(Utf8JsonWriter json, string name, string? value) => json.WriteString(name, value);
        public override string? ReadJson(JsonElement element, bool present) => present ? element.GetString() : null;
        public override bool OmitInJson(string? value) => value is null;
        public override TypedCell Cell => TypedCell.Text;
        public override object? ToCell(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }

    private sealed class IntegerFormat : ValueFormat<int>
    {
        public override string ToCsv(int value) => value.ToString(CultureInfo.InvariantCulture);
        public override void WriteJson(Utf8JsonWriter json, string name, int value) => json.WriteNumber(name, value);
        public override int ReadJson(JsonElement element, bool present) =>
            present ? element.GetInt32() : throw new JsonException("a required number is missing");
        public override TypedCell Cell => TypedCell.Integer;
        public override object? ToCell(int value) => value;
    }

    private sealed class NumberFormat(bool omitWhenNull) : ValueFormat<decimal?>
    {
        public override string ToCsv(decimal? value) => InvariantNumber.Format(value);

        public override void WriteJson(Utf8JsonWriter json, string name, decimal? value)
        {
            if (value is not { } v) { json.WriteNull(name); return; }
            json.WritePropertyName(name);
            json.WriteRawValue(InvariantNumber.Format(v), skipInputValidation: true);
        }

        public override decimal? ReadJson(JsonElement element, bool present) =>
            present && element.ValueKind != JsonValueKind.Null ? element.GetDecimal() : null;

        public override bool OmitInJson(decimal? value) => omitWhenNull && value is null;
        public override TypedCell Cell => TypedCell.Double;
        public override object? ToCell(decimal? value) => (double?)value;
    }

    private sealed class ConfidenceFormat : ValueFormat<double>
    {
        public override string ToCsv(double value) => Confidence3(value);

        public override void WriteJson(Utf8JsonWriter json, string name, double value)
        {
            json.WritePropertyName(name);
            json.WriteRawValue(Confidence3(value), skipInputValidation: true);
        }

        public override double ReadJson(JsonElement element, bool present) => present ? element.GetDouble() : 0;
        public override TypedCell Cell => TypedCell.Double;
        public override object? ToCell(double value) => double.Parse(Confidence3(value), CultureInfo.InvariantCulture);
    }

    private sealed class NameListFormat : ValueFormat<IReadOnlyList<string>>
    {
        public override string ToCsv(IReadOnlyList<string> value) => SpreadsheetSafety.Escape(string.Join(';', value));

        public override void WriteJson(Utf8JsonWriter json, string name, IReadOnlyList<string> value)
        {
            json.WriteStartArray(name);
            foreach (var item in value) json.WriteStringValue(item);
            json.WriteEndArray();
        }

        public override IReadOnlyList<string> ReadJson(JsonElement element, bool present) =>
            present ? element.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
        public override TypedCell Cell => TypedCell.Text;
        public override object? ToCell(IReadOnlyList<string> value) => value.Count == 0 ? null : string.Join(';', value);
    }

    private sealed class DateFormat : ValueFormat<DateOnly?>
    {
        public override string ToCsv(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        public override void WriteJson(Utf8JsonWriter json, string name, DateOnly? value)
        {
            if (value is { } day) json.WriteString(name, ToCsv(day));
            else json.WriteNull(name);
        }

        public override DateOnly? ReadJson(JsonElement element, bool present) =>
            present && element.ValueKind == JsonValueKind.String ? DateOnly.ParseExact(element.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

        public override TypedCell Cell => TypedCell.Date;
        public override object? ToCell(DateOnly? value) => value;
    }

    private sealed class EnumFormat<T>(Func<T, string> toName) : ValueFormat<T> where T : struct, Enum
    {
        public override string ToCsv(T value) => toName(value);
        public override void WriteJson(Utf8JsonWriter json, string name, T value) => json.WriteString(name, toName(value));

        public override T ReadJson(JsonElement element, bool present)
        {
            var name = present ? element.GetString() : null;
            foreach (var value in Enum.GetValues<T>())
                if (toName(value) == name) return value;
            throw new JsonException($"unknown {typeof(T).Name} '{name}'");
        }

        public override TypedCell Cell => TypedCell.Text;
        public override object? ToCell(T value) => toName(value) is { Length: > 0 } name ? name : null;
    }
}
