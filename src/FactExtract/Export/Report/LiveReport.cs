using System.Collections.Concurrent;
using FactExtract.Export.Schemas;
using FactExtract.Ingestion;
using FactExtract.Text;

namespace FactExtract.Export.Report;

/// <summary>
/// <c>extract --report</c> without reading the run back: a sink in front of the run's output set
/// that hands each written article to a thread of its own, which builds the report while the
/// pipeline is still extracting. Its rows are the CSV cells of the same schemas the output set
/// writes, counted the same way, so row numbers, offsets and confidences are those of the files;
/// only for a run that writes every table the report reads (see <see cref="Follows"/>).
/// <see cref="Finish"/>, after the run has committed, completes the report.
/// </summary>
internal sealed class LiveReport : IResultSink
{
    /// <summary>
    /// Text (in chars) of the articles written but not yet in the report. Generous, so the run
    /// never waits for the report while it has work to overlap; bounded, so a slow report holds
    /// the run back rather than growing memory without end.
    /// </summary>
    private const long BacklogChars = 32L << 20;

    private readonly IResultSink _inner;
    private readonly ReportBuilder _builder;
    private readonly BlockingCollection<Document> _queue = new();
    private readonly object _backlogLock = new();
    private long _backlogChars;
    private readonly Thread _worker;
    private readonly LayerCells<Entities.Entity> _entities = new(EntitySchema.Schema, ReportRows.EntityColumns);
    private readonly LayerCells<Quantities.Quantity> _quantities = new(QuantitySchema.Schema, ReportRows.QuantityColumns);
    private readonly LayerCells<Facts.Fact> _facts = new(FactSchema.Schema, ReportRows.FactColumns);
    private Exception? _failure;
    private int _index;

    /// <param name="inner">The run's output set; every call goes on to it first.</param>
    public LiveReport(IResultSink inner, string runDirectory, double threshold)
    {
        _inner = inner;
        _builder = new ReportBuilder(runDirectory, threshold);
        _worker = new Thread(Consume) { IsBackground = true, Name = "report" };
        _worker.Start();
    }

    /// <summary>
    /// True when a run with these settings writes entities.csv, quantities.csv, facts.csv and
    /// articles.jsonl (with text, UTF-16 offsets), which is what the report is made of.
    /// </summary>
    public static bool Follows(OutputFormats formats, IReadOnlySet<string>? tables, bool articleText, OffsetUnit offsets) =>
        formats.HasFlag(OutputFormats.Csv) && formats.HasFlag(OutputFormats.Jsonl) && articleText && offsets == OffsetUnit.Utf16
        && (tables is null || new[] { OutputSet.EntitiesTable, OutputSet.QuantitiesTable, OutputSet.FactsTable, OutputSet.ArticlesTable }.All(tables.Contains));

    public void Write(Document document)
    {
        _inner.Write(document);
        lock (_backlogLock)
        {
            while (_backlogChars > BacklogChars && _failure is null) Monitor.Wait(_backlogLock);
            _backlogChars += document.Text.Length;
        }
        _queue.Add(document);
    }

    public void WriteError(IngestError error) => _inner.WriteError(error);

    public void Commit() => _inner.Commit();

    /// <summary>Waits for the articles still queued, then writes the pages and puts the report in place.</summary>
    public ReportSummary Finish()
    {
        _queue.CompleteAdding();
        _worker.Join();
        if (_failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
        return _builder.Finish([], 0);
    }

    private void Consume()
    {
        foreach (var document in _queue.GetConsumingEnumerable())
        {
            // After a failure the rest is only drained, so the run is never blocked by it.
            if (_failure is null)
            {
                try
                {
                    _builder.Add(ToArticle(document), document.Sentences);
                }
                catch (Exception e)
                {
                    _failure = e;
                }
            }
            lock (_backlogLock)
            {
                _backlogChars -= document.Text.Length;
                Monitor.PulseAll(_backlogLock);
            }
        }
    }

    private ReportArticle ToArticle(Document document)
    {
        var a = document.Article;
        var context = RowContext.For(document);
        return new ReportArticle(_index++, a.Id, a.File, a.Title, ArticleJsonWriter.DateField(a), a.Url, document.WordCount, a.Text,
            _entities.Rows(context, ReportRows.Entity), _quantities.Rows(context, ReportRows.Quantity), _facts.Rows(context, ReportRows.Fact));
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        _worker.Join();
        _builder.Dispose();
        _queue.Dispose();
    }

    /// <summary>A layer's rows as the CSV cells of the given columns, numbered as the CSV file numbers them (header = row 1).</summary>
    private sealed class LayerCells<TRecord>(LayerSchema<TRecord> schema, string[] names)
    {
        private readonly Column<TRecord>[] _columns = names.Select(n => schema.Columns.First(c => c.InCsv && c.Name == n)).ToArray();
        private int _row = 1;

        public List<T> Rows<T>(RowContext context, Func<IReadOnlyList<string>, int, T> build)
        {
            var rows = new List<T>();
            foreach (var record in schema.Rows(context.Doc))
            {
                var cells = new string[_columns.Length];
                for (int i = 0; i < cells.Length; i++) cells[i] = _columns[i].Csv(context, record);
                rows.Add(build(cells, ++_row));
            }
            return rows;
        }
    }
}
