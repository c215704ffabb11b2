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

    private readonly CsvTable<EntityRow, EntityRowMap>? _entities;
    private readonly CsvTable<QuantityRow, QuantityRowMap>? _quantities;
    private readonly CsvTable<FactRow, FactRowMap>? _facts;
    private readonly AtomicFile? _articles;
    private readonly CsvTable<ErrorRow, ErrorRowMap> _errors;
    private readonly ArticleJsonWriter _json;

    public OutputSet(string directory, OutputFormats formats, ResultFingerprint? fingerprint = null, bool csvByteOrderMark = false, bool articleText = true)
    {
        _json = new ArticleJsonWriter(fingerprint, articleText);
        Directory.CreateDirectory(directory);
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
    }

    public void WriteError(IngestError error) => _errors.WriteRows([new ErrorRow(error.File, error.Reason)]);

    public void Commit()
    {
        _entities?.Commit();
        _quantities?.Commit();
        _facts?.Commit();
        _articles?.Commit();
        _errors.Commit();
    }

    public void Dispose()
    {
        _entities?.Dispose();
        _quantities?.Dispose();
        _facts?.Dispose();
        _articles?.Dispose();
        _errors.Dispose();
    }
}
