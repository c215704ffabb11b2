using FactExtract.Export.Schemas;

namespace FactExtract.Export;

/// <summary>A record with what its column getters need besides it: one row of a table.</summary>
internal readonly record struct SchemaRow<TRecord>(RowContext Context, TRecord Record);

/// <summary>
/// A table's Parquet columns, made from its schema: the CSV columns in CSV order, each stored as
/// its format's typed cell (offsets and counts INT32, values and confidences DOUBLE, dates DATE,
/// text and names raw strings), so Parquet needs no column list of its own.
/// </summary>
internal static class ParquetColumns
{
    public static IReadOnlyList<ParquetColumn<SchemaRow<TRecord>>> For<TRecord>(TableSchema<TRecord> table) =>
        table.CsvColumns.Select(Of).ToList();

    private static ParquetColumn<SchemaRow<TRecord>> Of<TRecord>(Column<TRecord> column) => column.Cell switch
    {
        TypedCell.Integer => ParquetColumn<SchemaRow<TRecord>>.Int(column.Name, r => (int)column.TypedValue(r.Context, r.Record)!),
        TypedCell.Double => ParquetColumn<SchemaRow<TRecord>>.Double(column.Name, r => (double?)column.TypedValue(r.Context, r.Record)),
        TypedCell.Date => ParquetColumn<SchemaRow<TRecord>>.Date(column.Name, r => (DateOnly?)column.TypedValue(r.Context, r.Record)),
        TypedCell.Text => ParquetColumn<SchemaRow<TRecord>>.String(column.Name, r => (string?)column.TypedValue(r.Context, r.Record)),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Cell, "no Parquet type for this cell"),
    };
}

/// <summary>The Parquet file of one document layer: its schema's rows of every document written.</summary>
internal sealed class ParquetLayerTable<TRecord>(string path, LayerSchema<TRecord> schema) : IParquetLayerTable
{
    private readonly ParquetTable<SchemaRow<TRecord>> _table = new(path, ParquetColumns.For(schema.Table));

    public void Write(RowContext context) =>
        _table.WriteRows(schema.Rows(context.Doc).Select(r => new SchemaRow<TRecord>(context, r)));

    public AtomicFile Output => _table.Output;
    public long Rows => _table.Rows;
    public void Seal() => _table.Seal();
    public void Dispose() => _table.Dispose();
}

/// <summary>What the Parquet output needs of a layer's table, whatever its record type.</summary>
internal interface IParquetLayerTable : IParquetTable
{
    /// <summary>Appends the rows of the context's document.</summary>
    void Write(RowContext context);
}
