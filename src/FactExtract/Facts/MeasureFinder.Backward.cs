using FactExtract.Entities;
using FactExtract.Quantities;
using FactExtract.Text;
using FactExtract.Lang;

namespace FactExtract.Facts;

/// <summary>The backward search: the noun a figure measures when nothing after it names one.</summary>
internal sealed partial class MeasureFinder
{
    /// <summary>
    /// The noun before the verb or preposition that introduces the number, stepping over
    /// prepositional phrases ("Donations to the trust fell by 40%" → Donations).
    /// </summary>
    private static Result Backward(FactContext ctx, Quantity q, Sentence sentence, ArraySegment<Quantity> others)
    {
        int anchor = q.QualifierStart >= 0 && q.QualifierStart < q.Start ? q.QualifierStart : q.Start;
        int i = ctx.TokenBefore(anchor);
        int floor = Math.Max(sentence.FirstToken, i - MaxBackward);
        bool sawBridgeOnly = true;
        bool ofNumber = i >= floor && ctx.Is(i, "of"); // "a crowd of 41,237", "profits of £2.5bn"
        string candidate = "";
        bool sawFigure = false; // only bridges and other figures before: "fell to 3.5% from 3.7%" measures what 3.5% did
        bool passedVerb = false; // a change verb was stepped over: a participle before it qualifies its subject ("homes sold fell to")
        while (i >= floor)
        {
            var tok = ctx.Tokens[i];
            var w = ctx.Word(i);
            if (tok.Kind == TokenKind.Number || tok.Kind == TokenKind.Symbol) { i--; continue; } // "rose 18% to $7.4bn"
            if (candidate.Length == 0 && InsideAnother(others, q, tok)) { sawFigure = true; i--; continue; } // "to 3.5 percent from 3.7 percent"
            if (tok.Kind != TokenKind.Word)
                return new(candidate, sawFigure || (candidate.Length == 0 && sawBridgeOnly && w is "," or ";" or "–" or "—"));
            if (candidate.Length == 0 && (BackwardBridge.Contains(w) || (IsChangeWord(w) && !OpensNounPhrase(ctx, i, floor)) || w.EndsWith("ly")))
            {
                passedVerb |= IsChangeWord(w);
                i--;
                continue;
            }
            // "The number of homes sold fell to 84,000": after the clause's verb, a participle is a reduced relative.
            if (candidate.Length == 0 && passedVerb && LooksLikeVerb(w) && !w.EndsWith("ing") && i - 1 >= floor && ctx.Tokens[i - 1].Kind == TokenKind.Word
                && !ctx.IsIn(i - 1, FactLexicon.Determiners) && !ctx.IsIn(i - 1, FactLexicon.SubjectPronouns))
            {
                i--;
                continue;
            }
            if (candidate.Length == 0 && Continuations.Contains(w)) return new("", sawBridgeOnly);
            if (candidate.Length == 0 && IsPredicateBeforeAt(ctx, i, floor)) { i--; continue; } // "inflation remained stubborn at 5.9%"
            bool chained = !sawBridgeOnly;
            sawBridgeOnly = false;
            if (FactLexicon.Determiners.Contains(w) || FactLexicon.PhraseStoppers.Contains(w)
                || ObjectVerbs.Contains(w) || (LooksLikeVerb(w) && !(chained && w.EndsWith("ing"))) || English.IsPossessive(w))
                return new(candidate, sawFigure);

            // "will receive £2.4m", "to pay 50p more": a verb, not the measured noun.
            if (i - 1 >= floor && ctx.IsIn(i - 1, VerbOpeners) && !chained) return new("", sawFigure);

            // A noun phrase ending here: find where it starts, then see what it hangs from.
            candidate = WithGenericModifier(ctx, i, floor);
            int start = i;
            while (start - 1 >= floor && ctx.Tokens[start - 1].Kind == TokenKind.Word
                   && !FactLexicon.PhraseStoppers.Contains(ctx.Word(start - 1)) && !FactLexicon.Determiners.Contains(ctx.Word(start - 1))
                   && !English.IsPossessive(ctx.Word(start - 1)) && !ctx.IsIn(start - 1, ClauseVerbs))
                start--;
            while (start - 1 >= floor && ctx.IsIn(start - 1, FactLexicon.Determiners)) start--;
            // "the number of homes": a word for an amount passes the measure through to its of-phrase.
            if (start - 2 >= floor && ctx.Is(start - 1, "of") && ctx.IsIn(start - 2, AmountNouns)) return new(candidate, sawFigure);
            if (!ofNumber && start - 1 >= floor && ctx.IsIn(start - 1, Prepositions)
                && (!ctx.Is(start - 1, "to") || ctx.IsIn(start, FactLexicon.Determiners) || char.IsUpper(ctx.Word(start)[0])))
            {
                candidate = ""; // "in Britain", "to the trust": keep looking for the noun they modify
                i = start - 2;
                continue;
            }
            // A name is who or what the figure is about, not what it measures ("Vietnam Airlines fell 1%", "fined
            // Northdown Water Ltd 38 million pounds"): the subject finder reads it; the measure stays unknown.
            if (ctx.EntityAt(i) is { Type: EntityType.Person or EntityType.Location or EntityType.Organization }) return new("", sawFigure);
            return new(candidate, sawFigure);
        }
        return new(candidate, sawFigure);
    }

