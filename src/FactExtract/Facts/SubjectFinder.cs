using FactExtract.Entities;
using FactExtract.Text;
using FactExtract.Lang;

namespace FactExtract.Facts;

/// <summary>
/// Picks the entity a quantity fact is about: the entity a number compound modifies
/// (<c>47-member EPC</c>), else the nearest entity of the sentence, counting a clause break
/// (comma, dash, colon, bracket) as a long way. Entities introduced as examples
/// (<c>including the UK</c>, <c>such as</c>) and possessive owners of a person
/// (<c>France’s Emmanuel Macron</c>) are skipped.
/// </summary>
internal sealed class SubjectFinder
{
    private const int ClauseBreakCost = 8;
    private const int PersonCost = 2;

    private static readonly WordSet ExampleMarkers = new("including", "like", "includes", "include", "among");

    /// <param name="firstToken">First token of the quantity.</param>
    /// <param name="lastToken">Last token of the quantity.</param>
    public string Find(FactContext ctx, int sentenceIndex, int firstToken, int lastToken, bool compound)
    {
        var sentence = ctx.Sentences[sentenceIndex];
        var (first, end) = ctx.EntitiesOf(sentenceIndex);
        if (compound && lastToken + 1 < sentence.TokenEnd)
        {
            // The recognizer may have missed the name a compound modifies; the same word named elsewhere counts.
            var named = NamedElsewhere(ctx, lastToken + 1);
            if (named is not null) return named;
        }
        Entity? best = null;
        int bestCost = int.MaxValue;
        for (int e = first; e < end; e++)
        {
            var entity = ctx.Entities[e];
            if (entity.Sentence != sentenceIndex && ctx.Document.SentenceIndexAt(entity.Start) != sentenceIndex) continue;
            int eFirst = ctx.TokenAt(entity.Start), eLast = ctx.TokenAt(entity.End - 1);
            if (eLast >= firstToken && eFirst <= lastToken) continue; // overlaps the number itself
            if (compound && eFirst == lastToken + 1) return entity.Canonical; // "47-member EPC"
            if (entity.Text.StartsWith("non-", StringComparison.OrdinalIgnoreCase)) continue; // "non-EU nations" are not the EU
            if (IsExample(ctx, eFirst, sentence) || IsPossessiveOwnerOfPerson(ctx, entity, e, end, eLast)) continue;

            int cost = eFirst > lastToken
                ? Cost(ctx, lastToken + 1, eFirst)
                : Cost(ctx, eLast + 1, firstToken);
            if (entity.Type == EntityType.Person) cost += PersonCost;
            if (cost < bestCost) { best = entity; bestCost = cost; }
        }
        return best?.Canonical ?? "";
    }

    /// <summary>
    /// The name a number compound modifies when the recognizer did not tag it ("the 47-member EPC"):
    /// the same word's canonical name elsewhere, an acronym's definition in the text, or the word.
    /// </summary>
    private static string? NamedElsewhere(FactContext ctx, int token)
    {
        var word = ctx.Word(token);
        if (word.Length < 2 || !char.IsUpper(word[0]) || ctx.Tokens[token].Kind != TokenKind.Word) return null;
        if (ctx.EntityCovering(ctx.Tokens[token].Start) is not null) return null; // it is tagged here
        if (ctx.CanonicalOfText(word) is { } named) return named;
        var text = word.ToString();
        bool acronym = text.Length <= 8 && text.All(c => char.IsUpper(c) || c == '.');
        return acronym ? CanonicalNameResolver.DefinitionInText(ctx.Text, text) ?? text : null;
    }

    /// <summary>Tokens between two positions, a clause break counting as many.</summary>
    private static int Cost(FactContext ctx, int from, int to) =>
        to <= from ? 0 : (to - from) + ctx.ClauseBreaksBetween(from, to) * (ClauseBreakCost - 1);

    private static bool IsExample(FactContext ctx, int entityFirst, Sentence sentence)
    {
        int i = entityFirst - 1;
        if (i >= sentence.FirstToken && ctx.IsIn(i, FactLexicon.Determiners)) i--;
        if (i >= sentence.FirstToken && ctx.Is(i, "as") && i - 1 >= sentence.FirstToken && ctx.Is(i - 1, "such")) return true;
        return i >= sentence.FirstToken && ctx.IsIn(i, ExampleMarkers);
    }

    private static bool IsPossessiveOwnerOfPerson(FactContext ctx, Entity entity, int index, int end, int entityLast)
    {
        int clitic = entityLast + 1;
        if (clitic >= ctx.Tokens.Length || index + 1 >= end) return false;
        var w = ctx.Word(clitic);
        bool possessive = w is "'s" or "’s" || (entity.Text.EndsWith("'s") || entity.Text.EndsWith("’s"));
        var next = ctx.Entities[index + 1];
        return possessive && next.Type == EntityType.Person && next.Start - entity.End <= 4;
    }
}
