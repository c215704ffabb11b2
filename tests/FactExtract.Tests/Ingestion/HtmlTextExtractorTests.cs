using FactExtract.Ingestion;

namespace FactExtract.Tests.Ingestion;

public class HtmlTextExtractorTests
{
    private readonly HtmlTextExtractor _html = new();

    [Fact]
    public void Visible_text_title_entities_and_paragraphs()
    {
        const string page = """
            <!DOCTYPE html>
            <html><head><title>EU &amp; migration</title>
            <style>p { color: red } </style>
            <script>var x = "<p>not text</p>"; if (a < b) {}</script>
            <meta charset="utf-8"></head>
            <body>
              <!-- a comment <p>hidden</p> -->
              <h1>Arrivals   rise</h1>
              <p>More than 380,000 people &#8220;entered&#x201D; the&nbsp;EU.<br>New line &lt;here&gt;.</p>
              <noscript><p>Enable JS</p></noscript>
              <template><p>tpl</p></template>
              <ul><li>one</li><li>two &quot;2&quot; &#39;x&#39;</li></ul>
            </body></html>
            """;
        var result = _html.Extract(page);
        Assert.Equal("EU & migration", result.Title);
        Assert.Equal(
            "Arrivals rise\n\nMore than 380,000 people \u201Centered\u201D the EU.\nNew line <here>.\n\none\ntwo \"2\" 'x'",
            result.Text);
    }

    [Theory]
    [InlineData("a < b and c > d", "a < b and c > d")]
    [InlineData("<p>unclosed <b>bold", "unclosed bold")]
    [InlineData("text <!-- never closed", "text")]
    [InlineData("x <a href=\"broken>link</a> y", "x link y")]
    [InlineData("<p>one<p>two", "one\n\ntwo")]
    [InlineData("<div", "")]
    [InlineData("<script>no end", "")]
    [InlineData("I <3 news", "I <3 news")]
    [InlineData("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>", "a b\nc")]
    [InlineData("1990&#150;1995 &#147;q&#148;", "1990\u20131995 \u201Cq\u201D")]
    public void Malformed_markup_does_not_throw(string html, string expected)
    {
        Assert.Equal(expected, _html.Extract(html).Text);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Any_soup_of_markup_fragments_extracts_without_throwing(int[] picks)
    {
        string[] pieces = ["<", ">", "</", "<p>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#", "&#x1F600;", "\"", "'",
            "=", "<title>", "<head>", "</head>", "<noscript>", "text", " ", "\n", "<br/>", "<a href=\"", "<!DOCTYPE", "<?"];
        string html = string.Concat((picks ?? []).Select(p => pieces[(p & int.MaxValue) % pieces.Length]));
        var result = _html.Extract(html);
        // Collapsed text never starts or ends with whitespace nor holds a double space.
        return result.Text.Trim() == result.Text && !result.Text.Contains("  ");
    }

    [Fact]
    public void Unclosed_title_does_not_swallow_the_page()
    {
        var result = _html.Extract("<title>Headline<body><p>Body text</p>");
        Assert.Equal("Headline", result.Title);
        Assert.Equal("Body text", result.Text);
    }

    [Fact]
    public void Title_entities_are_decoded_once()
    {
        Assert.Equal("A &lt; B \u201Cq\u201D", _html.Extract("<title> A &amp;lt;\n B &#8220;q&#8221; </title>x").Title);
    }

    [Fact]
    public void Head_without_end_tag_ends_at_first_body_element()
    {
        var result = _html.Extract("<head><title>T</title><meta x=1><p>Shown</p>");
        Assert.Equal("Shown", result.Text);
    }

    [Fact]
    public void Many_unclosed_titles_stay_linear()
    {
        string html = string.Concat(Enumerable.Repeat("<title>x ", 100_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = _html.Extract(html);
        Assert.Equal("x", result.Title);
        Assert.Equal("", result.Text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), watch.Elapsed.ToString()); // a hang guard: quadratic would take hours; loose so a loaded CI machine never flakes
    }

    [Fact]
    public void Large_page_is_linear_enough()
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < 200_000; i++) sb.Append("<p class=\"x\">Para ").Append(i).Append(" &amp; more</p>");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var text = _html.Extract(sb.ToString()).Text;
        Assert.StartsWith("Para 0 & more\n\nPara 1 & more", text);
        Assert.EndsWith("Para 199999 & more", text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), watch.Elapsed.ToString()); // hang guard, not a speed target
    }
}
