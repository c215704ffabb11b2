using FactExtract.Cli;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Export.Report;

/// <summary>
/// The report as a reviewer sees it: each page opened in headless Chromium after its scripts
/// ran. Needs the Debian package <c>chromium</c>; fails (does not skip) without it.
/// </summary>
public sealed class ReportBrowserTests(ReportRun run) : IClassFixture<ReportRun>
{
    [Fact]
    public void The_run_with_report_succeeds_and_says_where_the_report_is()
    {
        Assert.True(run.ExitCode == ExitCodes.Success, run.Log);
        Assert.Contains("index.html", run.Log);
        Assert.True(File.Exists(run.ReportFile("index.html")));
    }

    [Fact]
    public void The_console_error_check_itself_catches_a_failing_script()
    {
        using var dir = new TempDirectory();
        string page = dir.WriteFile("broken.html", "<!DOCTYPE html><html><body><script>missingFunction();</script></body></html>");
        var result = HeadlessChromium.Open(page);
        Assert.Contains(result.ConsoleMessages, m => m.Contains("missingFunction", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("review.html")]
    [InlineData(ReportRun.HostileFile)]
    [InlineData("seed-article.txt")]
    public void Pages_load_without_console_errors(string page)
    {
        var result = page.EndsWith(".html", StringComparison.Ordinal)
            ? HeadlessChromium.Open(run.ReportFile(page))
            : run.OpenArticle(run.IndexOf(page));
        Assert.Empty(result.ConsoleMessages);
        Assert.Contains("</main>", result.Dom);
    }

    [Fact]
    public void The_article_page_shows_the_article_its_address_names_and_links_its_neighbours()
    {
        int index = run.IndexOf("seed-article.txt");
        var dom = run.OpenArticle(index).Dom;
        Assert.Contains($"article {index + 1:N0} of {run.Articles.Count:N0}", dom);
        Assert.Contains($"<bdi>{System.Net.WebUtility.HtmlEncode(run.Articles[index].Id)}</bdi>", dom);
        Assert.Contains($"href=\"#n={index + 2}\"", dom);
        // The first and the last article have no neighbour on one side; an address past the end says so.
        Assert.Contains("rel=\"prev\" hidden=\"\"", run.OpenArticle(0).Dom);
        Assert.Contains("rel=\"next\" hidden=\"\"", run.OpenArticle(run.Articles.Count - 1).Dom);
        var beyond = HeadlessChromium.Open(run.ReportFile("article.html"), $"#n={run.Articles.Count + 1}");
        Assert.Empty(beyond.ConsoleMessages);
        Assert.Contains($"it has {run.Articles.Count:N0} articles", beyond.Dom);
    }

    [Theory]
    [InlineData("seed-article.txt")]
    [InlineData("space-probe.txt")]
    [InlineData(ReportRun.HostileFile)]
    [InlineData("small/007.txt")]
    public void Highlighted_spans_of_an_article_equal_its_rows_in_entities_csv(string file)
    {
        int index = run.IndexOf(file);
        var expected = run.RowsOf(index);
        Assert.NotEmpty(expected);

        var marks = RenderedPage.Marks(run.OpenArticle(index).Dom);

        Assert.Equal(
            expected.Select(r => (r.Row, r.Start, r.End, r.Type, r.Text)),
            marks.Select(m => (m.Row, m.Start, m.End, m.Type, m.Text)));
        // Low-confidence mentions carry the class that makes them stand out, and only those.
        Assert.Equal(expected.Select(r => r.Confidence < 0.6), marks.Select(m => m.Classes.Split(' ').Contains("low")));
    }

    [Fact]
    public void Markup_in_article_text_is_shown_as_text_and_never_runs()
    {
        var dom = run.OpenArticle(run.IndexOf(ReportRun.HostileFile)).Dom;

        // The injected scripts would set this attribute; as text it appears only inside quotes.
        Assert.DoesNotContain("data-pwned=", dom);
        string body = RenderedPage.DocumentHtml(dom);
        Assert.DoesNotContain("<script", body);
        Assert.DoesNotContain("<img", body);
        Assert.DoesNotContain("<!--", body);
        string visible = RenderedPage.TextOf(body);
        Assert.Contains("<script>document.documentElement.setAttribute('data-pwned','script')</script>", visible);
        Assert.Contains("Fish &amp; Chips", visible);
        Assert.Contains("<!-- a comment -->", visible);
        Assert.Contains("\u202Ereversed text\u202C", visible);
        Assert.Contains("🇬🇧👍🏽 and 𝐌𝐚𝐭𝐡", visible);
        Assert.Equal(ReportRun.HostileText, RenderedPage.ArticleText(dom));

        // The index shows the same title (first line, with its <script>) as text too.
        var index = HeadlessChromium.Open(run.ReportFile("index.html")).Dom;
        Assert.DoesNotContain("data-pwned=", index);
    }

    [Fact]
    public void The_index_lists_every_article_across_its_pages()
    {
        Assert.True(run.Articles.Count > 100, "the fixture needs more than one page of articles");
        var seen = new List<int>();
        for (int page = 1; page <= (run.Articles.Count + 99) / 100; page++)
        {
            var result = HeadlessChromium.Open(run.ReportFile("index.html"), $"#page={page}");
            Assert.Empty(result.ConsoleMessages);
            seen.AddRange(RenderedPage.ArticleLinks(result.Dom).Distinct());
        }
        Assert.Equal(Enumerable.Range(0, run.Articles.Count), seen);
    }

    [Fact]
    public void The_index_filter_from_the_address_narrows_the_table()
    {
        var dom = HeadlessChromium.Open(run.ReportFile("index.html"), "#q=space-probe").Dom;
        Assert.Equal([run.IndexOf("space-probe.txt")], RenderedPage.ArticleLinks(dom).Distinct());
    }

    [Fact]
    public void The_review_queue_lists_doubtful_mentions_lowest_first_linking_to_them()
    {
        var doubtful = run.EntityRows.Where(r => r.Confidence < 0.6).ToList();
        Assert.NotEmpty(doubtful);
        var dom = HeadlessChromium.Open(run.ReportFile("review.html")).Dom;

        Assert.Contains($"{doubtful.Count:N0} rows", dom);
        var links = RenderedPage.MentionLinks(dom);
        Assert.Equal(Math.Min(100, doubtful.Count), links.Count);
        var confidences = links.Select(l => run.EntityRows.Single(r => r.Row == l.Row).Confidence).ToList();
        Assert.All(confidences, c => Assert.True(c < 0.6));
        Assert.Equal(confidences.Order(), confidences);
        Assert.Equal(doubtful.Min(r => r.Confidence), confidences[0]);
        // Each link points at the article the row belongs to.
        Assert.All(links, l => Assert.Contains(run.EntityRows.Single(r => r.Row == l.Row), run.RowsOf(l.Article)));
    }

    [Fact]
    public void A_review_link_selects_its_mention_and_shows_its_row()
    {
        var row = run.EntityRows.Where(r => r.Confidence < 0.6).OrderBy(r => r.Confidence).First();
        int index = Enumerable.Range(0, run.Articles.Count).Single(i => run.RowsOf(i).Contains(row));

        var result = run.OpenArticle(index, row.Row);

        Assert.Empty(result.ConsoleMessages);
        var selected = Assert.Single(RenderedPage.Marks(result.Dom), m => m.Classes.Split(' ').Contains("selected"));
        Assert.Equal(row.Row, selected.Row);
        Assert.Contains($"row {row.Row}", result.Dom);
        Assert.Matches("doubtful [0-9]+ of [0-9]+", result.Dom);
    }
}
