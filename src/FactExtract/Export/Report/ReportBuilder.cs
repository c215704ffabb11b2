using System.Text;
using FactExtract.Text;

namespace FactExtract.Export.Report;

/// <summary>
/// Builds a report as its articles arrive, in a staging folder next to <c>DIR/report/</c>:
/// each article goes to the article data chunks, the overview's table, the run's counts and
/// the review queue at once. <see cref="Finish"/> writes the pages and swaps the folder in as a
/// whole; disposing before that (a failed or interrupted build) removes the staging folder and
/// leaves the previous report as it was.
/// </summary>
internal sealed class ReportBuilder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly string _runDirectory;
    private readonly string _staging;
    private readonly double _threshold;
    private readonly RunStatistics _stats;
    private readonly ReviewQueue _queue;
    private readonly ArticleChunks _chunks;
    private readonly ArticleTableData _table;

    public ReportBuilder(string runDirectory, double threshold)
    {
        _runDirectory = runDirectory;
        _threshold = threshold;
        _staging = Path.Combine(runDirectory, $".{ReportGenerator.FolderName}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        string data = Path.Combine(_staging, ReportGenerator.DataFolder);
        Directory.CreateDirectory(data);
        try
        {
            ReportAssets.CopyTo(Path.Combine(_staging, "assets"));
            _stats = new RunStatistics(threshold);
            _queue = new ReviewQueue(threshold);
            _chunks = new ArticleChunks(data);
            _table = new ArticleTableData(Path.Combine(data, "overview.js"));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <param name="sentences">The article's sentences (where its page rows may break, the review queue's context).</param>
    public void Add(ReportArticle article, IReadOnlyList<Sentence> sentences)
    {
        int notPlaced = _chunks.Add(article, sentences, _threshold);
        _stats.Add(article, notPlaced);
        _queue.Add(article, sentences);
        _table.Add(article);
    }

    /// <summary>Writes the pages and puts the report in place as <c>DIR/report/</c>.</summary>
    /// <param name="missingTables">CSV files the run did not write (their layers show as empty).</param>
    /// <param name="unmatchedRows">CSV rows that belong to no article of articles.jsonl.</param>
    public ReportSummary Finish(IReadOnlyList<string> missingTables, long unmatchedRows)
    {
        // The previous report is removed while the pages are written: deleting files the disk
        // already holds takes tens of milliseconds, as long as the pages take. From here on it is
        // replaced anyway (the articles are all in), so nothing is lost by starting early.
        string target = Path.Combine(_runDirectory, ReportGenerator.FolderName);
        var removal = RemoveInBackground(target);
        string data = Path.Combine(_staging, ReportGenerator.DataFolder);
        _table.Dispose();
        _chunks.WriteMap(Path.Combine(data, "chunks.js"));
        _queue.WriteData(Path.Combine(data, "review.js"));
        using (var writer = Writer("index.html"))
            OverviewPage.Write(writer, _runDirectory, _stats, SkippedInputs(), Notes(missingTables, unmatchedRows), _threshold, _queue.Count);
        using (var writer = Writer("review.html"))
            ReviewPage.Write(writer, _threshold, _queue.Count);
        using (var writer = Writer(ArticleViewerPage.FileName))
            ArticleViewerPage.Write(writer, _threshold);

        try { removal.Wait(); }
        // A previous report that cannot be deleted stays as a hidden .old folder; the new one still goes in place.
        catch (AggregateException e) when (e.InnerException is IOException or UnauthorizedAccessException) { }
        Directory.Move(_staging, target);
        return new ReportSummary(Path.GetFullPath(Path.Combine(target, "index.html")), _stats.Articles, _queue.Count, _stats.NotPlaced);
    }

    private List<string> Notes(IReadOnlyList<string> missingTables, long unmatchedRows)
    {
        var notes = new List<string>();
        foreach (var missing in missingTables) notes.Add($"{missing} is not in this output folder: its layer shows as empty.");
        if (unmatchedRows > 0)
            notes.Add($"{unmatchedRows:N0} CSV rows do not line up with articles.jsonl (files from different runs, or re-sorted?) and are not shown.");
        if (_stats.ArticlesWithoutText > 0)
            notes.Add($"{_stats.ArticlesWithoutText:N0} articles have no text in articles.jsonl (a --no-text run): their pages list mentions without the article.");
        if (_stats.NotPlaced > 0)
            notes.Add($"{_stats.NotPlaced:N0} rows have offsets that do not point at their text; each article page lists its own.");
        return notes;
    }

    private List<(string File, string Reason)> SkippedInputs()
    {
        var skipped = new List<(string, string)>();
        using var errors = new CsvRowStream(Path.Combine(_runDirectory, OutputSet.ErrorsFile), ["file", "reason"]);
        for (; errors.Current is { } row; errors.MoveNext()) skipped.Add((row[0], row[1]));
        return skipped;
    }

    private StreamWriter Writer(string name) => new(Path.Combine(_staging, name), append: false, Utf8, 1 << 13);

    /// <summary>Moves the folder out of the way (at once) and deletes it on another thread.</summary>
    private static Task RemoveInBackground(string folder)
    {
        if (!Directory.Exists(folder)) return Task.CompletedTask;
        string retired = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder))!, $".{Path.GetFileName(folder)}.{Guid.NewGuid():N}.old");
        Directory.Move(folder, retired);
        return Task.Run(() => Directory.Delete(retired, recursive: true));
    }

    public void Dispose()
    {
        _table?.Dispose();
        _chunks?.Dispose();
        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }
}
