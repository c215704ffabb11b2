using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using FactExtract.Export.Schemas;
using FactExtract.Text;

namespace FactExtract.Export;

/// <summary>One CSV file of one table, written atomically (RFC 4180, UTF-8, header first).</summary>
internal sealed class CsvTable : IDisposable
{
    private static readonly CsvConfiguration Config = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n", // RFC 4180 line ends
        // Injection escaping is done per column (ValueFormats.SafeText): CsvHelper's global option would
        // also rewrite numeric cells such as "-3".
        InjectionOptions = InjectionOptions.None,
        // CsvHelper quotes a field only when it holds the configured "\r\n"; a lone '\n' or '\r'
        // (a file name, a JSON id) would then split the row for every other reader.
        ShouldQuote = args => NeedsQuotes(args.Field),
    };

    /// <summary>RFC 4180: a field with a delimiter, quote, CR or LF is quoted; so is one with edge spaces (kept exact).</summary>
    internal static bool NeedsQuotes(string? field) =>
        !string.IsNullOrEmpty(field)
        && (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field[0] == ' ' || field[^1] == ' ');

    private readonly AtomicFile _file;
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;
    private bool _closed;

    public CsvTable(string path, IEnumerable<string> header, bool byteOrderMark)
    {
        _file = new AtomicFile(path);
        _text = new StreamWriter(_file.Stream, new UTF8Encoding(byteOrderMark), 1 << 16, leaveOpen: true) { AutoFlush = false };
        _csv = new CsvWriter(_text, Config, leaveOpen: true);
        foreach (var name in header) _csv.WriteField(name);
        _csv.NextRecord();
    }

    public static CsvTable For<TRecord>(string directory, TableSchema<TRecord> schema, bool byteOrderMark) =>
        new(Path.Combine(directory, schema.CsvFile), schema.CsvColumns.Select(c => c.Name), byteOrderMark);

    public AtomicFile Output => _file;

    /// <summary>Data rows written (the header not counted).</summary>
    public long Rows { get; private set; }

    public void WriteRows<TRecord>(TableSchema<TRecord> schema, RowContext context, IEnumerable<TRecord> rows)
    {
        foreach (var row in rows)
        {
            foreach (var column in schema.Columns)
                if (column.InCsv) _csv.WriteField(column.Csv(context, row));
            _csv.NextRecord();
            Rows++;
        }
    }

    /// <summary>Flushes everything to disk (see <see cref="AtomicFile.Seal"/>); throws when it cannot.</summary>
    public void Seal()
    {
        CloseWriters();
        _file.Seal();
    }

    public void Commit()
    {
        Seal();
        _file.Publish();
    }

    public void Dispose()
    {
        try { CloseWriters(); }
        catch (Exception e) when (IoFailure.Find(e) is not null) { /* abandoned (disk full): the temporary file is deleted below */ }
        finally { _file.Dispose(); }
    }

    // The writers flush on dispose; they leave the file stream to AtomicFile, which alone
    // decides whether the temporary file is renamed into place or deleted.
    private void CloseWriters()
    {
        if (_closed) return;
        _closed = true;
        _csv.Dispose();
        _text.Dispose();
    }
}
