using FactExtract.Export.Schemas;
using FactExtract.Text;

namespace FactExtract.Export;

/// <summary>
/// The Parquet files of a run (<c>--format parquet</c>): one per layer schema (<see cref="OutputSchemas.Layers"/>)
/// plus the entity index, sealed together.
/// </summary>
/// <param name="wanted">Whether a table (<see cref="OutputSet.TableNames"/>) is to be written (<c>--tables</c>).</param>
internal sealed class ParquetOutput(string directory, Func<string, bool> wanted) : IDisposable
{
    public const string Extension = ".parquet";
    public static string EntityIndexFile => EntityIndexSchema.Schema.Name + Extension;

    public static IReadOnlyList<string> Files { get; } = [.. OutputSchemas.Layers.Select(s => s.Name + Extension), EntityIndexFile];

    private readonly List<IParquetLayerTable> _layers = OutputSchemas.Layers
        .Where(schema => wanted(schema.Name))
        .Select(schema => schema.CreateParquetTable(Path.Combine(directory, schema.Name + Extension)))
        .ToList();
    private ParquetTable<SchemaRow<EntityIndexRow>>? _index;

    public void Write(Document document, OffsetConverter offsets)
    {
        var context = new RowContext(document, offsets);
        foreach (var layer in _layers) layer.Write(context);
    }

    public void WriteIndex(IReadOnlyList<EntityIndexRow> rows)
    {
        _index = new ParquetTable<SchemaRow<EntityIndexRow>>(Path.Combine(directory, EntityIndexFile), ParquetColumns.For(EntityIndexSchema.Schema));
        var context = RowContext.For(null);
        _index.WriteRows(rows.Select(r => new SchemaRow<EntityIndexRow>(context, r)));
    }

    /// <summary>Finishes and flushes every file; the output set publishes them with the others.</summary>
    public IEnumerable<(AtomicFile File, long Rows)> Seal()
    {
        var tables = new List<(AtomicFile, long)>();
        foreach (var table in _layers.Append<IParquetTable?>(_index))
        {
            if (table is null) continue;
            table.Seal();
            tables.Add((table.Output, table.Rows));
        }
        return tables;
    }

    public void Dispose()
    {
        foreach (var layer in _layers) layer.Dispose();
        _index?.Dispose();
    }
}
