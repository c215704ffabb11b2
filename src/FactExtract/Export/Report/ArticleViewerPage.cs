using System.Globalization;

namespace FactExtract.Export.Report;

/// <summary>
/// <c>article.html</c>: the one page that shows every article (<c>article.html#n=12</c> is the
/// overview's article 12). <c>article.js</c> loads the article's data chunk and builds the text
/// with its highlights, the facts beside their sentences and the details panel; moving to the
/// previous or next article changes only the address, so paging needs no page load.
/// </summary>
internal static class ArticleViewerPage
{
    public const string FileName = "article.html";

    public static void Write(TextWriter w, double threshold)
    {
        PageShell.Begin(w, "Article", "", $"data-threshold=\"{threshold.ToString(CultureInfo.InvariantCulture)}\"");
        w.Write("<header class=\"top\"><strong>FactExtract report</strong><a href=\"index.html\">overview</a><a href=\"review.html\">review queue</a>");
        w.Write("<a id=\"previous\" rel=\"prev\" hidden>← previous article</a><a id=\"next\" rel=\"next\" hidden>next article →</a>");
        w.Write("<span class=\"muted\" id=\"position\"></span></header>\n<main>\n");
        w.Write("<h1 dir=\"auto\" id=\"title\"></h1>\n<p class=\"muted\" id=\"meta\"></p>\n");
        w.Write("<div class=\"legend\" aria-label=\"legend\" id=\"legend\"></div>\n");
        w.Write("<div class=\"layout\"><div id=\"article\"><noscript>The article page needs JavaScript; the rows are in the run's CSV files.</noscript></div>\n");
        w.Write("<aside class=\"details\" aria-live=\"polite\"><div id=\"doubtful-position\" class=\"muted\"></div>");
        w.Write("<div id=\"details\"><p class=\"muted\">Select a highlighted mention (click or Tab) to see its row.</p></div>");
        w.Write("<p class=\"muted\"><kbd>n</kbd>/<kbd>j</kbd> next doubtful mention, <kbd>p</kbd>/<kbd>k</kbd> previous, <kbd>Esc</kbd> clear; ");
        w.Write("<kbd>]</kbd>/<kbd>[</kbd> next/previous article.</p></aside>\n</div>\n");
        w.Write("</main>\n<script src=\"data/chunks.js\"></script>\n<script src=\"assets/article.js\"></script>\n");
        PageShell.End(w);
    }
}
