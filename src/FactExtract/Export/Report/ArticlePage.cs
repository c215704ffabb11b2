using FactExtract.Text;

namespace FactExtract.Export.Report;

/// <summary>
/// One article's page (<c>articles/NNNNNN.html</c>): heading and metadata, legend, the text with
/// its highlights and facts, a details panel for the selected mention, and whatever could not be
/// placed in the text. Without text (a <c>--no-text</c> run) the mentions are listed instead.
/// </summary>
internal sealed class ArticlePage(double threshold)
{
    private readonly ArticleTextRenderer _text = new(threshold);

    public static string FileName(int index) => $"{index:D6}.html";

    /// <param name="notPlaced">How many rows could not be shown in the text.</param>
    public void Write(TextWriter w, ReportArticle article, IReadOnlyList<Sentence> sentences, int articleCount, out int notPlaced)
    {
        notPlaced = 0;
        PageShell.Begin(w, article.DisplayTitle, "../", $"data-threshold=\"{threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"");
        w.Write("<header class=\"top\"><strong>FactExtract report</strong><a href=\"../index.html\">overview</a><a href=\"../review.html\">review queue</a>");
        if (article.Index > 0) w.Write($"<a href=\"{FileName(article.Index - 1)}\" rel=\"prev\">← previous article</a>");
        if (article.Index + 1 < articleCount) w.Write($"<a href=\"{FileName(article.Index + 1)}\" rel=\"next\">next article →</a>");
        w.Write($"<span class=\"muted\">article {article.Index + 1:N0} of {articleCount:N0}</span></header>\n<main>\n<h1 dir=\"auto\">");
        Html.Write(w, article.DisplayTitle);
        w.Write("</h1>\n<p class=\"muted\">");
        WriteMeta(w, article);
        w.Write("</p>\n");
        WriteLegend(w, article);

        w.Write("<div class=\"layout\"><div>\n");
        if (article.Text is { } text)
        {
            var layout = MentionLayout.For(text, article.Entities, article.Quantities);
            _text.Write(w, article, text, sentences, layout);
            notPlaced = layout.NotPlaced.Count;
            WriteNotPlaced(w, layout);
        }
        else
        {
            w.Write("<p class=\"unplaced\">This run's articles.jsonl has no article text (it was made with --no-text), so the mentions are listed without their text.</p>\n");
            WriteMentionList(w, article);
            if (article.Facts.Count > 0) FactList.Write(w, article.Facts);
        }
        w.Write("</div>\n<aside class=\"details\" aria-live=\"polite\"><div id=\"doubtful-position\" class=\"muted\"></div>");
        w.Write("<div id=\"details\"><p class=\"muted\">Select a highlighted mention (click or Tab) to see its row.</p></div>");
        w.Write("<p class=\"muted\"><kbd>n</kbd>/<kbd>j</kbd> next doubtful mention, <kbd>p</kbd>/<kbd>k</kbd> previous, <kbd>Esc</kbd> clear.</p></aside>\n</div>\n");
        w.Write("</main>\n<script src=\"../assets/article.js\"></script>\n");
        PageShell.End(w);
    }

    private static void WriteMeta(TextWriter w, ReportArticle a)
    {
        w.Write("id <bdi>");
        Html.Write(w, a.Id);
        w.Write("</bdi> · file <bdi>");
        Html.Write(w, a.File);
        w.Write("</bdi>");
        if (!string.IsNullOrEmpty(a.Date)) { w.Write(" · date "); Html.Write(w, a.Date); }
        if (!string.IsNullOrEmpty(a.Url))
        {
            w.Write(" · ");
            // Only web addresses become links; anything else (javascript:, data:) stays text.
            if (a.Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || a.Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                w.Write("<a rel=\"noreferrer\" href=\"");
                Html.Write(w, a.Url);
                w.Write("\">");
                Html.Write(w, a.Url);
                w.Write("</a>");
            }
            else { w.Write("url <bdi>"); Html.Write(w, a.Url); w.Write("</bdi>"); }
        }
        w.Write($" · {a.Words:N0} words · {a.Entities.Count:N0} entities · {a.Quantities.Count:N0} quantities · {a.Facts.Count:N0} facts");
    }

    private void WriteLegend(TextWriter w, ReportArticle a)
    {
        w.Write("<div class=\"legend\" aria-label=\"legend\">");
        foreach (var type in new[] { "PERSON", "LOCATION", "ORGANIZATION", "MISC" })
            w.Write($"<span class=\"{type}\">{type} {a.Entities.Count(e => e.Type == type):N0}</span>");
        w.Write($"<span class=\"q\">quantity {a.Quantities.Count:N0}</span>");
        w.Write($"<span class=\"low\">confidence below {threshold:0.###}: {a.Entities.Count(e => e.IsBelow(threshold)):N0}</span>");
        w.Write("</div>\n");
    }

    private static void WriteNotPlaced(TextWriter w, MentionLayout layout)
    {
        if (layout.NotPlaced.Count == 0) return;
        w.Write($"<div class=\"unplaced\"><strong>{layout.NotPlaced.Count:N0} rows could not be shown in the text</strong> (offsets from another text or another offset unit?)<ul>");
        foreach (var (table, row, text, reason) in layout.NotPlaced)
        {
            w.Write($"<li>{table} row {row}: <bdi>");
            Html.Write(w, text);
            w.Write("</bdi> — ");
            Html.Write(w, reason);
            w.Write("</li>");
        }
        w.Write("</ul></div>\n");
    }

    private void WriteMentionList(TextWriter w, ReportArticle a)
    {
        w.Write("<table><thead><tr><th>mention</th><th>type</th><th>canonical</th><th class=\"num\">confidence</th><th>source</th><th class=\"num\">entities.csv row</th></tr></thead><tbody>");
        foreach (var e in a.Entities)
        {
            string confidence = ArticleTextRenderer.ConfidenceText(e.Confidence);
            w.Write($"<tr><td><mark class=\"e {ArticleTextRenderer.TypeClass(e.Type)}{(e.IsBelow(threshold) ? " low" : "")}\" id=\"m{e.Row}\" tabindex=\"0\" data-row=\"{e.Row}\" data-start=\"{e.Start}\" data-end=\"{e.End}\" data-conf=\"{confidence}\" data-type=\"");
            Html.Write(w, e.Type);
            w.Write("\" data-canonical=\"");
            Html.Write(w, e.Canonical);
            w.Write("\" data-source=\"");
            Html.Write(w, e.Source);
            w.Write("\">");
            Html.Write(w, e.Text);
            w.Write("</mark></td><td>");
            Html.Write(w, e.Type);
            w.Write("</td><td>");
            Html.Write(w, e.Canonical);
            w.Write($"</td><td class=\"num\">{confidence}</td><td>");
            Html.Write(w, e.Source);
            w.Write($"</td><td class=\"num\">{e.Row}</td></tr>");
        }
        w.Write("</tbody></table>\n");
    }
}
