using FactExtract.Export.Schemas;
using FactExtract.Ingestion;
using FactExtract.Text;

namespace FactExtract.Export;

/// <summary>
/// The files of the output contract for one run, in one folder, replaced as one unit. Rows stream
/// out to temporary files as articles arrive; <see cref="Commit"/> first flushes every file to
/// disk (the step that can fail, e.g. disk full: then nothing is replaced), then renames them all
/// into place, removes files of the previous set this run does not write (switching --format
/// leaves no stale tables), and renames <c>manifest.json</c> in last. Disposing without
/// committing deletes the temporaries and leaves the folder as it was.
/// </summary>
internal sealed class OutputSet : IResultSink
{
    public const string ArticlesFile = "articles.jsonl";
    public const string ErrorsFile = "errors.csv";
    public const string ManifestFile = OutputManifest.FileName;
    public static string EntitiesFile => EntitySchema.Schema.CsvFile;
    public static string EntityIndexFile => EntityIndexSchema.Schema.CsvFile;

    /// <summary>Every file an output set can write: what a folder walk skips and a new run replaces.</summary>
    public static IReadOnlyList<string> KnownFiles { get; } =
        [.. OutputSchemas.Layers.Select(s => s.CsvFile), ArticlesFile, ErrorsFile, EntityIndexFile, .. ParquetOutput.Files, ManifestFile];

    // Table names as --tables knows them (the layer schemas' names, plus articles).
    public const string EntitiesTable = "entities";
    public const string QuantitiesTable = "quantities";
    public const string FactsTable = "facts";
    public const string ArticlesTable = "articles";

    /// <summary>What <c>extract --tables</c> chooses from; errors.csv and manifest.json are always written.</summary>
    public static IReadOnlyList<string> TableNames { get; } = [.. OutputSchemas.Layers.Select(s => s.Name), ArticlesTable];

    private readonly string _directory;
    private readonly OffsetUnit _offsetUnit;
    /// <summary>One CSV file per wanted layer schema, in schema order; empty without the CSV format.</summary>
    private readonly List<(LayerSchema Schema, CsvTable Table)> _tables = [];
    private readonly AtomicFile? _articles;
    private readonly CsvTable _errors;
    private readonly ArticleJsonWriter _json;
    private long _articleRows;
    private readonly bool _csvByteOrderMark;
    private readonly EntityIndex? _entityIndex;
    private readonly ParquetOutput? _parquet;
    private CsvTable? _indexCsv;

