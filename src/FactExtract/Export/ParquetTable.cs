using Parquet;
using Parquet.Schema;

namespace FactExtract.Export;

/// <summary>
/// One Parquet file of one row type, written atomically. Rows are buffered and written as row
/// groups of <see cref="RowGroupSize"/> rows, so memory stays bounded however long the run.
/// </summary>
internal sealed class ParquetTable<TRow> : IParquetTable
{
    public const int RowGroupSize = 50_000;

    private readonly AtomicFile _file;
    private readonly IReadOnlyList<ParquetColumn<TRow>> _columns;
    private readonly ParquetWriter _writer;
    private readonly List<TRow> _pending = new();
    private bool _closed;

    public ParquetTable(string path, IReadOnlyList<ParquetColumn<TRow>> columns)
    {
        _file = new AtomicFile(path);
        _columns = columns;
        var schema = new ParquetSchema(columns.Select(c => (Field)c.Field).ToArray());
        _writer = ParquetWriter.CreateAsync(schema, _file.Stream).GetAwaiter().GetResult();
    }

    public void WriteRows(IEnumerable<TRow> rows)
    {
        foreach (var row in rows)
        {
            _pending.Add(row);
            Rows++;
            if (_pending.Count == RowGroupSize) Flush();
        }
    }

    public AtomicFile Output => _file;

    /// <summary>Data rows written.</summary>
    public long Rows { get; private set; }

    /// <summary>Writes the last row group and the footer and flushes the file to disk (see <see cref="AtomicFile.Seal"/>).</summary>
    public void Seal()
    {
        // An empty table still gets one (empty) row group so that every reader sees the schema.
        if (_pending.Count > 0 || !_wroteRowGroup) Flush();
        Close();
        _file.Seal();
    }

    public void Dispose()
    {
        try { Close(); }
        catch (Exception e) when (IoFailure.Find(e) is not null) { /* abandoned (disk full): the temporary file is deleted below */ }
        finally { _file.Dispose(); }
    }

    private bool _wroteRowGroup;

    private void Flush()
    {
        using (var group = _writer.CreateRowGroup())
        {
            foreach (var column in _columns) column.WriteAsync(group, _pending).GetAwaiter().GetResult();
        }
        _pending.Clear();
        _wroteRowGroup = true;
    }

    // The writer finishes the footer on dispose; the stream itself belongs to AtomicFile, which
    // alone decides whether the temporary file is renamed into place or deleted.
    private void Close()
    {
        if (_closed) return;
        _closed = true;
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

/// <summary>What the output set needs of a Parquet table, whatever its row type.</summary>
internal interface IParquetTable : IDisposable
{
    AtomicFile Output { get; }
    long Rows { get; }
    void Seal();
}
