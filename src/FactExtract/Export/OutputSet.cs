using FactExtract.Export.Schemas;
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
    public const string ArticlesFile = "articles.jsonl";
    public const string ErrorsFile = "errors.csv";

    /// <summary>One CSV file per layer schema, in schema order; empty without the CSV format.</summary>
    private readonly List<(LayerSchema Schema, CsvTable Table)> _tables = [];
    private readonly AtomicFile? _articles;
    private readonly CsvTable _errors;
    private readonly ArticleJsonWriter _json;

    public OutputSet(string directory, OutputFormats formats, ResultFingerprint? fingerprint = null, bool csvByteOrderMark = false, bool articleText = true)
    {
        _json = new ArticleJsonWriter(fingerprint, articleText);
        Directory.CreateDirectory(directory);
        if (formats.HasFlag(OutputFormats.Csv))
            foreach (var schema in OutputSchemas.Layers)
                _tables.Add((schema, schema.CreateCsvTable(directory, csvByteOrderMark)));
        if (formats.HasFlag(OutputFormats.Jsonl))
            _articles = new AtomicFile(Path.Combine(directory, ArticlesFile));
        // errors.csv is always written: it is how a run says what it skipped.
        _errors = CsvTable.For(directory, OutputSchemas.Errors, csvByteOrderMark);
    }

    public void Write(Document document)
    {
        foreach (var (schema, table) in _tables) schema.WriteCsvRows(table, document);
        if (_articles is not null) _json.Write(_articles.Stream, document);
    }

    public void WriteError(IngestError error) => _errors.WriteRows(OutputSchemas.Errors, null, [error]);

    public void Commit()
    {
        foreach (var (_, table) in _tables) table.Commit();
        _articles?.Commit();
        _errors.Commit();
    }

    public void Dispose()
    {
        foreach (var (_, table) in _tables) table.Dispose();
        _articles?.Dispose();
        _errors.Dispose();
    }
}