    /// <exception cref="OutputFolderException">The folder cannot be created or written.</exception>
    /// <param name="tables">Table names to write (<see cref="TableNames"/>); null writes every table of the formats.</param>
    /// <param name="offsetUnit">What <c>start</c>/<c>end</c> count in every file.</param>
    public OutputSet(string directory, OutputFormats formats, ResultFingerprint? fingerprint = null, bool csvByteOrderMark = false, bool articleText = true,
        IReadOnlySet<string>? tables = null, OffsetUnit offsetUnit = OffsetUnit.Utf16)
    {
        _json = new ArticleJsonWriter(fingerprint, articleText, offsetUnit);
        _offsetUnit = offsetUnit;
        _directory = directory;
        _csvByteOrderMark = csvByteOrderMark;
        bool Wanted(string table) => tables is null || tables.Contains(table);
        try
        {
            Directory.CreateDirectory(directory);
            if (formats.HasFlag(OutputFormats.Csv))
                foreach (var schema in OutputSchemas.Layers)
                    if (Wanted(schema.Name)) _tables.Add((schema, schema.CreateCsvTable(directory, csvByteOrderMark)));
            if (formats.HasFlag(OutputFormats.Jsonl) && Wanted(ArticlesTable))
                _articles = new AtomicFile(Path.Combine(directory, ArticlesFile));
            // errors.csv is always written: it is how a run says what it skipped.
            _errors = CsvTable.For(directory, OutputSchemas.Errors, csvByteOrderMark);
            // The entity index aggregates the entities table, so it comes with it (CSV and/or Parquet).
            if ((formats & (OutputFormats.Csv | OutputFormats.Parquet)) != 0 && Wanted(EntitiesTable)) _entityIndex = new EntityIndex();
            if (formats.HasFlag(OutputFormats.Parquet)) _parquet = new ParquetOutput(directory, Wanted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            Dispose();
            throw new OutputFolderException(directory, e);
        }
    }

    public void Write(Document document)
    {
        try
        {
            var offsets = _offsetUnit == OffsetUnit.Utf16 ? OffsetConverter.Identity : new OffsetConverter(document.Text, _offsetUnit);
            var context = new RowContext(document, offsets);
            foreach (var (schema, table) in _tables) schema.WriteCsvRows(table, context);
            if (_articles is not null)
            {
                _json.Write(_articles.Stream, document);
                _articleRows++;
            }
            _parquet?.Write(document, offsets);
            _entityIndex?.Add(document);
        }
        catch (Exception e) when (IoFailure.Find(e) is { } io)
        {
            throw new OutputWriteException(_directory, io);
        }
    }

    public void WriteError(IngestError error)
    {
        try
        {
            _errors.WriteRows(OutputSchemas.Errors, RowContext.For(null), [error]);
        }
        catch (Exception e) when (IoFailure.Find(e) is { } io)
        {
            throw new OutputWriteException(_directory, io);
        }
    }

    /// <exception cref="OutputWriteException">A file could not be flushed; the previous output is untouched.</exception>
    public void Commit()
    {
        var written = new List<(AtomicFile File, long Rows)>();
        AtomicFile manifest;
        try
        {
            foreach (var (_, table) in _tables) { table.Seal(); written.Add((table.Output, table.Rows)); }
            if (_articles is not null) { _articles.Seal(); written.Add((_articles, _articleRows)); }
            _errors.Seal();
            written.Add((_errors.Output, _errors.Rows));
            // The index is complete only now; it is sealed and published with the rest.
            if (_entityIndex is not null)
            {
                var rows = _entityIndex.Rows();
                if (_tables.Any(t => t.Schema.Name == EntitiesTable))
                {
                    _indexCsv = CsvTable.For(_directory, EntityIndexSchema.Schema, _csvByteOrderMark);
                    _indexCsv.WriteRows(EntityIndexSchema.Schema, RowContext.For(null), rows);
                    _indexCsv.Seal();
                    written.Add((_indexCsv.Output, _indexCsv.Rows));
                }
                _parquet?.WriteIndex(rows);
            }
            if (_parquet is not null) written.AddRange(_parquet.Seal());

            manifest = new AtomicFile(Path.Combine(_directory, ManifestFile));
            OutputManifest.Write(manifest.Stream, Generator,
                written.Select(w => new ManifestEntry(Path.GetFileName(w.File.Destination), w.Rows, w.File.Length, w.File.Sha256!)).ToList());
            manifest.Seal();
        }
        catch (Exception e) when (IoFailure.Find(e) is { } io)
        {
            throw new OutputWriteException(_directory, io);
        }

        using (manifest)
        {
            var previous = OutputManifest.ReadNames(_directory);
            foreach (var (file, _) in written) file.Publish();
            var current = written.Select(w => Path.GetFileName(w.File.Destination)).Append(ManifestFile).ToHashSet(StringComparer.Ordinal);
            foreach (var stale in KnownFiles.Concat(previous).Where(n => !current.Contains(n)).Distinct(StringComparer.Ordinal))
                DeleteStale(Path.Combine(_directory, stale));
            manifest.Publish();
        }
    }

    private static string Generator => $"factextract/{typeof(OutputSet).Assembly.GetName().Version}";

    private static void DeleteStale(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); }
        catch (IOException) { /* left as it was; the manifest does not list it */ }
        catch (UnauthorizedAccessException) { }
    }

    public void Dispose()
    {
        foreach (var (_, table) in _tables) table.Dispose();
        _articles?.Dispose();
        _errors?.Dispose();
        _indexCsv?.Dispose();
        _parquet?.Dispose();
    }
}
