using FactExtract.Ingestion;

namespace FactExtract.Tests.Ingestion;

public class TitleAndLinesTests
{
    [Theory]
    [InlineData("\n\n  Headline of the day  \nBody.", "Headline of the day")]
    [InlineData("This is a sentence.\nMore.", null)]
    [InlineData("Who won?\r\nBody", "Who won?")]
    [InlineData("   \n  ", null)]
    public void Plain_text_title_is_a_short_first_line_without_period(string text, string? expected)
    {
        Assert.Equal(expected, TitleGuesser.ForPlainText(text));
    }

    [Fact]
    public void Plain_text_title_must_be_short()
    {
        Assert.Null(TitleGuesser.ForPlainText(new string('w', 200)));
        Assert.NotNull(TitleGuesser.ForPlainText(new string('w', 199)));
    }

    [Theory]
    [InlineData("intro\n# Title #\n## Sub", "Title")]
    [InlineData("## Only sub\ntext", null)]
    [InlineData("#NoSpace\n# Real", "Real")]
    public void Markdown_title_is_the_first_h1(string text, string? expected)
    {
        Assert.Equal(expected, TitleGuesser.ForMarkdown(text));
    }

    [Fact]
    public void Line_reader_numbers_lines_and_drops_cr()
    {
        var reader = new BoundedLineReader(new StringReader("b\r\n\nc"), 10, prefix: "a");
        var lines = new List<BoundedLine>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        Assert.Equal(new[] { new BoundedLine(1, "ab", false), new BoundedLine(2, "", false), new BoundedLine(3, "c", false) }, lines);
    }

    [Fact]
    public void Line_reader_skips_overlong_lines_across_buffer_refills()
    {
        string input = new string('x', 200_000) + "\nok\n";
        var reader = new BoundedLineReader(new StringReader(input), 1000);
        Assert.Equal(new BoundedLine(1, null, true), reader.ReadLine());
        Assert.Equal(new BoundedLine(2, "ok", false), reader.ReadLine());
        Assert.Null(reader.ReadLine());
    }

    [Fact]
    public void Line_at_exactly_the_limit_with_crlf_is_kept()
    {
        var reader = new BoundedLineReader(new StringReader("abcd\r\n"), 4);
        Assert.Equal(new BoundedLine(1, "abcd", false), reader.ReadLine());
    }
}
