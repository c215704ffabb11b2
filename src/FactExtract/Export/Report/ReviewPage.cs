using System.Globalization;

namespace FactExtract.Export.Report;

/// <summary><c>review.html</c>: the review queue's page; <c>review.js</c> fills its table from <c>data/review.js</c>.</summary>
internal static class ReviewPage
{
    public static void Write(TextWriter w, double threshold, int count)
    {
        string thresholdText = threshold.ToString(CultureInfo.InvariantCulture);
        PageShell.Begin(w, "Review queue", "", $"data-threshold=\"{thresholdText}\"");
        w.Write("<header class=\"top\"><strong>FactExtract report</strong><a href=\"index.html\">overview</a><a href=\"review.html\">review queue</a></header>\n<main>\n");
        w.Write($"<h1>Review queue</h1>\n<p class=\"muted\">{count:N0} entity mentions with confidence below {thresholdText}, lowest first. ");
        w.Write("Each links to its place in the article; the row number is the mention's row in entities.csv (header = row 1).</p>\n");
        w.Write("<div id=\"queue\"><noscript>The review queue needs JavaScript.</noscript></div>\n");
        w.Write("</main>\n<script src=\"assets/table.js\"></script>\n<script src=\"data/review.js\"></script>\n<script src=\"assets/review.js\"></script>\n");
        PageShell.End(w);
    }
}
