using System.Text;
using System.Text.Json;
using FactExtract.Cli;
using FactExtract.Ingestion;
using FactExtract.Tests.TestSupport;
using static FactExtract.Tests.Cli.CliHarness;

namespace FactExtract.Tests.Ingestion;

/// <summary>Issue 13, ingestion items: HTML references and metadata, lenient JSON strings, stray NULs, FIFOs.</summary>
public sealed class IngestionHardeningTests
{
    private static JsonElement SingleArticle(string outputFolder)
    {
        var line = Assert.Single(File.ReadAllLines(Path.Combine(outputFolder, "articles.jsonl")));
        return JsonDocument.Parse(line).RootElement.Clone();
    }

    // --- item 8: invalid numeric character references ------------------------------------------

    [Theory]
    [InlineData("<p>Code &#99999999; here.</p>", "Code \uFFFD here.")]
    [InlineData("<p>Half &#55357; pair.</p>", "Half \uFFFD pair.")]
    [InlineData("<p>Hex &#xD800; and &#x110000; and &#0;.</p>", "Hex \uFFFD and \uFFFD and \uFFFD.")]
    [InlineData("<p>Fine &#8364;5 and &#x1F600; and &amp;.</p>", "Fine €5 and 😀 and &.")]
    [InlineData("<p>Not a reference &#; or &#x; or &#12</p>", "Not a reference &#; or &#x; or &#12")]
    public void Invalid_numeric_references_decode_to_the_replacement_character(string html, string text) =>
        Assert.Equal(text, new HtmlTextExtractor().Extract(html).Text);

    [Fact]
    public void An_invalid_reference_is_not_read_as_a_number_by_extract()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.WriteFile("page.html", "<html><body><p>The code &#99999999; was shown to 40 people.</p></body></html>");
        var r = Run("extract", input.Path, "--out", output.Path, "--quiet");
        Assert.True(r.Code == ExitCodes.Success, r.Err);
        var quantities = SingleArticle(output.Path).GetProperty("quantities").EnumerateArray().Select(q => q.GetProperty("text").GetString()).ToList();
        Assert.Equal(["40"], quantities);
    }

    // --- item 17: publication date and address from the page's tags ------------------------------

    [Fact]
    public void Html_meta_tags_give_date_url_and_a_fallback_title()
    {
        const string html = """
            <html><head>
            <meta property="og:title" content="Rates held &amp; steady">
            <meta property="og:url" content="https://example.org/og">
            <link rel="canonical" href="https://example.org/news/rates">
            <meta name="date" content="2024-01-01">
            <meta property="article:published_time" content=" 2024-03-05T09:30:00Z ">
            </head><body><p>The bank held rates at 5%. <time datetime="2023-12-31">Sunday</time></p></body></html>
            """;
        var page = new HtmlTextExtractor().Extract(html);
        Assert.Equal("2024-03-05T09:30:00Z", page.Date);
        Assert.Equal("https://example.org/news/rates", page.Url);
        Assert.Equal("Rates held & steady", page.Title);
    }

    [Theory]
    [InlineData("<meta itemprop='datePublished' content='2022-02-02'><time datetime=2021-01-01>x</time>", "2022-02-02", null)]
    [InlineData("<p>Body</p><time datetime=\"2021-01-01\">New Year</time><time datetime=\"2020-01-01\">x</time>", "2021-01-01", null)]
    [InlineData("<meta property=og:url content=https://example.org/a><p>Body</p>", null, "https://example.org/a")]
    [InlineData("<link href='https://example.org/c' rel='alternate canonical'><p>Body</p>", null, "https://example.org/c")]
    public void Date_and_url_sources_in_order_of_trust(string html, string? date, string? url)
    {
        var page = new HtmlTextExtractor().Extract(html);
        Assert.Equal(date, page.Date);
        Assert.Equal(url, page.Url);
    }

    [Fact]
    public void Extract_writes_the_page_date_and_url_to_articles_jsonl()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.WriteFile("page.html", """
            <html><head><title>T</title><meta property="article:published_time" content="2024-03-05">
            <link rel="canonical" href="https://example.org/x"></head><body><p>Ten ships left Oslo.</p></body></html>
            """);
        var r = Run("extract", input.Path, "--out", output.Path, "--quiet");
        Assert.True(r.Code == ExitCodes.Success, r.Err);
        var article = SingleArticle(output.Path);
        Assert.Equal("2024-03-05", article.GetProperty("date").GetString());
        Assert.Equal("https://example.org/x", article.GetProperty("url").GetString());
    }

    // --- item 19: be strict only where it protects the user ----------------------------------------

    [Fact]
    public void A_lone_surrogate_escape_becomes_the_replacement_character_not_a_lost_record()
    {
        var items = new JsonLinesArticleSource(new StringReader("{\"text\":\"a\\ud800b \\ud83d\\ude00 \\udc00\",\"title\":\"t\\ud800\",\"id\":\"x\\udfff\"}\n{\"text\":\"next\"}")).Read().ToList();
        var article = items[0].Article!;
        Assert.Equal("a\uFFFDb 😀 \uFFFD", article.Text);
        Assert.Equal("t\uFFFD", article.Title);
        Assert.Equal("x\uFFFD", article.Id);
        Assert.Equal("next", items[1].Article!.Text);
    }

    [Fact]
    public void A_text_file_with_a_few_stray_nul_bytes_is_read_with_them_replaced()
    {
        const string story = "Prices rose 5% in Paris last year, officials said on Monday, and they expect a further rise as energy costs climb.\0"
            + " The central bank\0 declined to comment on the figures.\0";
        var bytes = Encoding.UTF8.GetBytes(story);
        var result = new TextDecoder().Decode(bytes);
        Assert.True(result.Ok, result.FailureReason);
        Assert.Equal(story.Replace('\0', '\uFFFD'), result.Text);
        Assert.Equal(Encoding.UTF8.GetString(bytes).Length, result.Text!.Length); // offsets unchanged
    }

    [Fact]
    public void Mostly_nul_bytes_are_still_binary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 4 == 0 ? 0 : 'a')).ToArray();
        Assert.Equal(IngestReasons.Binary, new TextDecoder().Decode(bytes).FailureReason);
    }

    [Fact]
    public void A_json_lines_stream_whose_first_record_is_damaged_stays_json_lines()
    {
        var items = new JsonLinesArticleSource(new StringReader("{\"text\": broken\n{\"text\":\"Ten ships.\"}\n")).Read().ToList();
        Assert.StartsWith(IngestReasons.InvalidJsonPrefix, items[0].Error!.Reason);
        Assert.Equal("-:1", items[0].Error!.File);
        Assert.Equal("Ten ships.", items[1].Article!.Text);
    }

    // --- item 12: a FIFO in a folder is skipped, not opened ------------------------------------------

    [Fact]
    public async Task A_fifo_in_an_input_folder_is_skipped_as_not_a_regular_file()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.WriteFile("a.txt", "Ten ships left Oslo.");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [input.Combine("b.txt")])!) mkfifo.WaitForExit();

        var run = Task.Run(() => Run("extract", input.Path, "--out", output.Path, "--quiet"));
        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))) == run, "the run hung on the FIFO");

        Assert.Equal(ExitCodes.SomeInputsSkipped, (await run).Code);
        Assert.Contains("b.txt,not a regular file", File.ReadAllText(output.Combine("errors.csv")));
        Assert.Single(File.ReadAllLines(output.Combine("articles.jsonl")));
    }
}
