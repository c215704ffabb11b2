using FactExtract.Text;

namespace FactExtract.Tests.Quantities;

/// <summary>
/// The project's first-cut tokenizer (whitespace chunks with edge punctuation split off), kept
/// here so the quantity rules stay robust to a much cruder cut than the PTB tokenizer:
/// "£1.5bn", "US$3bn", "(17%)" arrive as single chunks or with "%" split, "-3.5" as "-" "3.5".
/// </summary>
internal static class CrudeTokenizer
{
    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            int end = i;
            bool space = start == 0 || char.IsWhiteSpace(text[start - 1]);
            while (start < end && char.IsPunctuation(text[start]))
            {
                tokens.Add(new Token(start, start + 1, TokenKind.Punctuation) { SpaceBefore = space });
                space = false;
                start++;
            }
            int trail = end;
            while (trail > start && char.IsPunctuation(text[trail - 1])) trail--;
            if (trail > start)
                tokens.Add(new Token(start, trail, char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word) { SpaceBefore = space });
            for (int p = trail; p < end; p++)
                tokens.Add(new Token(p, p + 1, TokenKind.Punctuation));
        }
        return tokens.ToArray();
    }
}
