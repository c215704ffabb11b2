using FactExtract.Export.Schemas;

namespace FactExtract.Export.Report;

/// <summary>
/// Streams a run's output folder article by article: metadata and text from articles.jsonl,
/// joined with the rows of entities.csv, quantities.csv and facts.csv. A run writes all of them
/// in the same input order, so the join is a single forward pass and memory stays flat however
/// many articles there are. Rows that do not line up with articles.jsonl (files from different
/// runs) are counted, not guessed at.
/// </summary>
internal sealed class RunReader : IDisposable
{
    private static readonly string[] KeyColumns = ["article_id", "file"];
    private readonly string _articlesPath;
    private readonly CsvRowStream _entities;
    private readonly CsvRowStream _quantities;
    private readonly CsvRowStream _facts;

    public RunReader(string runDirectory)
    {
        _articlesPath = Path.Combine(runDirectory, OutputSet.ArticlesFile);
        if (!File.Exists(_articlesPath))
            throw new InvalidDataException($"{runDirectory} has no {OutputSet.ArticlesFile}: the report needs a run's output folder");
        _entities = new CsvRowStream(Path.Combine(runDirectory, OutputSet.EntitiesFile), [.. KeyColumns, .. ReportRows.EntityColumns]);
        _quantities = new CsvRowStream(Path.Combine(runDirectory, QuantitySchema.Schema.CsvFile), [.. KeyColumns, .. ReportRows.QuantityColumns]);
        _facts = new CsvRowStream(Path.Combine(runDirectory, FactSchema.Schema.CsvFile), [.. KeyColumns, .. ReportRows.FactColumns]);
    }

    /// <summary>The CSV files the run did not write (their layer shows as empty).</summary>
    public IReadOnlyList<string> MissingTables =>
        new[] { _entities, _quantities, _facts }.Where(t => !t.Exists).Select(t => t.FileName).ToList();

    /// <summary>Rows left over after the last article: they belong to no article of articles.jsonl, in its order.</summary>
    public long UnmatchedRows { get; private set; }

    public IEnumerable<ReportArticle> Articles(CancellationToken cancellationToken)
    {
        using var lines = new ArticleLineReader(_articlesPath);
        int index = 0;
        while (lines.Next() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Join(index++, line);
        }
        UnmatchedRows = CountRest(_entities) + CountRest(_quantities) + CountRest(_facts);
    }

    private ReportArticle Join(int index, ArticleLine a) =>
        new(index, a.Id, a.File, a.Title, a.Date, a.Url, a.Words, a.Text,
            TakeRows(_entities, a, ReportRows.Entity), TakeRows(_quantities, a, ReportRows.Quantity), TakeRows(_facts, a, ReportRows.Fact));

    /// <summary>The article's rows: those at the table's current position with its id and file.</summary>
    private static List<T> TakeRows<T>(CsvRowStream table, ArticleLine article, Func<IReadOnlyList<string>, int, T> build)
    {
        var rows = new List<T>();
        while (table.Current is { } r && SameArticle(r, article))
        {
            rows.Add(build(new ArraySegment<string>(r, KeyColumns.Length, r.Length - KeyColumns.Length), table.RowNumber));
            table.MoveNext();
        }
        return rows;
    }

    // CSV cells may carry the spreadsheet formula guard (a leading apostrophe) that JSON does not.
    private static bool SameArticle(string[] row, ArticleLine article) =>
        (row[0] == article.Id || row[0] == SpreadsheetSafety.Escape(article.Id))
        && (row[1] == article.File || row[1] == SpreadsheetSafety.Escape(article.File));

    private static long CountRest(CsvRowStream table)
    {
        long count = 0;
        for (; table.Current is not null; table.MoveNext()) count++;
        return count;
    }

    public void Dispose()
    {
        _entities.Dispose();
        _quantities.Dispose();
        _facts.Dispose();
    }
}
