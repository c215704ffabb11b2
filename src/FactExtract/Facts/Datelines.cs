using FactExtract.Lang;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Facts;

/// <summary>The dateline that may open a sentence of wire copy; its places are where the report was filed.</summary>
internal static class Datelines
{
    /// <summary>
    /// Where a dateline ends ("DAYTON, Ohio (AP) —", "OSLO (Reuters) -", and without an agency "MUMBAI, June 21 -",
    /// "SAN JOSE, Calif., March 3, 2026 --"): its place names say where the report was filed, not what a figure
    /// is about. The sentence's first token when there is none.
    /// </summary>
    public static int End(FactContext ctx, Sentence sentence)
    {
        int limit = Math.Min(sentence.TokenEnd, sentence.FirstToken + MaxDatelineTokens);
        if (limit - sentence.FirstToken < 3) return sentence.FirstToken; // too short to hold a place, a date and a dash
        bool capitalsFirst = English.IsInCapitals(ctx.Word(sentence.FirstToken)), month = false;
        for (int i = sentence.FirstToken + 1; i + 1 < limit; i++)
        {
            var word = ctx.Word(i);
            if (word is ")") return IsDash(ctx.Word(i + 1)) ? i + 2 : sentence.FirstToken; // "OSLO (Reuters) -"
            if (!capitalsFirst) continue;
            if (NumberWords.Get(word).Is(WordClass.Month)) month = true;
            // The date ends right before the dash ("June 21 -", "March 3, 2026 --"), not "UK prices fell in March - the …".
            else if (month && IsDash(word) && ctx.Tokens[i - 1].Kind == TokenKind.Number) return i + 1;
        }
        return sentence.FirstToken;
    }

    /// <summary>
    /// Whether <paramref name="entity"/> lies in its sentence's dateline ("OSLO", "Reuters" of "OSLO, March 12 (Reuters) -"):
    /// where and by whom the report was filed, never what "the company" or "it" later refers to.
    /// </summary>
    public static bool Holds(FactContext ctx, Entities.Entity entity)
    {
        var sentence = ctx.Sentences[entity.Sentence];
        int token = ctx.TokenAt(entity.Start);
        // A dateline ends within its first tokens: most names lie past them and need no look at the sentence's start.
        return token < sentence.FirstToken + MaxDatelineTokens && token < End(ctx, sentence);
    }

    /// <summary>"SAN JOSE, Calif., March 3, 2026 --" is eleven tokens; a dateline is never much longer.</summary>
    private const int MaxDatelineTokens = 14;

    private static bool IsDash(ReadOnlySpan<char> word) => word is "-" or "—" or "–" or "--";
}
