using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Facts;

/// <summary>
/// Finds the noun a quantity counts or measures, from tokens next to it in its sentence:
/// the head noun after a number (<c>380,000 people</c>, <c>20 non-EU nations</c>), the noun
/// of an of-phrase (<c>41% of those arrivals</c>), the noun half of a number compound
/// (<c>47-member EPC</c> → <c>member</c>; adjectival compounds look on: <c>27-strong EU bloc</c> →
/// <c>bloc</c>), and for percents and money with nothing after them, the noun before the verb or
/// <c>of</c> that introduces them (<c>turnout was 64%</c>, <c>profits of £2bn</c>).
/// </summary>
internal sealed class MeasureFinder
{
    private const int MaxPhraseWords = 4;

    // Words that may sit between a measured noun and its number ("turnout was 64%", "sales rose to £3m").
    private static readonly WordSet BackwardBridge = new(
        "to", "by", "at", "of", "from", "was", "is", "were", "are", "has", "have", "had", "been", "be", "stood",
        "reached", "hit", "totalled", "totaled", "will", "would", "now", "just", "nearly", "further", "some",
        "than", "reach", "stands", "stand");

    // Verbs that take a number as object; the word before them is not what is measured.
    private static readonly WordSet ObjectVerbs = new(
        "won", "lost", "got", "took", "spent", "paid", "raised", "earned", "made", "received", "secured",
        "gained", "scored", "saw", "had", "needs", "need", "needed", "cost", "costs", "owes", "owed", "said");

    public string Find(FactContext ctx, Quantity q, Sentence sentence)
    {
        if (q.Kind is QuantityKind.Date or QuantityKind.Ordinal) return "";
        int last = ctx.TokenAt(Math.Max(q.Start, q.End - 1));
        if (last >= sentence.TokenEnd) return "";

        var compound = Compound(ctx, q, last, sentence, out int afterCompound);
        if (compound is not null) return compound;

        int next = afterCompound;
        while (next < sentence.TokenEnd && (ctx.IsIn(next, FactLexicon.ScaleWords)
               || (q.Kind == QuantityKind.Percent && ctx.IsIn(next, FactLexicon.PercentWords))))
            next++;

        if (next < sentence.TokenEnd && ctx.Is(next, "of"))
            return HeadAfterDeterminers(ctx, next + 1, sentence.TokenEnd);

        if (q.Kind == QuantityKind.Number)
            return HeadNoun(ctx, next, sentence.TokenEnd);

        if (q.Kind == QuantityKind.Money && next < sentence.TokenEnd && ctx.Is(next, "in"))
        {
            var inPhrase = HeadAfterDeterminers(ctx, next + 1, sentence.TokenEnd);
            if (inPhrase.Length > 0) return inPhrase;
        }

        // Percent or money: a noun right after (`a 64% turnout`, `a £5m contract`), else before.
        var forward = HeadNoun(ctx, next, sentence.TokenEnd);
        if (forward.Length > 0 && !IsChangeWord(forward)) return forward;
        return Backward(ctx, q, sentence);
    }

    /// <summary>
    /// `47-member` is one token holding the number and its noun (the quantity span is only `47`).
    /// Returns the measure, or null when the token is not such a compound.
    /// </summary>
    private static string? Compound(FactContext ctx, Quantity q, int token, Sentence sentence, out int next)
    {
        next = token + 1;
        var t = ctx.Tokens[token];
        int suffixStart;
        if (t.End > q.End && ctx.Text[q.End] == '-') suffixStart = q.End + 1;
        else if (t.End == q.End && next + 1 < sentence.TokenEnd && ctx.Is(next, "-")
                 && !ctx.Tokens[next].SpaceBefore && !ctx.Tokens[next + 1].SpaceBefore)
        {
            // Tokenizers that split hyphens: `47 - member`.
            suffixStart = ctx.Tokens[next + 1].Start;
            t = ctx.Tokens[next + 1];
            next += 2;
        }
        else return null;

        var suffix = ctx.Text.AsSpan(suffixStart, t.End - suffixStart);
        if (suffix.Length == 0 || !char.IsLetter(suffix[0])) return null;
        int dash = suffix.IndexOf('-');
        var first = dash < 0 ? suffix : suffix[..dash];
        int lastDash = suffix.LastIndexOf('-');
        var lastPart = lastDash < 0 ? suffix : suffix[(lastDash + 1)..];
        if (FactLexicon.AdjectivalCompoundSuffixes.Contains(lastPart))
        {
            // `27-strong EU bloc`, `30-year-old man`: the noun that follows is what is measured.
            var head = HeadNoun(ctx, next, sentence.TokenEnd);
            if (head.Length > 0) return head;
        }
        return first.ToString();
    }

    private static string HeadAfterDeterminers(FactContext ctx, int i, int end)
    {
        while (i < end && (ctx.IsIn(i, FactLexicon.Determiners) || ctx.Tokens[i].Kind == TokenKind.Number)) i++;
        return HeadNoun(ctx, i, end);
    }

    /// <summary>
    /// The head of the noun phrase starting at <paramref name="i"/>: the first plural, else the
    /// last word before a function word, verb-like word or punctuation (at most four words).
    /// </summary>
    private static string HeadNoun(FactContext ctx, int i, int end)
    {
        int head = -1;
        for (int n = 0; i < end && n < MaxPhraseWords; i++, n++)
        {
            var tok = ctx.Tokens[i];
            if (tok.Kind != TokenKind.Word) break;
            var w = ctx.Word(i);
            if (FactLexicon.PhraseStoppers.Contains(w) || FactLexicon.Determiners.Contains(w)) break;
            if (w[0] is '\'' or '\u2019') break; // possessive clitic
            if (n > 0 && LooksLikeVerb(w)) break;
            head = i;
            if (IsPlural(w)) break;
        }
        return head < 0 ? "" : ctx.Text.Substring(ctx.Tokens[head].Start, ctx.Tokens[head].Length);
    }

    private string Backward(FactContext ctx, Quantity q, Sentence sentence)
    {
        int anchor = q.QualifierStart >= 0 && q.QualifierStart < q.Start ? q.QualifierStart : q.Start;
        int i = ctx.TokenBefore(anchor);
        for (int steps = 0; i >= sentence.FirstToken && steps < 5; i--, steps++)
        {
            var tok = ctx.Tokens[i];
            if (tok.Kind != TokenKind.Word) return "";
            var w = ctx.Word(i);
            if (BackwardBridge.Contains(w) || IsChangeWord(w)) continue;
            if (FactLexicon.Determiners.Contains(w) || FactLexicon.PhraseStoppers.Contains(w)
                || ObjectVerbs.Contains(w) || LooksLikeVerb(w)) return "";
            return ctx.Text.Substring(tok.Start, tok.Length);
        }
        return "";
    }

    private static bool IsChangeWord(ReadOnlySpan<char> w) =>
        FactLexicon.IncreaseWords.Contains(w) || FactLexicon.DecreaseWords.Contains(w);

    private static bool IsChangeWord(string w) => IsChangeWord(w.AsSpan());

    internal static bool IsPlural(ReadOnlySpan<char> w)
    {
        if (FactLexicon.IrregularPlurals.Contains(w)) return true;
        if (w.Length < 3) return false;
        // `MPs`, `nations`, `books`; not `class`, `status`, `analysis`.
        return w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i') && char.IsLetter(w[^2]);
    }

    private static bool LooksLikeVerb(ReadOnlySpan<char> w) =>
        w.Length > 4 && char.IsLower(w[0]) && (w.EndsWith("ed") || w.EndsWith("ing"));
}
