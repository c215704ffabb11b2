using FactExtract.Pipeline;
using FactExtract.Text;

namespace FactExtract.Tests.Pipeline;

public sealed class TextWindowsTests
{
    private static void AssertCoversExactly(string text, List<TextSpan> windows, int maxChars)
    {
        Assert.Equal(0, windows[0].Start);
        Assert.Equal(text.Length, windows[^1].End);
        for (int i = 0; i < windows.Count; i++)
        {
            Assert.InRange(windows[i].Length, 1, maxChars);
            if (i > 0) Assert.Equal(windows[i - 1].End, windows[i].Start);
        }
    }

    [Fact]
    public void A_short_text_is_one_window()
    {
        var windows = new TextWindows(100).Split("Short text.");
        Assert.Equal([new TextSpan(0, 11)], windows);
    }

    [Fact]
    public void Windows_end_where_a_paragraph_begins()
    {
        var paragraph = "One sentence here. Another one follows it.\n\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, 20));
        var windows = new TextWindows(200).Split(text);
        AssertCoversExactly(text, windows, 200);
        Assert.True(windows.Count > 1);
        foreach (var w in windows.Take(windows.Count - 1))
            Assert.EndsWith("it.\n\n", text[w.Start..w.End]);
    }

    [Fact]
    public void Without_blank_lines_windows_end_after_a_sentence()
    {
        var text = string.Concat(Enumerable.Repeat("Mr Smith said \"it is fine.\" Then he left the room ", 30));
        var windows = new TextWindows(300).Split(text);
        AssertCoversExactly(text, windows, 300);
        foreach (var w in windows.Take(windows.Count - 1))
            Assert.EndsWith("fine.\" ", text[w.Start..w.End]);
    }

    [Fact]
    public void Without_sentences_windows_end_between_words_and_without_spaces_between_surrogates()
    {
        var words = string.Concat(Enumerable.Repeat("alpha beta gamma ", 50));
        foreach (var w in new TextWindows(64).Split(words).SkipLast(1))
            Assert.EndsWith(" ", words[w.Start..w.End]);

        var emoji = string.Concat(Enumerable.Repeat("\U0001F600", 100)); // surrogate pairs, no spaces
        var windows = new TextWindows(33).Split(emoji);
        AssertCoversExactly(emoji, windows, 33);
        Assert.All(windows, w => Assert.False(char.IsLowSurrogate(emoji[w.Start])));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Random_texts_are_covered_exactly(int seed)
    {
        var random = new Random(seed);
        var pieces = new[] { "word", " ", "\n", "\n\n", ". ", "Name", "\r\n", "\t", "x" };
        var text = string.Concat(Enumerable.Range(0, 5000).Select(_ => pieces[random.Next(pieces.Length)]));
        foreach (int max in new[] { 2, 3, 50, 1000 })
            AssertCoversExactly(text, new TextWindows(max).Split(text), max);
    }
}