    /// <summary>
    /// Verbs whose object is a clause: the noun phrase before the figure starts after them ("Data from the office
    /// showed consumer prices rose 3.6%" measures prices, not Data).
    /// </summary>
    private static readonly WordSet ClauseVerbs = new(
        "show", "shows", "showed", "suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "found",
        "finds", "estimate", "estimates", "estimated", "expect", "expects", "expected", "predict", "predicts", "predicted",
        "reported", "reports", "revealed", "reveals", "confirmed", "confirms", "believe", "believes", "believed", "mean",
        "means", "meant", "that", "said", "says", "added", "told", "warned", "noted", "announced");

    private static readonly WordSet AmountNouns = new("number", "total", "amount", "count", "volume", "quantity");

    /// <summary>A lower-case word between a linking verb and "at": an adjective saying how the figure held ("stubborn", "high").</summary>
    private static bool IsPredicateBeforeAt(FactContext ctx, int i, int floor) =>
        i - 1 >= floor && i + 1 < ctx.Tokens.Length && ctx.Is(i + 1, "at") && char.IsLower(ctx.Word(i)[0]) && ctx.IsIn(i - 1, LinkingVerbs);

    private static readonly WordSet LinkingVerbs = new(
        "remained", "remains", "remain", "stayed", "stays", "stay", "was", "is", "were", "are", "been", "be", "stood", "stands",
        "held", "holds", "kept", "keeps", "looked", "looks", "seemed", "seems");

    /// <summary>"Growth slowed to 0.2%": a change noun at the start of its phrase is what is measured.</summary>
    private static bool OpensNounPhrase(FactContext ctx, int i, int floor) =>
        char.IsLower(ctx.Word(i)[0]) is var lower && (i - 1 < floor || ctx.Tokens[i - 1].Kind != TokenKind.Word
            || ctx.IsIn(i - 1, FactLexicon.Determiners) || English.IsPossessive(ctx.Word(i - 1)) || !lower)
        && i + 1 < ctx.Tokens.Length && IsChangeWord(ctx.Word(i + 1));

    private static Quantity? PreviousFigure(ArraySegment<Quantity> others, Quantity q)
    {
        Quantity? previous = null;
        foreach (var o in others)
            if (o.End <= q.Start && o.Kind is not (QuantityKind.Date or QuantityKind.Ordinal)) previous = o;
        return previous;
    }

    private static bool InsideAnother(ArraySegment<Quantity> others, Quantity q, Token tok)
    {
        foreach (var o in others)
            if (!ReferenceEquals(o, q) && tok.Start >= o.Start && tok.End <= o.End) return true;
        return false;
    }
}
