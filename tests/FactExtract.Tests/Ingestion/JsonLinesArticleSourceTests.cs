using FactExtract.Ingestion;

namespace FactExtract.Tests.Ingestion;

public class JsonLinesArticleSourceTests
{
    [Fact]
    public void Jsonl_lines_become_articles_and_bad_lines_errors()
    {
        const string input = "\n  {\"text\":\"One\",\"id\":\"a\"}\n[1]\n{\"text\":\"\"}\n{\"text\":\"Four\"}\n{\"text\":";
        var items = new JsonLinesArticleSource(new StringReader(input)).Read().ToList();
        Assert.Equal(5, items.Count);
        Assert.Equal(("a", "One", "-"), (items[0].Article!.Id, items[0].Article!.Text, items[0].Article!.File));
        Assert.Equal(new IngestError("-:3", IngestReasons.NotAnObject), items[1].Error);
        Assert.Equal(new IngestError("-:4", IngestReasons.EmptyText), items[2].Error);
        Assert.Equal("stdin#5", items[3].Article!.Id);
        Assert.StartsWith(IngestReasons.InvalidJsonPrefix, items[4].Error!.Reason);
        Assert.Equal("-:6", items[4].Error!.File);
    }

    [Fact]
    public void Non_string_optional_fields_are_ignored_and_the_last_duplicate_wins()
    {
        var a = Assert.Single(new JsonLinesArticleSource(new StringReader("{\"text\":\"ok\",\"id\":{\"x\":1},\"title\":5,\"text\":\"dup\"}")).Read()).Article!;
        Assert.Equal(("stdin#1", null, "dup"), (a.Id, a.Title, a.Text));
    }

    [Fact]
    public void Plain_text_input_is_one_article()
    {
        const string input = "\n\nHeadline here\r\nThe body { with braces }.\n";
        var item = Assert.Single(new JsonLinesArticleSource(new StringReader(input)).Read());
        Assert.Equal(JsonLinesArticleSource.PlainTextId, item.Article!.Id);
        Assert.Equal(input, item.Article.Text); // leading blank lines kept: offsets are from the stream start
        Assert.Equal("Headline here", item.Article.Title);
    }

    [Fact]
    public void Empty_input_is_an_error()
    {
        var item = Assert.Single(new JsonLinesArticleSource(new StringReader(" \n "), "in").Read());
        Assert.Equal(new IngestError("in", IngestReasons.Empty), item.Error);
    }

    [Fact]
    public void Plain_input_over_the_limit_is_refused()
    {
        var source = new JsonLinesArticleSource(new StringReader(new string('x', 100)), "-", new IngestOptions { MaxFileBytes = 50 });
        Assert.StartsWith(IngestReasons.InputTooLargePrefix, Assert.Single(source.Read()).Error!.Reason);
    }

    [Fact]
    public void Overlong_line_is_skipped_and_the_next_line_read()
    {
        string input = "{\"text\":\"" + new string('x', 500) + "\"}\n{\"text\":\"short\"}\n";
        var items = new JsonLinesArticleSource(new StringReader(input), "-", new IngestOptions { MaxFileBytes = 100 }).Read().ToList();
        Assert.StartsWith(IngestReasons.LineTooLongPrefix, items[0].Error!.Reason);
        Assert.Equal("short", items[1].Article!.Text);
    }

    [Fact]
    public async Task First_article_is_yielded_before_the_stream_ends()
    {
        // A pipe that blocks forever after the first line: reading to the end would hang the test.
        var reader = new BlockingAfterFirstLine("{\"text\":\"first\"}\n");
        var task = Task.Run(() => new JsonLinesArticleSource(reader).Read().First());
        var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(10)));
        reader.Release();
        Assert.Same(task, finished); // otherwise the source read past the first line before yielding
        Assert.Equal("first", (await task).Article!.Text);
    }

    [Fact]
    public void A_stream_source_reads_once()
    {
        var source = new JsonLinesArticleSource(new StringReader("text"));
        _ = source.Read().ToList();
        Assert.Throws<InvalidOperationException>(() => source.Read());
    }

    /// <summary>Serves one line, then blocks until released (like a mapper's stdin mid-stream).</summary>
    private sealed class BlockingAfterFirstLine(string firstLine) : TextReader
    {
        private readonly ManualResetEventSlim _released = new();
        private int _pos;

        public void Release() => _released.Set();

        public override int Read()
        {
            if (_pos < firstLine.Length) return firstLine[_pos++];
            _released.Wait();
            return -1;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            if (_pos < firstLine.Length)
            {
                int n = Math.Min(count, firstLine.Length - _pos);
                firstLine.CopyTo(_pos, buffer, index, n);
                _pos += n;
                return n;
            }
            _released.Wait();
            return 0;
        }
    }
}
