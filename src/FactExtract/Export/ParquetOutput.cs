using FactExtract.Entities;
using FactExtract.Facts;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Export;

/// <summary>The Parquet files of a run (<c>--format parquet</c>): one per table, sealed together.</summary>
internal sealed class ParquetOutput(string directory) : IDisposable
{
    public const string EntitiesFile = "entities.parquet";
    public const string QuantitiesFile = "quantities.parquet";
    public const string FactsFile = "facts.parquet";
    public const string EntityIndexFile = "entities_index.parquet";

    public static IReadOnlyList<string> Files { get; } = [EntitiesFile, QuantitiesFile, FactsFile, EntityIndexFile];

    private readonly ParquetTable<Item<Entity>> _entities = new(Path.Combine(directory, EntitiesFile), ParquetTables.Entities);
    private readonly ParquetTable<Item<Quantity>> _quantities = new(Path.Combine(directory, QuantitiesFile), ParquetTables.Quantities);
    private readonly ParquetTable<Item<Fact>> _facts = new(Path.Combine(directory, FactsFile), ParquetTables.Facts);
    private ParquetTable<EntityIndexRow>? _index;

    public void Write(Document document)
    {
        _entities.WriteRows(ParquetTables.EntityItems(document));
        _quantities.WriteRows(ParquetTables.QuantityItems(document));
        _facts.WriteRows(ParquetTables.FactItems(document));
    }

    public void WriteIndex(IReadOnlyList<EntityIndexRow> rows)
    {
        _index = new ParquetTable<EntityIndexRow>(Path.Combine(directory, EntityIndexFile), ParquetTables.EntityIndex);
        _index.WriteRows(rows);
    }

    /// <summary>Finishes and flushes every file; the output set publishes them with the others.</summary>
    public IEnumerable<(AtomicFile File, long Rows)> Seal()
    {
        _entities.Seal();
        _quantities.Seal();
        _facts.Seal();
        _index?.Seal();
        var tables = new List<(AtomicFile, long)> { (_entities.Output, _entities.Rows), (_quantities.Output, _quantities.Rows), (_facts.Output, _facts.Rows) };
        if (_index is not null) tables.Add((_index.Output, _index.Rows));
        return tables;
    }

    public void Dispose()
    {
        _entities.Dispose();
        _quantities.Dispose();
        _facts.Dispose();
        _index?.Dispose();
    }
}
