using FactExtract.Text;

namespace FactExtract.Tests.Text;

public sealed class LineWrapDetectorTests
{
    private const string Wrapped =
        "A rare early handwritten draft of a song by U.S. guitar legend Jimi\n" +
        "Hendrix was sold for almost $17,000 on Thursday at an auction of some\n" +
        "of the late musician's favourite possessions.\n";

    [Fact]
    public void A_line_the_next_word_would_not_fit_on_is_wrapped()
    {
        var detector = new LineWrapDetector();
        int lineEnd = Wrapped.IndexOf("Jimi\n", StringComparison.Ordinal) + 4;

        Assert.True(detector.IsWrapped(Wrapped, lineEnd, lineEnd + 1));
    }

    [Fact]
    public void A_short_headline_above_a_wrapped_paragraph_is_not_wrapped()
    {
        var text = "Hendrix draft sold\r\n" + Wrapped.Replace("\n", "\r\n");
        var detector = new LineWrapDetector();

        Assert.False(detector.IsWrapped(text, "Hendrix draft sold".Length, "Hendrix draft sold\r\n".Length));
    }

    [Fact]
    public void Narrow_blocks_are_never_wrapped()
    {
        const string text = "Rare Hendrix song draft\nLONDON 1996\nSold";
        var detector = new LineWrapDetector();

        Assert.False(detector.IsWrapped(text, 23, 24));
    }

    [Fact]
    public void A_long_headline_over_a_short_byline_is_not_wrapped()
    {
        const string text = "UK and France agree 'one in, one out' migrant deal\nBy Jane Smith, BBC News\nPublished 10 July 2025";
        var detector = new LineWrapDetector();

        Assert.False(detector.IsWrapped(text, 50, 51));
    }

    [Fact]
    public void Width_is_measured_per_block_between_blank_lines()
    {
        // The second block is one long unwrapped paragraph; the first block's width must not leak into it.
        var text = "Short headline here\n\n" + Wrapped + "\nHeadline after a blank line\n" + string.Join(" ", Enumerable.Repeat("word", 60));
        var detector = new LineWrapDetector();
        int jimi = text.IndexOf("Jimi\n", StringComparison.Ordinal) + 4;
        int headline = text.IndexOf("Headline after a blank line", StringComparison.Ordinal) + "Headline after a blank line".Length;

        Assert.False(detector.IsWrapped(text, "Short headline here".Length, "Short headline here".Length + 2));
        Assert.True(detector.IsWrapped(text, jimi, jimi + 1));
        Assert.False(detector.IsWrapped(text, headline, headline + 1));
    }
}
