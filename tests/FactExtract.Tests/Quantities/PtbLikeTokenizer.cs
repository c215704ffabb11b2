using FactExtract.Text;

namespace FactExtract.Tests.Quantities;

/// <summary>
/// A test-only tokenizer that cuts text the way the planned PTB-style news tokenizer will
/// ("£1.5bn" -> "£" "1.5bn", "17%" -> "17" "%", "US$" one token, "Europe's" -> "Europe" "'s",
/// hyphenated words whole). Running every case through it and through the first-cut
/// <see cref="Tokenizer"/> checks that the quantity rules do not depend on either.
/// </summary>
internal static class PtbLikeTokenizer
{
    private static readonly HashSet<string> Abbreviations = ["Aug", "Jan", "Sept", "Oct", "Dec", "approx", "a.m", "p.m", "U.S", "c"];

    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            Chunk(text, start, i, tokens);
        }
        return tokens.ToArray();
    }

    private static void Chunk(string text, int start, int end, List<Token> tokens)
    {
        var tail = new Stack<Token>();
        // Leading brackets and quotes (but not the apostrophe of "'90s").
        while (start < end && text[start] is '(' or '[' or '"' or '\u201C' or '\u2018' && !(start + 1 < end && char.IsDigit(text[start + 1]) && text[start] == '\u2018'))
        {
            tokens.Add(new Token(start, start + 1, TokenKind.Punctuation) { SpaceBefore = true });
            start++;
        }
        // Trailing punctuation, "%" and "'s".
        while (end > start)
        {
            char c = text[end - 1];
            if (c == '.' && Abbreviations.Contains(text[start..(end - 1)])) break; // PTB keeps "Aug." whole
            if (c is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' or '"' or '\u201D' or '%')
            {
                tail.Push(new Token(end - 1, end, c == '%' ? TokenKind.Symbol : TokenKind.Punctuation));
                end--;
            }
            else if (end - start > 2 && (c is 's' or 'S') && text[end - 2] is '\'' or '\u2019' && char.IsLetter(text[end - 3]))
            {
                tail.Push(new Token(end - 2, end, TokenKind.Word));
                end -= 2;
            }
            else break;
        }
        if (end > start)
        {
            // Currency sign (or "US$"-style prefix) before a number.
            int letters = start;
            while (letters < end && char.IsAsciiLetterUpper(text[letters])) letters++;
            int sign = letters < end && text[letters] is '$' or '£' or '€' or '¥' ? letters + 1 : -1;
            if (sign > 0 && sign < end && (letters - start) <= 3)
            {
                tokens.Add(new Token(start, sign, TokenKind.Symbol));
                start = sign;
            }
            var kind = char.IsDigit(text[start]) || text[start] is '-' or '+' && start + 1 < end && char.IsDigit(text[start + 1])
                ? TokenKind.Number
                : char.IsPunctuation(text[start]) ? TokenKind.Punctuation : TokenKind.Word;
            tokens.Add(new Token(start, end, kind));
        }
        while (tail.Count > 0) tokens.Add(tail.Pop());
    }
}
