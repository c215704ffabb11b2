using System.Globalization;

namespace FactExtract.Export.Report;

/// <summary>
/// <c>index.html</c>: the run at a glance (counts, skipped inputs, charts) and the article table,
/// which <c>overview.js</c> fills from <c>data/overview.js</c>.
/// </summary>
internal static class OverviewPage
{
    /// <summary>Skipped inputs listed on the page; errors.csv has them all.</summary>
    private const int ShownErrors = 1000;

    public static void Write(TextWriter w, string runDirectory, RunStatistics stats, IReadOnlyList<(string File, string Reason)> skipped,
        IReadOnlyList<string> notes, double threshold, int doubtful)
    {
        string thresholdText = threshold.ToString(CultureInfo.InvariantCulture);
        PageShell.Begin(w, "Run overview", "", $"data-threshold=\"{thresholdText}\"");
        w.Write("<header class=\"top\"><strong>FactExtract report</strong><a href=\"index.html\">overview</a><a href=\"review.html\">review queue</a></header>\n<main>\n");
        w.Write("<h1>Run overview</h1>\n<p class=\"muted\">output folder <bdi>");
        Html.Write(w, Path.GetFullPath(runDirectory));
        w.Write("</bdi></p>\n");
        foreach (var note in notes)
        {
            w.Write("<p class=\"unplaced\">");
            Html.Write(w, note);
            w.Write("</p>\n");
        }

        w.Write("<div class=\"cards\">");
        Card(w, "articles", stats.Articles);
        Card(w, "words", stats.Words);
        Card(w, "entities", stats.Entities);
        Card(w, "quantities", stats.Quantities);
        Card(w, "facts", stats.Facts);
        w.Write($"<a class=\"card\" href=\"review.html\"><b>{doubtful:N0}</b>mentions below {thresholdText}</a>");
        Card(w, "skipped inputs", skipped.Count);
        w.Write("</div>\n");

        w.Write("<h2>By kind</h2>\n<div class=\"charts\">\n");
        SvgBarChart.Write(w, "Entities by type", Sorted(stats.EntityTypes));
        SvgBarChart.Write(w, "25 most mentioned entities (canonical name)", stats.TopEntities(25));
        SvgBarChart.Write(w, "Quantities by kind", Sorted(stats.QuantityKinds));
        SvgBarChart.Write(w, "Facts by kind", Sorted(stats.FactKinds));
        SvgBarChart.Write(w, "Articles by number of facts", RunStatistics.FactBuckets
            .Select((label, i) => new KeyValuePair<string, long>(label + (label == "1" ? " fact" : " facts"), stats.FactsPerArticle[i])).ToList());
        w.Write("</div>\n");

        w.Write($"<h2>Skipped inputs ({skipped.Count:N0})</h2>\n");
        if (skipped.Count == 0) w.Write("<p class=\"muted\">none</p>\n");
        else
        {
            w.Write("<table><thead><tr><th>file</th><th>reason</th></tr></thead><tbody>\n");
            foreach (var (file, reason) in skipped.Take(ShownErrors))
            {
                w.Write("<tr><td>");
                Html.Write(w, file);
                w.Write("</td><td>");
                Html.Write(w, reason);
                w.Write("</td></tr>\n");
            }
            w.Write("</tbody></table>\n");
            if (skipped.Count > ShownErrors) w.Write($"<p class=\"muted\">and {skipped.Count - ShownErrors:N0} more in errors.csv</p>\n");
        }

        w.Write("<h2>Articles</h2>\n<div id=\"articles\"><noscript>The article table needs JavaScript; the rows are in the run's CSV files.</noscript></div>\n");
        w.Write("</main>\n<script src=\"assets/table.js\"></script>\n<script src=\"data/overview.js\"></script>\n<script src=\"assets/overview.js\"></script>\n");
        PageShell.End(w);
    }

    private static void Card(TextWriter w, string label, long value) => w.Write($"<div class=\"card\"><b>{value:N0}</b>{label}</div>");

    private static List<KeyValuePair<string, long>> Sorted(Dictionary<string, long> counts) => RunStatistics.Top(counts, counts.Count);
}
