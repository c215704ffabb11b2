using FactExtract.Text;

namespace FactExtract.Tests.Text;

public sealed class TextCharsTests
{
    public static TheoryData<int> AsciiAndSamples()
    {
        var data = new TheoryData<int>();
        for (int c = 0; c < 128; c++) data.Add(c);
        foreach (char c in "\u00A0\u00AD\u00E9\u00DF\u0301\u0660\u2013\u2019\u200B\u2029\u3000\uFEFF\u4E2D") data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(AsciiAndSamples))]
    public void Lookup_table_agrees_with_the_Unicode_categories(int code)
    {
        char c = (char)code;
        var text = c.ToString();

        Assert.Equal(char.IsLetter(c), TextChars.IsLetter(c));
        Assert.Equal(char.IsDigit(c), TextChars.IsDigit(c));
        Assert.Equal(char.IsUpper(c), TextChars.IsUpper(c));
        Assert.Equal(char.IsLower(c), TextChars.IsLower(c));
        Assert.Equal(char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format,
            TextChars.IsSeparator(c));
        bool mark = char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;
        Assert.Equal(char.IsLetterOrDigit(c) || c == '_' || mark, TextChars.WordWidth(text, 0) == 1);
    }

    // UTF-16 code units, not strings: xunit serialises a lone surrogate in a string to the same
    // test id for both cases and silently skipped one as a duplicate (issue 13, item 22).
    [Theory]
    [InlineData(new[] { 0xD835, 0xDC00 }, 2)] // mathematical bold capital A: a letter outside the BMP
    [InlineData(new[] { 0xD83D, 0xDE00 }, 0)] // emoji: a symbol
    [InlineData(new[] { 0xD835 }, 0)]         // lone high surrogate
    [InlineData(new[] { 0xDC00 }, 0)]         // lone low surrogate
    public void Surrogate_pairs_count_as_one_character(int[] codeUnits, int width) =>
        Assert.Equal(width, TextChars.WordWidth(new string(codeUnits.Select(u => (char)u).ToArray()), 0));

    [Theory]
    [InlineData("a\nb", 1)]
    [InlineData("a\r\nb", 1)]
    [InlineData("a\rb", 1)]
    [InlineData("a\n \n\tb", 2)]
    [InlineData("a\u2029b", 2)]
    [InlineData("a  b", 0)]
    public void Counts_line_breaks(string text, int breaks) => Assert.Equal(breaks, TextChars.LineBreaks(text, 0, text.Length));
}
