using FactExtract.Entities;
using FactExtract.Facts;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Export;

/// <summary>The Parquet files of a run (<c>--format parquet</c>): one per table, sealed together.</summary>
/// <param name="wanted">Whether a table (<see cref="OutputSet.TableNames"/>) is to be written (<c>--tables</c>).</param>
internal sealed class ParquetOutput(string directory, Func<string, bool> wanted) : IDisposable
{
    public const string EntitiesFile = "entities.parquet";
    public const string QuantitiesFile = "quantities.parquet";
    public const string FactsFile = "facts.parquet";
    public const string EntityIndexFile = "entities_index.parquet";

    public static IReadOnlyList<string> Files { get; } = [EntitiesFile, QuantitiesFile, FactsFile, EntityIndexFile];

    private readonly ParquetTable<Item<Entity>>? _entities =
        wanted(OutputSet.EntitiesTable) ? new(Path.Combine(directory, EntitiesFile), ParquetTables.Entities) : null;
    private readonly ParquetTable<Item<Quantity>>? _quantities =
        wanted(OutputSet.QuantitiesTable) ? new(Path.Combine(directory, QuantitiesFile), ParquetTables.Quantities) : null;
    private readonly ParquetTable<Item<Fact>>? _facts =
        wanted(OutputSet.FactsTable) ? new(Path.Combine(directory, FactsFile), ParquetTables.Facts) : null;
    private ParquetTable<EntityIndexRow>? _index;

    public void Write(Document document, OffsetConverter offsets)
    {
        _entities?.WriteRows(ParquetTables.EntityItems(document, offsets));
        _quantities?.WriteRows(ParquetTables.QuantityItems(document, offsets));
        _facts?.WriteRows(ParquetTables.FactItems(document, offsets));
    }

    public void WriteIndex(IReadOnlyList<EntityIndexRow> rows)
    {
        _index = new ParquetTable<EntityIndexRow>(Path.Combine(directory, EntityIndexFile), ParquetTables.EntityIndex);
        _index.WriteRows(rows);
    }

    /// <summary>Finishes and flushes every file; the output set publishes them with the others.</summary>
    public IEnumerable<(AtomicFile File, long Rows)> Seal()
    {
        var tables = new List<(AtomicFile, long)>();
        foreach (var table in new IParquetTable?[] { _entities, _quantities, _facts, _index })
        {
            if (table is null) continue;
            table.Seal();
            tables.Add((table.Output, table.Rows));
        }
        return tables;
    }

    public void Dispose()
    {
        _entities?.Dispose();
        _quantities?.Dispose();
        _facts?.Dispose();
        _index?.Dispose();
    }
}
