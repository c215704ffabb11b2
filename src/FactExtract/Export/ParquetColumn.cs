using Parquet;
using Parquet.Schema;

namespace FactExtract.Export;

/// <summary>
/// One typed column of a Parquet table: its field (name and Parquet type) and how to read the
/// value from a row. Integers stay integers, numbers doubles, dates dates; null where the CSV
/// cell is empty.
/// </summary>
internal abstract class ParquetColumn<TRow>
{
    // (Constructor parameters are named dataField: inside a property, "field" means its backing field.)
    public abstract DataField Field { get; }

    public abstract Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<TRow> rows);

    public static ParquetColumn<TRow> Int(string name, Func<TRow, int> get) => new Values<int>(new DataField<int>(name), get);
    public static ParquetColumn<TRow> Double(string name, Func<TRow, double?> get) => new NullableValues<double>(new DataField<double?>(name), get);
    public static ParquetColumn<TRow> Date(string name, Func<TRow, DateOnly?> get) => new NullableValues<DateOnly>(new DataField<DateOnly?>(name), get);
    public static ParquetColumn<TRow> String(string name, Func<TRow, string?> get) => new Strings(new DataField<string>(name, nullable: true), get);

    private sealed class Values<T>(DataField dataField, Func<TRow, T> get) : ParquetColumn<TRow> where T : struct
    {
        public override DataField Field => dataField;
        public override Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<TRow> rows) =>
            writer.WriteAsync<T>(dataField, rows.Select(get).ToArray().AsMemory());
    }

    private sealed class NullableValues<T>(DataField dataField, Func<TRow, T?> get) : ParquetColumn<TRow> where T : struct
    {
        public override DataField Field => dataField;
        public override Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<TRow> rows) =>
            writer.WriteAsync<T>(dataField, rows.Select(get).ToArray().AsMemory());
    }

    private sealed class Strings(DataField dataField, Func<TRow, string?> get) : ParquetColumn<TRow>
    {
        public override DataField Field => dataField;
        public override Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<TRow> rows) =>
            writer.WriteAsync(dataField, rows.Select(get).ToArray()!);
    }
}
