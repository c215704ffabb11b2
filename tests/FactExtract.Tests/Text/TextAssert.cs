using FactExtract.Text;

namespace FactExtract.Tests.Text;

/// <summary>One place that checks the invariants every token and sentence layer must keep.</summary>
internal static class TextAssert
{
    public static string Kinds(IEnumerable<Token> tokens) =>
        string.Concat(tokens.Select(t => t.Kind switch
        {
            TokenKind.Word => 'W',
            TokenKind.Number => 'N',
            TokenKind.Punctuation => 'P',
            TokenKind.Symbol => 'S',
            TokenKind.Url => 'U',
            TokenKind.Email => 'E',
            _ => '?',
        }));

    public static string[] Texts(string text, IEnumerable<Token> tokens) =>
        tokens.Select(t => text[t.Start..t.End]).ToArray();

    /// <summary>
    /// Tokens are non-empty, in increasing non-overlapping order inside the text, contain no
    /// whitespace, never cut a surrogate pair, set SpaceBefore exactly when separators precede them, and leave out only
    /// separator characters (whitespace, control and format characters).
    /// </summary>
    public static void ValidTokens(string text, Token[] tokens)
    {
        int previousEnd = 0;
        bool first = true;
        foreach (var t in tokens)
        {
            Assert.True(t.Start >= previousEnd, $"token {t.Start}-{t.End} overlaps the previous one ending at {previousEnd}");
            Assert.True(t.End > t.Start, $"empty token at {t.Start}");
            Assert.True(t.End <= text.Length, $"token {t.Start}-{t.End} runs past the text ({text.Length})");
            for (int k = previousEnd; k < t.Start; k++)
                Assert.True(TextChars.IsSeparator(text[k]), $"character U+{(int)text[k]:X4} at {k} is in no token");
            for (int k = t.Start; k < t.End; k++)
                Assert.False(char.IsWhiteSpace(text[k]), $"token {t.Start}-{t.End} contains whitespace at {k}");
            Assert.False(CutsSurrogatePair(text, t.Start), $"token starts inside a surrogate pair at {t.Start}");
            Assert.False(CutsSurrogatePair(text, t.End), $"token ends inside a surrogate pair at {t.End}");
            Assert.Equal(first || t.Start > previousEnd, t.SpaceBefore); // a gap means skipped separators
            previousEnd = t.End;
            first = false;
        }
        for (int k = previousEnd; k < text.Length; k++)
            Assert.True(TextChars.IsSeparator(text[k]), $"character U+{(int)text[k]:X4} at {k} is in no token");
    }

    /// <summary>Sentences partition the tokens: contiguous, non-empty, in order, spans matching their tokens.</summary>
    public static void ValidSentences(Token[] tokens, Sentence[] sentences)
    {
        int next = 0;
        foreach (var s in sentences)
        {
            Assert.Equal(next, s.FirstToken);
            Assert.True(s.TokenEnd > s.FirstToken, $"empty sentence at token {s.FirstToken}");
            Assert.Equal(tokens[s.FirstToken].Start, s.Start);
            Assert.Equal(tokens[s.TokenEnd - 1].End, s.End);
            next = s.TokenEnd;
        }
        Assert.Equal(tokens.Length, next);
    }

    private static bool CutsSurrogatePair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);
}
