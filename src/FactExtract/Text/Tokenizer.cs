namespace FactExtract.Text;

/// <summary>
/// First-cut tokenizer: whitespace-separated chunks with leading and trailing punctuation split
/// off. Keeps exact offsets. (To be replaced by the full news tokenizer.)
/// </summary>
public sealed class Tokenizer
{
    public Token[] Tokenize(string text)
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
