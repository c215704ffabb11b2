using FactExtract.Ingestion;
using FactExtract.Text;

namespace FactExtract.Export.Report;

/// <summary>What a report run produced.</summary>
/// <param name="IndexPath">Full path of the overview page to open.</param>
internal sealed record ReportSummary(string IndexPath, int Articles, int Doubtful, long NotPlaced);

/// <summary>
/// Builds the HTML review report of a run from its output folder (the CSVs and articles.jsonl):
/// <c>report DIR</c>, and <c>extract --report</c> when the run does not write every table the
/// report reads (otherwise <see cref="LiveReport"/> builds it while the run writes). The site is
/// swapped in as <c>DIR/report/</c> at the end: a failed or interrupted build leaves the
/// previous report as it was.
/// </summary>
internal sealed class ReportGenerator(double threshold = ReportGenerator.DefaultThreshold)
{
    public const double DefaultThreshold = 0.6;
    public const string FolderName = "report";
    /// <summary>The report's data files (the article table, the review queue, the article chunks), loaded by the pages' scripts.</summary>
    public const string DataFolder = "data";

    public ReportSummary Generate(string runDirectory, CancellationToken cancellationToken = default)
    {
        using var run = new RunReader(runDirectory);
        using var builder = new ReportBuilder(runDirectory, threshold);
        var textStage = new TextStage();
        foreach (var article in run.Articles(cancellationToken))
            builder.Add(article, SentencesOf(article, textStage));
        return builder.Finish(run.MissingTables, run.UnmatchedRows);
    }

    /// <summary>The sentence boundaries the run used: the project's own splitter, re-run on the text.</summary>
    private static Sentence[] SentencesOf(ReportArticle article, TextStage textStage)
    {
        if (article.Text is null) return [];
        var document = new Document(new Article(article.Id, article.File, article.Text));
        textStage.Process(document);
        return document.Sentences;
    }
}
