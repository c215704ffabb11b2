using System.Text;
using FactExtract.Ingestion;
using FactExtract.Text;

namespace FactExtract.Export.Report;

/// <summary>What a report run produced.</summary>
/// <param name="IndexPath">Full path of the overview page to open.</param>
public sealed record ReportSummary(string IndexPath, int Articles, int Doubtful, long NotPlaced);

/// <summary>
/// Builds the HTML review report of a run from its output folder (the CSVs and articles.jsonl),
/// so <c>extract --report</c> and <c>report DIR</c> share one path. The site is written to a
/// staging folder and swapped in as <c>DIR/report/</c> at the end: a failed or interrupted
/// build leaves the previous report as it was.
/// </summary>
public sealed class ReportGenerator(double threshold = ReportGenerator.DefaultThreshold)
{
    public const double DefaultThreshold = 0.6;
    public const string FolderName = "report";
    /// <summary>The report's data files (the article table, the review queue, the article chunks), loaded by the pages' scripts.</summary>
    public const string DataFolder = "data";
    private static readonly UTF8Encoding Utf8 = new(false);

    public ReportSummary Generate(string runDirectory, CancellationToken cancellationToken = default)
    {
        string target = Path.Combine(runDirectory, FolderName);
        string staging = Path.Combine(runDirectory, $".{FolderName}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            var summary = Build(runDirectory, staging, cancellationToken);
            Swap(staging, target);
            return summary with { IndexPath = Path.GetFullPath(Path.Combine(target, "index.html")) };
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private ReportSummary Build(string runDirectory, string staging, CancellationToken cancellationToken)
    {
        string data = Path.Combine(staging, DataFolder);
        Directory.CreateDirectory(data);
        ReportAssets.CopyTo(Path.Combine(staging, "assets"));

        using var run = new RunReader(runDirectory);
        var stats = new RunStatistics(threshold);
        var queue = new ReviewQueue(threshold);
        var textStage = new TextStage();
        using (var chunks = new ArticleChunks(data))
        {
            using (var table = new ArticleTableData(Path.Combine(data, "overview.js")))
            {
                foreach (var article in run.Articles(cancellationToken))
                {
                    var sentences = SentencesOf(article, textStage);
                    int notPlaced = chunks.Add(article, sentences, threshold);
                    stats.Add(article, notPlaced);
                    queue.Add(article, sentences);
                    table.Add(article);
                }
            }
            chunks.WriteMap(Path.Combine(data, "chunks.js"));
        }

        var notes = Notes(run, stats);
        using (var writer = Writer(Path.Combine(staging, "index.html")))
            OverviewPage.Write(writer, runDirectory, stats, SkippedInputs(runDirectory), notes, threshold, queue.Count);
        queue.WriteData(Path.Combine(data, "review.js"));
        using (var writer = Writer(Path.Combine(staging, "review.html")))
            ReviewPage.Write(writer, threshold, queue.Count);
        using (var writer = Writer(Path.Combine(staging, ArticleViewerPage.FileName)))
            ArticleViewerPage.Write(writer, threshold);
        return new ReportSummary("", stats.Articles, queue.Count, stats.NotPlaced);
    }

    /// <summary>The sentence boundaries the run used: the project's own splitter, re-run on the text (a small share of a run's time).</summary>
    private static Sentence[] SentencesOf(ReportArticle article, TextStage textStage)
    {
        if (article.Text is null) return [];
        var document = new Document(new Article(article.Id, article.File, article.Text));
        textStage.Process(document);
        return document.Sentences;
    }

    private static List<string> Notes(RunReader run, RunStatistics stats)
    {
        var notes = new List<string>();
        foreach (var missing in run.MissingTables) notes.Add($"{missing} is not in this output folder: its layer shows as empty.");
        if (run.UnmatchedRows > 0)
            notes.Add($"{run.UnmatchedRows:N0} CSV rows do not line up with articles.jsonl (files from different runs, or re-sorted?) and are not shown.");
        if (stats.ArticlesWithoutText > 0)
            notes.Add($"{stats.ArticlesWithoutText:N0} articles have no text in articles.jsonl (a --no-text run): their pages list mentions without the article.");
        if (stats.NotPlaced > 0)
            notes.Add($"{stats.NotPlaced:N0} rows have offsets that do not point at their text; each article page lists its own.");
        return notes;
    }

    private static List<(string File, string Reason)> SkippedInputs(string runDirectory)
    {
        var skipped = new List<(string, string)>();
        using var errors = new CsvRowStream(Path.Combine(runDirectory, OutputSet.ErrorsFile), ["file", "reason"]);
        for (; errors.Current is { } row; errors.MoveNext()) skipped.Add((row[0], row[1]));
        return skipped;
    }

    private static StreamWriter Writer(string path) => new(path, append: false, Utf8, 1 << 13);

    private static void Swap(string staging, string target)
    {
        string? old = null;
        if (Directory.Exists(target))
        {
            old = target + $".{Guid.NewGuid():N}.old";
            Directory.Move(target, old);
        }
        Directory.Move(staging, target);
        if (old is not null) Directory.Delete(old, recursive: true);
    }
}
