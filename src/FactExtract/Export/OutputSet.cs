using FactExtract.Ingestion;
using FactExtract.Text;

namespace FactExtract.Export;

/// <summary>
/// The files of the output contract for one run, in one folder. Rows stream out as articles
/// arrive; nothing replaces the previous output until <see cref="Commit"/>, which renames every
/// file into place. Disposing without committing leaves the folder as it was.
/// </summary>
public sealed class OutputSet : IResultSink
{
    public const string EntitiesFile = "entities.csv";
    public const string QuantitiesFile = "quantities.csv";
    public const string FactsFile = "facts.csv";
    public const string ArticlesFile = "articles.jsonl";
    public const string ErrorsFile = "errors.csv";
    public const string EntityIndexFile = "entities_index.csv";

    private readonly CsvTable<EntityRow, EntityRowMap>? _entities;
    private readonly CsvTable<QuantityRow, QuantityRowMap>? _quantities;
    private readonly CsvTable<FactRow, FactRowMap>? _facts;
    private readonly AtomicFile? _articles;
    private readonly CsvTable<ErrorRow, ErrorRowMap> _errors;
    private readonly ArticleJsonWriter _json;
    private readonly string _directory;
    private readonly bool _csvByteOrderMark;
    private readonly EntityIndex? _entityIndex;
    private readonly ParquetOutput? _parquet;
    private CsvTable<EntityIndexCsvRow, EntityIndexCsvRowMap>? _indexCsv;

    public OutputSet(string directory, OutputFormats formats, ResultFingerprint? fingerprint = null, bool csvByteOrderMark = false, bool articleText = true)
    {
        _json = new ArticleJsonWriter(fingerprint, articleText);
        Directory.CreateDirectory(directory);
        _directory = directory;
        _csvByteOrderMark = csvByteOrderMark;
        if (formats.HasFlag(OutputFormats.Csv) || formats.HasFlag(OutputFormats.Parquet)) _entityIndex = new EntityIndex();
        if (formats.HasFlag(OutputFormats.Parquet)) _parquet = new ParquetOutput(directory);
        if (formats.HasFlag(OutputFormats.Csv))
        {
            _entities = new(Path.Combine(directory, EntitiesFile), csvByteOrderMark);
            _quantities = new(Path.Combine(directory, QuantitiesFile), csvByteOrderMark);
            _facts = new(Path.Combine(directory, FactsFile), csvByteOrderMark);
        }
        if (formats.HasFlag(OutputFormats.Jsonl))
            _articles = new AtomicFile(Path.Combine(directory, ArticlesFile));
        // errors.csv is always written: it is how a run says what it skipped.
        _errors = new(Path.Combine(directory, ErrorsFile), csvByteOrderMark);
    }

    public void Write(Document document)
    {
        _entities?.WriteRows(RowBuilder.Entities(document));
        _quantities?.WriteRows(RowBuilder.Quantities(document));
        _facts?.WriteRows(RowBuilder.Facts(document));
        if (_articles is not null) _json.Write(_articles.Stream, document);
        _parquet?.Write(document);
        _entityIndex?.Add(document);
    }

    public void WriteError(IngestError error) => _errors.WriteRows([new ErrorRow(error.File, error.Reason)]);

    public void Commit()
    {
        // The index is complete only now; it is written, like every file, under a temporary
        // name and renamed into place with the rest.
        if (_entityIndex is not null)
        {
            var rows = _entityIndex.Rows();
            if (_entities is not null) _indexCsv = WriteIndexCsv(rows);
            _parquet?.WriteIndex(rows);
        }
        _indexCsv?.Commit();
        _parquet?.Commit();
        _entities?.Commit();
        _quantities?.Commit();
        _facts?.Commit();
        _articles?.Commit();
        _errors.Commit();
    }

    public void Dispose()
    {
        _indexCsv?.Dispose();
        _parquet?.Dispose();
        _entities?.Dispose();
        _quantities?.Dispose();
        _facts?.Dispose();
        _articles?.Dispose();
        _errors.Dispose();
    }

    private CsvTable<EntityIndexCsvRow, EntityIndexCsvRowMap> WriteIndexCsv(IReadOnlyList<EntityIndexRow> rows)
    {
        var table = new CsvTable<EntityIndexCsvRow, EntityIndexCsvRowMap>(Path.Combine(_directory, EntityIndexFile), _csvByteOrderMark);
        table.WriteRows(RowBuilder.EntityIndex(rows));
        return table;
    }
}
