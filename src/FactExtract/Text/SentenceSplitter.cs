namespace FactExtract.Text;

/// <summary>First-cut sentence splitter: ends at '.', '!' or '?' tokens and at blank lines.</summary>
public sealed class SentenceSplitter
{
    public Sentence[] Split(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            bool end = i == tokens.Length - 1;
            var t = tokens[i];
            if (!end && t.Kind == TokenKind.Punctuation && t.Length == 1 && text[t.Start] is '.' or '!' or '?')
                end = true;
            if (!end && text.AsSpan(t.End, tokens[i + 1].Start - t.End).Count('\n') >= 2)
                end = true;
            if (end)
            {
                sentences.Add(new Sentence(tokens[first].Start, t.End, first, i + 1));
                first = i + 1;
            }
        }
        return sentences.ToArray();
    }
}
