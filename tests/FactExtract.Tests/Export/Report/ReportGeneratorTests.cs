using System.Text;
using FactExtract.Cli;
using FactExtract.Export.Report;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Export.Report;

public sealed class ReportGeneratorTests
{
    private const string EntityHeader = "article_id,file,sentence,start,end,text,type,canonical,confidence,source\r\n";

    /// <summary>A run folder written by hand: one article line and the given entities.csv rows.</summary>
    private static TempDirectory RunFolder(string text, string entityRows, bool withText = true)
    {
        var dir = new TempDirectory();
        var json = new StringBuilder("{\"id\":\"a\",\"file\":\"a.txt\",\"title\":null,\"date\":null,\"url\":null,\"words\":3,\"sentences\":1,\"entities\":[],\"quantities\":[],\"facts\":[]");
        if (withText) json.Append(",\"text\":").Append(System.Text.Json.JsonSerializer.Serialize(text));
        json.Append("}\n");
        File.WriteAllText(dir.Combine("articles.jsonl"), json.ToString());
        File.WriteAllText(dir.Combine("entities.csv"), EntityHeader + entityRows);
        File.WriteAllText(dir.Combine("errors.csv"), "file,reason\r\n\"b<i>.txt\",binary file\r\n");
        return dir;
    }

    private static HeadlessChromium.PageResult OpenFirstArticle(TempDirectory run) =>
        HeadlessChromium.Open(run.Combine("report", "article.html"), RenderedPage.ArticleFragment(0));

    [Fact]
    public void Escapes_everything_that_html_would_interpret()
    {
        Assert.Equal("&lt;script&gt;a&amp;amp;b&lt;!-- c --&gt;&quot;&#39;", Html.Escape("<script>a&amp;b<!-- c -->\"'"));
        Assert.Equal("x\uFFFDy", Html.Escape("x\uD800y"));
        Assert.Equal("🇬🇧", Html.Escape("🇬🇧"));
    }

    [Fact]
    public void Rows_whose_offsets_do_not_point_at_their_text_are_listed_not_placed()
    {
        const string text = "Paris and Rome and Oslo.";
        using var run = RunFolder(text,
            "a,a.txt,0,0,5,Paris,LOCATION,Paris,0.900,model\r\n" +
            "a,a.txt,0,1,5,aris,LOCATION,aris,0.900,model\r\n" +     // overlaps Paris
            "a,a.txt,0,10,14,Oslo,LOCATION,Oslo,0.400,model\r\n" +   // points at "Rome"
            "a,a.txt,0,19,99,Oslo,LOCATION,Oslo,0.500,model\r\n");   // past the end
        var summary = new ReportGenerator().Generate(run.Path);

        Assert.Equal(3, summary.NotPlaced);
        string page = OpenFirstArticle(run).Dom;
        Assert.Single(RenderedPage.Marks(page));
        Assert.Contains("entities.csv row 3", page);
        Assert.Contains("entities.csv row 4", page);
        Assert.Contains("entities.csv row 5", page);
        Assert.Contains("3 rows have offsets", File.ReadAllText(run.Combine("report", "index.html")));
    }

    [Fact]
    public void A_five_megabyte_single_line_with_markup_renders_as_text_in_a_browser()
    {
        var text = new StringBuilder();
        while (text.Length < 5 << 20) text.Append("<b>bold</b> &amp; <!-- x --> ");
        int start = text.Length;
        text.Append("Lisbon");
        using var run = RunFolder(text.ToString(), $"a,a.txt,0,{start},{start + 6},Lisbon,LOCATION,Lisbon,0.300,model\r\n");
        new ReportGenerator().Generate(run.Path);

        var result = OpenFirstArticle(run);

        Assert.Empty(result.ConsoleMessages);
        var mark = Assert.Single(RenderedPage.Marks(result.Dom));
        Assert.Equal(("Lisbon", start), (mark.Text, mark.Start));
        string body = RenderedPage.DocumentHtml(result.Dom);
        Assert.DoesNotContain("<b>", body);
        Assert.Equal(text.ToString(), RenderedPage.ArticleText(result.Dom));
    }

    [Fact]
    public void A_run_without_text_lists_its_mentions()
    {
        using var run = RunFolder("", "a,a.txt,0,0,5,Paris,LOCATION,Paris,0.900,model\r\n", withText: false);
        new ReportGenerator().Generate(run.Path);
        var result = OpenFirstArticle(run);
        Assert.Empty(result.ConsoleMessages);
        string page = result.Dom;
        Assert.Contains("--no-text", page);
        Assert.Equal("Paris", Assert.Single(RenderedPage.Marks(page)).Text);
    }

    [Fact]
    public void Skipped_inputs_are_listed_escaped()
    {
        using var run = RunFolder("Paris.", "");
        new ReportGenerator().Generate(run.Path);
        string index = File.ReadAllText(run.Combine("report", "index.html"));
        Assert.Contains("b&lt;i&gt;.txt", index);
        Assert.Contains("binary file", index);
    }

    [Fact]
    public void A_new_report_replaces_the_old_one_as_a_whole()
    {
        using var run = RunFolder("Paris.", "");
        Directory.CreateDirectory(run.Combine("report"));
        File.WriteAllText(run.Combine("report", "stale.html"), "old");
        new ReportGenerator().Generate(run.Path);
        Assert.False(File.Exists(run.Combine("report", "stale.html")));
        Assert.True(File.Exists(run.Combine("report", "index.html")));
        Assert.Equal([run.Combine("report")], Directory.GetDirectories(run.Path));
    }

    private static (int Code, string Err) Cli(params string[] args)
    {
        var err = new StringWriter();
        int code = Program.Run(args, new CliConsole(new StringReader(""), new StringWriter(), err), CancellationToken.None);
        return (code, err.ToString());
    }

    [Fact]
    public void Report_command_rejects_a_folder_that_is_not_a_run()
    {
        using var empty = new TempDirectory();
        var (code, err) = Cli("report", empty.Path);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("articles.jsonl", err);
        Assert.Equal(ExitCodes.UsageError, Cli("report", empty.Combine("missing")).Code);
        Assert.Equal(ExitCodes.UsageError, Cli("report").Code);
        Assert.Equal(ExitCodes.UsageError, Cli("report", empty.Path, "--threshold", "2").Code);
    }

    [Fact]
    public void Report_command_builds_the_report_of_an_existing_run()
    {
        using var run = RunFolder("Paris is big.", "a,a.txt,0,0,5,Paris,LOCATION,Paris,0.300,model\r\n");
        var (code, err) = Cli("report", run.Path, "--threshold", "0.5");
        Assert.True(code == ExitCodes.Success, err);
        Assert.Contains("1 mentions below 0.5", err);
        Assert.Contains("\"Paris\"", File.ReadAllText(run.Combine("report", "data", "review.js")));
    }

    [Theory]
    [InlineData("--no-text")]
    [InlineData("--out", "-")]
    public void Extract_report_refuses_options_it_cannot_work_with(params string[] extra)
    {
        using var input = new TempDirectory();
        input.WriteFile("a.txt", "Paris.");
        Assert.Equal(ExitCodes.UsageError, Cli(["extract", input.Path, "--report", "--quiet", .. extra]).Code);
    }
}
