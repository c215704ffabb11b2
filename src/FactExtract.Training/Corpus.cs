using FactExtract.Entities;
using FactExtract.Text;

namespace FactExtract.Training;

/// <summary>A gold mention over token indices [Start, End) of one sentence.</summary>
internal readonly record struct TokenSpan(int Start, int End, EntityType Type);

internal sealed record LabeledSentence(string[] Tokens, TokenSpan[] Spans);

/// <summary>Sentences that share a document (the recognizer's document memory spans them).</summary>
internal sealed record LabeledDocument(IReadOnlyList<LabeledSentence> Sentences);

/// <summary>A labelled corpus. <see cref="HasMisc"/> is false for corpora that leave MISC things as O.</summary>
internal sealed record Corpus(string Name, IReadOnlyList<LabeledDocument> Documents, bool HasMisc)
{
    public int SentenceCount => Documents.Sum(d => d.Sentences.Count);
    public int TokenCount => Documents.Sum(d => d.Sentences.Sum(s => s.Tokens.Length));
}

/// <summary>
/// A corpus document rendered as text the recognizer can read: tokens joined by single spaces,
/// one <see cref="Sentence"/> per corpus sentence, so training and evaluation use the same
/// code path as the pipeline.
/// </summary>
internal sealed class RenderedDocument
{
    public RenderedDocument(LabeledDocument document)
    {
        Document = document;
        var sb = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        foreach (var s in document.Sentences)
        {
            int first = tokens.Count, sentStart = sb.Length;
            foreach (var tok in s.Tokens)
            {
                if (sb.Length > 0) sb.Append(' ');
                int start = sb.Length;
                sb.Append(tok);
                tokens.Add(new Token(start, sb.Length, KindOf(tok)) { SpaceBefore = true });
            }
            if (tokens.Count > first) sentStart = tokens[first].Start;
            sentences.Add(new Sentence(sentStart, sb.Length, first, tokens.Count));
        }
        Text = sb.ToString();
        Tokens = tokens.ToArray();
        Sentences = sentences.ToArray();
    }

    public LabeledDocument Document { get; }
    public string Text { get; }
    public Token[] Tokens { get; }
    public Sentence[] Sentences { get; }

    private static TokenKind KindOf(string token) =>
        token.Length > 0 && char.IsDigit(token[0]) ? TokenKind.Number
        : token.All(c => char.IsPunctuation(c)) ? TokenKind.Punctuation
        : token.All(c => char.IsSymbol(c)) ? TokenKind.Symbol : TokenKind.Word;

    /// <summary>Maps recognizer mentions back to per-sentence token spans (mentions not on token bounds are dropped).</summary>
    public List<TokenSpan>[] ToTokenSpans(IEnumerable<Entity> entities)
    {
        var result = new List<TokenSpan>[Sentences.Length];
        for (int i = 0; i < result.Length; i++) result[i] = new List<TokenSpan>();
        foreach (var e in entities)
        {
            var sent = Sentences[e.Sentence];
            int a = -1, b = -1;
            for (int t = sent.FirstToken; t < sent.TokenEnd; t++)
            {
                if (Tokens[t].Start == e.Start) a = t;
                if (Tokens[t].End == e.End) b = t + 1;
            }
            if (a >= 0 && b > a) result[e.Sentence].Add(new TokenSpan(a - sent.FirstToken, b - sent.FirstToken, e.Type));
        }
        return result;
    }
}
