using System.Text.Json;
using FactExtract.Text;

namespace FactExtract.Export.Schemas;

/// <summary>
/// One column of a table: its output name, where it appears (CSV, JSON) and, in the typed
/// subclass, how its value is got from a record and formatted. Formats iterate columns;
/// <see cref="Value"/> gives the typed value boxed, for a format that keeps types (Parquet).
/// </summary>
internal abstract class Column<TRecord>(string name, ColumnPlaces places)
{
    public string Name { get; } = name;
    public bool InCsv => places.HasFlag(ColumnPlaces.Csv);
    public bool InJson => places.HasFlag(ColumnPlaces.Json);

    /// <summary>The value's CLR type (int, decimal?, an enum…).</summary>
    public abstract Type ValueType { get; }

    /// <summary>The typed value, boxed.</summary>
    public abstract object? Value(RowContext context, TRecord record);

    public abstract string Csv(RowContext context, TRecord record);

    /// <summary>The type a typed format (Parquet) stores for this column.</summary>
    public abstract TypedCell Cell { get; }

    /// <summary>The value as a typed format stores it (see <see cref="ValueFormat{TValue}.ToCell"/>).</summary>
    public abstract object? TypedValue(RowContext context, TRecord record);

    public abstract void WriteJson(Utf8JsonWriter json, RowContext context, TRecord record);
}

/// <summary>
/// What a column getter may use besides the record: its document (null for tables that are not
/// document layers, such as errors.csv) and the converter of the run's offset unit.
/// </summary>
internal readonly record struct RowContext(Document? Document, OffsetConverter Offsets)
{
    public static RowContext For(Document? document) => new(document, OffsetConverter.Identity);

    /// <summary>The document, for columns that need it (article id, sentence text).</summary>
    public Document Doc => Document ?? throw new InvalidOperationException("This column needs the row's document.");
}

/// <summary>Where a column is written. Article-level columns (article id, file) are CSV-only: JSON nests rows under their article.</summary>
[Flags]
internal enum ColumnPlaces
{
    Csv = 1,
    Json = 2,
    Both = Csv | Json,
}

/// <summary>A column with a typed getter and a <see cref="ValueFormat{TValue}"/> converter.</summary>
internal sealed class Column<TRecord, TValue>(
    string name, Func<RowContext, TRecord, TValue> get, ValueFormat<TValue> format, ColumnPlaces places = ColumnPlaces.Both)
    : Column<TRecord>(name, places)
{
    public ValueFormat<TValue> Format { get; } = format;

    public TValue Get(RowContext context, TRecord record) => get(context, record);

    public override Type ValueType => typeof(TValue);
    public override object? Value(RowContext context, TRecord record) => get(context, record);
    public override string Csv(RowContext context, TRecord record) => Format.ToCsv(get(context, record));
    public override TypedCell Cell => Format.Cell;
    public override object? TypedValue(RowContext context, TRecord record) => Format.ToCell(get(context, record));

    public override void WriteJson(Utf8JsonWriter json, RowContext context, TRecord record)
    {
        var value = get(context, record);
        if (!Format.OmitInJson(value)) Format.WriteJson(json, Name, value);
    }

    /// <summary>Reads this column's value from a JSON object written by <see cref="WriteJson"/>.</summary>
    public TValue Read(JsonElement row) =>
        row.TryGetProperty(Name, out var element) ? Format.ReadJson(element, true) : Format.ReadJson(default, false);
}
