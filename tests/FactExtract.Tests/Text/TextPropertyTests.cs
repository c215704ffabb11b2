using FactExtract.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FactExtract.Tests.Text;

/// <summary>
/// Arbitrary text: news fragments mixed with random BMP characters (lone surrogates included),
/// surrogate pairs, control and format characters, whitespace and very long runs.
/// </summary>
public static class HostileText
{
    private static readonly string[] Fragments =
    [
        "U.S.", "Mr.", "Italy’s", "don't", "'s", "n't", "''", "``", "...", "…", "--", "—", "–", "£1.5bn", "17%", "US$",
        "380,000", "1996-08-22", "10:30", "-3", ".5", "'90s", "http://", "https://x.org/a(b)", "www.", "a@b.co", "@",
        "#", "@x", "#y", "e.g.", "etc.", "J.", "1.", "\"", "“", "”", "‘", "’", "«", "»", "(", ")", ".", "!", "?", ",",
        "\n", "\n\n", "\r\n", " ", "\t", "\u00A0", "\u200B", "\u00AD", "\u200D", "\uFEFF", "\0", "\u0007", "\u2029",
        "😀", "𝐀", "\uD800", "\uDC00", "\uDBFF\uDFFF", "Zürich", "é", "e\u0301", "AT&T", "The", "he", "-", "/", ":",
    ];

    public static Arbitrary<string> Strings()
    {
        var pieces = Gen.Frequency(
            (6, Gen.Elements(Fragments)),
            (3, Gen.Choose(32, 126).Select(c => ((char)c).ToString())),
            (2, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32)),
            (1, Gen.Choose(1, 3000).SelectMany(n => Gen.Elements('a', '9', '-', '.', '\'', ',', '’').Select(c => new string(c, n)))));
        return Arb.From(Gen.ListOf(pieces).Select(list => string.Concat(list)));
    }
}

[Properties(Arbitrary = [typeof(HostileText)], MaxTest = 300)]
public sealed class TextPropertyTests
{
    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();

    [Property]
    public void Tokens_are_ordered_whitespace_free_and_cover_all_content(string text)
    {
        var tokens = _tokenizer.Tokenize(text);

        TextAssert.ValidTokens(text, tokens);
    }

    [Property]
    public void Sentences_partition_the_tokens(string text)
    {
        var tokens = _tokenizer.Tokenize(text);

        var sentences = _splitter.Split(text, tokens);

        TextAssert.ValidSentences(tokens, sentences);
    }

    [Property]
    public void Tokenizing_is_deterministic_and_context_free_across_a_paragraph_break(string a, string b)
    {
        // A token never reaches across a blank line, so tokenizing the halves apart gives the same tokens.
        var text = a + "\n\n" + b;
        var whole = _tokenizer.Tokenize(text);
        var left = _tokenizer.Tokenize(a);
        var right = _tokenizer.Tokenize(b).Select(t => t with { Start = t.Start + a.Length + 2, End = t.End + a.Length + 2 });

        Assert.Equal(whole, _tokenizer.Tokenize(text));
        Assert.Equal(left.Concat(right).Select(t => (t.Start, t.End, t.Kind)), whole.Select(t => (t.Start, t.End, t.Kind)));
    }
}
