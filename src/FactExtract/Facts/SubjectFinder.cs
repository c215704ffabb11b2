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
    private const int PlaceAfterCost = 6; // "rose 9% to 4.12 euros in Amsterdam": where, not whose
    private const int MaxAntecedentLookBack = 60;

    private static readonly WordSet ExampleMarkers = new("including", "like", "includes", "include", "among");

    /// <param name="firstToken">First token of the quantity.</param>
    /// <param name="lastToken">Last token of the quantity.</param>
    /// <param name="personOnly">The figure is an age: only a person can be its subject.</param>
    /// <param name="continues">The figure restates or continues the previous one of its sentence ("fell to 5% from 5.2%",
    /// "$85m ($92m)", "$4.5bn, or $38 a share, a premium of 27%"): it takes <paramref name="previousSubject"/>.</param>
    /// <param name="inherits">The figure took the previous one's measure; standing as the subject of its own clause
    /// ("1.2 million people arrived in the UK, while about 479,000 left") it takes <paramref name="previousSubject"/> too.</param>
    /// <param name="measure">The figure's measure (a company's <c>profit</c> belongs to the company the article is about).</param>
    public string Find(FactContext ctx, int sentenceIndex, int firstToken, int lastToken, bool compound, bool personOnly = false, string measure = "",
        bool continues = false, bool inherits = false, string? previousSubject = null)
    {
        var sentence = ctx.Sentences[sentenceIndex];
        var (first, end) = ctx.EntitiesOf(sentenceIndex);
        if (compound && lastToken + 1 < sentence.TokenEnd)
        {
            // The recognizer may have missed the name a compound modifies; the same word named elsewhere counts.
            var named = NamedElsewhere(ctx, lastToken + 1);
            if (named is not null) return named;
            if (ctx.EntityAt(lastToken + 1) is { } modified) return modified.Canonical; // "47-member EPC"
        }
        int datelineEnd = Datelines.End(ctx, sentence);
        if (personOnly && PersonBeforeAge(ctx, sentence, firstToken) is { } aged) return aged;
        // The clause's own subject, when it names one, decides; a common-noun subject keeps the search inside the clause.
        int from = sentence.FirstToken, to = sentence.TokenEnd;
        bool closed = false;
        if (!personOnly)
        {
            if (continues && previousSubject is not null) return previousSubject;
            var clause = ClauseReader.Of(ctx, sentence, datelineEnd, firstToken, lastToken);
            if (OwnerBefore(ctx, sentence, firstToken) is { } owner) return owner;
            if (previousSubject is not null && inherits && clause.Head == SubjectHead.Figure && !clause.Main)
                return previousSubject;
            if (OwningPronounAfter(ctx, sentence, lastToken) is var its and >= 0
                && OwnerOfClause(ctx, sentence, sentenceIndex, datelineEnd, clause with { Head = SubjectHead.Pronoun, HeadToken = its }, 0) is { Length: > 0 } holder)
                return holder;
            if (OwnerOfClause(ctx, sentence, sentenceIndex, datelineEnd, clause, depth: 0) is { } subject) return subject;
            closed = clause.Head is SubjectHead.Common or SubjectHead.Figure;
            if (closed) (from, to) = (clause.Start, ClauseReader.EndOf(ctx, sentence, lastToken));
        }
        var found = Nearest(ctx, sentence, sentenceIndex, first, end, datelineEnd, firstToken, lastToken, personOnly, from, to, closed);
        if (closed && found.Length == 0 && OwnsCorporateFigure(ctx, from, lastToken, measure))
            return LatestOrganisation(ctx, ctx.Tokens[sentence.FirstToken].Start) ?? "";
        return found;
    }

    /// <summary>The nearest candidate in tokens <c>[from, to)</c>, counting clause breaks; the anaphors compete at their own position.</summary>
    private static string Nearest(FactContext ctx, Sentence sentence, int sentenceIndex, int first, int end, int datelineEnd,
        int firstToken, int lastToken, bool personOnly, int from, int to, bool closed)
    {
        Entity? best = null;
        int bestCost = int.MaxValue;
        for (int e = first; e < end; e++)
        {
            var entity = ctx.Entities[e];
            if (entity.Sentence != sentenceIndex && ctx.Document.SentenceIndexAt(entity.Start) != sentenceIndex) continue;
            var (eFirst, eLast) = ctx.TokensOf(e);
            if (eFirst < from || eFirst >= to) continue;
            if (closed && eFirst - 1 >= sentence.FirstToken && ctx.Is(eFirst - 1, "by")) continue; // "Economists polled by Reuters": an agent
            // "the pair took £1.2m …, and spent much of it on … a villa in Portugal": after the figure, only its own phrase.
            if (closed && eFirst > lastToken && ctx.ClauseBreaksBetween(lastToken + 1, eFirst) > 0) continue;
            if (eLast >= firstToken && eFirst <= lastToken) continue; // overlaps the number itself
            if (entity.Text.StartsWith("non-", StringComparison.OrdinalIgnoreCase)) continue; // "non-EU nations" are not the EU
            if (ClauseReader.IsAdjectivalName(ctx, entity)) continue; // "a European space probe" is not about Europe
            if (IsExample(ctx, eFirst, sentence) || IsPossessiveOwnerOfPerson(ctx, entity, e, end, eLast)) continue;
            if (eLast < datelineEnd || (personOnly && entity.Type != EntityType.Person)) continue;
            // Not a source when the figure is in its own phrase: "according to a Reuters poll of 14 analysts".
            if (IsSource(ctx, eFirst, eLast, sentence) && !(eLast < firstToken
                    && (RelativeClauseBetween(ctx, eLast + 1, firstToken) || ctx.ClauseBreaksBetween(eLast + 1, firstToken) == 0 && !SpeechVerbBetween(ctx, eLast + 1, firstToken))))
                continue;

            int cost = eFirst > lastToken
                ? Cost(ctx, lastToken + 1, eFirst)
                : Cost(ctx, eLast + 1, firstToken);
            if (entity.Type == EntityType.Person) cost += PersonCost;
            if (entity.Type == EntityType.Location && eFirst > lastToken && ctx.Is(eFirst - 1, "in")) cost += PlaceAfterCost;
            if (cost < bestCost) { best = entity; bestCost = cost; }
        }
        var name = best?.Canonical ?? "";
        if (personOnly) return name;
        // "The company, which operates 312 hotels", "Shares in the company rose 6.5%": the organisation named before.
        foreach (var (noun, antecedent) in AnaphorsOf(ctx, sentenceIndex))
        {
            if (noun >= firstToken && noun <= lastToken) continue;
            if (noun < from || noun >= to || (closed && ctx.IsIn(noun, PossessivePronouns))) continue; // "the regulator cut its cap": its is the regulator's
            // "…, the company said", "according to the council": a source.
            if ((noun + 1 < sentence.TokenEnd && ctx.IsIn(noun + 1, FactLexicon.SpeechVerbs))
                || (noun - 3 >= sentence.FirstToken && ctx.Is(noun - 2, "to") && ctx.Is(noun - 3, "according")))
                continue;
            int cost = noun > lastToken ? Cost(ctx, lastToken + 1, noun) : Cost(ctx, noun + 1, firstToken);
            if (cost >= bestCost) continue;
            name = antecedent;
            bestCost = cost;
        }
        return name;
    }

    private static readonly WordSet PossessivePronouns = new("its", "their");

    // What a company reports about itself: with no name in the clause, the figure is the company's the article is about.
    private static readonly WordSet CorporateNouns = new(
        "profit", "profits", "revenue", "revenues", "loss", "losses", "shares", "workforce", "dividend", "turnover");

    /// <summary>"Okafor, 19, added", "Chief executive Piet de Groot, 58, said": the person right before the age.</summary>
    private static string? PersonBeforeAge(FactContext ctx, Sentence sentence, int firstToken)
    {
        int comma = firstToken - 1;
        if (comma >= sentence.FirstToken && (ctx.Is(comma, "a") || ctx.Is(comma, "an"))) comma--; // "Elena Marsh, a 45-year-old"
        if (comma - 1 < sentence.FirstToken || !ctx.Is(comma, ",")) return null;
        return ctx.EntityEndingAt(ctx.Tokens[comma - 1].End) is { Type: EntityType.Person } person ? person.Canonical : null;
    }

    private static readonly WordSet OwnerPrepositions = new("with", "for");

    /// <summary>
    /// A name that owns the figure by its position: "followed by London with 412", "buy Lumina Semiconductor for
    /// $4.5 billion", "Rudd for five", a possessive "the council's 48 seats", "Apple's 9% share".
    /// </summary>
    private static string? OwnerBefore(FactContext ctx, Sentence sentence, int firstToken)
    {
        int before = firstToken - 1;
        if (before - 1 < sentence.FirstToken) return null;
        if (ctx.Is(before, "'s") || ctx.Is(before, "’s"))
        {
            if (ctx.EntityEndingAt(ctx.Tokens[before - 1].End) is { } owner) return owner.Canonical;
            return ctx.IsIn(before - 1, AnaphorNouns) && before - 2 >= sentence.FirstToken && ctx.Is(before - 2, "the")
                ? Antecedent(ctx, sentence, before - 1) : null;
        }
        if (!ctx.IsIn(before, OwnerPrepositions)) return null;
        return ctx.EntityEndingAt(ctx.Tokens[before - 1].End) is { Type: not EntityType.Misc } named ? named.Canonical : null;
    }

    /// <summary>"93% of its members", "11 percent of its workforce": the token of the owning pronoun, or -1.</summary>
    private static int OwningPronounAfter(FactContext ctx, Sentence sentence, int lastToken)
    {
        int of = lastToken + 1;
        if (of + 1 < sentence.TokenEnd && ctx.IsIn(of, FactLexicon.PhraseStoppers) && !ctx.Is(of, "of")) of++; // "11 percent of", "$38 a share"
        return of + 1 < sentence.TokenEnd && ctx.Is(of, "of") && ctx.IsIn(of + 1, PossessivePronouns) ? of + 1 : -1;
    }

    /// <summary>
    /// The name the clause's subject gives: a name opening the clause, the antecedent of "the company" or of
    /// the relative pronoun, or for "it"/"its" after "X said" (or after "X …, after") the subject X of the clause
    /// before. Null when the clause does not decide (a common noun, the figure itself, nothing found).
    /// </summary>
    private static string? OwnerOfClause(FactContext ctx, Sentence sentence, int sentenceIndex, int datelineEnd, Clause clause, int depth)
    {
        if (clause.Relative)
        {
            // "The company, which operates 312 hotels", "Marta Kovac, who held her seat with 12,450 votes".
            int before = clause.Start - 2;
            if (before < datelineEnd) return null;
            if (ctx.EntityEndingAt(ctx.Tokens[before].End) is { } antecedent) return antecedent.Canonical;
            return ctx.IsIn(before, AnaphorNouns) && before - 1 >= datelineEnd && ctx.Is(before - 1, "the")
                ? Antecedent(ctx, sentence, before) : null;
        }
        switch (clause.Head)
        {
            case SubjectHead.Named:
                return clause.Name;
            case SubjectHead.Anaphor:
                return Antecedent(ctx, sentence, clause.HeadToken);
            case SubjectHead.Pronoun when clause.Start > datelineEnd && depth < 3:
                // "Norcast … said yesterday it would cut", "… after its net loss widened": the subject before.
                var previous = ClauseReader.Before(ctx, sentence, datelineEnd, clause.Start - 1);
                if (previous.Head == SubjectHead.Common) return "";
                return OwnerOfClause(ctx, sentence, sentenceIndex, datelineEnd, previous, depth + 1);
            case SubjectHead.Pronoun:
                foreach (var (token, name) in AnaphorsOf(ctx, sentenceIndex))
                    if (token == clause.HeadToken) return name;
                // "Her lawyer … had asked for four years", "He has signed a five-year contract": the person named last;
                // "It will pay": the organisation.
                if (ctx.IsIn(clause.HeadToken, PersonPronouns))
                    return Latest(ctx, ctx.Tokens[sentence.FirstToken].Start, EntityType.Person);
                return ctx.Is(clause.HeadToken, "it") ? LatestOrganisation(ctx, ctx.Tokens[sentence.FirstToken].Start) : null;
            default:
                return null;
        }
    }

    /// <summary>A corporate figure ("Net profit … reached $1.2bn", "revenue grew 18%"): its clause or measure says so.</summary>
    private static bool OwnsCorporateFigure(FactContext ctx, int from, int lastToken, string measure)
    {
        if (CorporateNouns.Contains(measure)) return true;
        for (int i = from; i <= lastToken; i++) if (ctx.IsIn(i, CorporateNouns)) return true;
        return false;
    }

    private static string? LatestOrganisation(FactContext ctx, int offset) => Latest(ctx, offset, EntityType.Organization);

    /// <summary>The latest entity of <paramref name="type"/> named before <paramref name="offset"/>, within the look-back.</summary>
    private static string? Latest(FactContext ctx, int offset, EntityType type)
    {
        int looked = 0;
        for (int e = ctx.Entities.Length - 1; e >= 0 && looked < MaxAntecedentLookBack; e--)
        {
            var entity = ctx.Entities[e];
            if (entity.End > offset || Datelines.Holds(ctx, entity)) continue;
            looked++;
            if (entity.Type == type) return type == EntityType.Organization ? LaterUntagged(ctx, offset, entity.Start) ?? entity.Canonical : entity.Canonical;
        }
        return type == EntityType.Organization ? LaterUntagged(ctx, offset, -1) : null;
    }

    /// <summary>An untagged name ("Harbor Hotels Group said") opening a sentence after <paramref name="after"/> and before <paramref name="offset"/>.</summary>
    private static string? LaterUntagged(FactContext ctx, int offset, int after) =>
        ctx.UntaggedNames.LatestBefore(offset) is { } untagged && untagged.Offset > after ? untagged.Name : null;

    /// <summary>The anaphoric noun after "the" at <paramref name="t"/> ("the company" → "company"), or -1.</summary>
    internal static int AnaphorNounAt(FactContext ctx, int t, Sentence sentence) => ctx.Is(t, "the") ? AnaphorAt(ctx, t, sentence) : -1;

    // Nouns that, after "the", refer back to a named organisation or place ("the company", "the bank", "the chipmaker").
    private static readonly WordSet AnaphorNouns = English.IndustryNouns.With(
        "company", "firm", "group", "bank", "club", "council", "authority", "county", "union", "ministry", "agency",
        "chain", "business", "trust", "charity", "board", "party");

    // Of those, the ones whose antecedent usually carries the word in its name ("Norges Bank", "Greene County").
    private static readonly WordSet NamedAnaphorNouns = new("bank", "club", "council", "county", "union", "ministry", "agency", "trust");

    private static readonly WordSet RelativeWords = new("who", "which", "whose");

    private static readonly WordSet PersonPronouns = new("he", "she", "his", "her");

    private static readonly WordSet Pronouns = new("it", "they", "he", "she", "its", "their", "his", "her", "we");

    /// <summary>The sentence's anaphors with the names they refer to, found once per sentence.</summary>
    private static List<(int Token, string Name)> AnaphorsOf(FactContext ctx, int sentenceIndex)
    {
        if (ctx.AnaphorSentence == sentenceIndex) return ctx.Anaphors;
        ctx.AnaphorSentence = sentenceIndex;
        ctx.Anaphors.Clear();
        var sentence = ctx.Sentences[sentenceIndex];
        for (int t = sentence.FirstToken; t < sentence.TokenEnd; t++)
        {
            int noun = AnaphorAt(ctx, t, sentence);
            if (noun >= 0 && Antecedent(ctx, sentence, noun) is { } name) ctx.Anaphors.Add((noun, name));
        }
        return ctx.Anaphors;
    }

    /// <summary>The token of an anaphoric noun ("the company", "its") at <paramref name="t"/>, or -1.</summary>
    private static int AnaphorAt(FactContext ctx, int t, Sentence sentence)
    {
        if (ctx.Is(t, "its")) return t;
        if (!ctx.Is(t, "the") || t + 1 >= sentence.TokenEnd || !ctx.IsIn(t + 1, AnaphorNouns)) return -1;
        if (!char.IsLower(ctx.Word(t + 1)[0]) || ctx.EntityAt(t + 1) is not null) return -1;
        bool possessiveOrOf = t + 2 < sentence.TokenEnd && (ctx.Is(t + 2, "of") || ctx.Is(t + 2, "'s") || ctx.Is(t + 2, "’s"));
        return possessiveOrOf ? -1 : t + 1;
    }

    /// <summary>The latest organisation (or, for "the county", place) named before the sentence.</summary>
    private static string? Antecedent(FactContext ctx, Sentence sentence, int noun)
    {
        bool named = ctx.IsIn(noun, NamedAnaphorNouns);
        bool withinSentence = ctx.Is(noun, "its"); // "X said its profit rose"; "the company" there is more often another one
        var word = ctx.Word(noun);
        string? latestOrganisation = null;
        int latestStart = -1, looked = 0;
        for (int e = ctx.Entities.Length - 1; e >= 0 && looked < MaxAntecedentLookBack; e--)
        {
            var entity = ctx.Entities[e];
            // Named before the anaphor: earlier sentences, or earlier in this one ("X said its profit rose").
            if (entity.End > ctx.Tokens[noun].Start || (entity.End > sentence.Span.Start && !withinSentence) || Datelines.Holds(ctx, entity)) continue;
            looked++;
            if (named && entity.Canonical.AsSpan().Contains(word, StringComparison.OrdinalIgnoreCase)) return entity.Canonical;
            if (entity.Type == EntityType.Organization && latestOrganisation is null) (latestOrganisation, latestStart) = (entity.Canonical, entity.Start);
        }
        int before = withinSentence ? ctx.Tokens[noun].Start : sentence.Span.Start;
        if (!named && LaterUntagged(ctx, before, latestStart) is { } untagged) return untagged;
        if (!named && latestOrganisation is not null) return latestOrganisation;
        // "Councillors in Ashford approved … the authority faced": a council named by no organisation is the place's.
        return ctx.IsIn(noun, PublicBodyNouns) ? Latest(ctx, Math.Min(ctx.Tokens[noun].Start, sentence.Span.Start), EntityType.Location) : null;
    }

    private static readonly WordSet PublicBodyNouns = new("council", "authority", "county");

    /// <summary>
    /// An entity that only reports the figure: "the Interior Ministry said 2,700 …", "…, police spokesman
    /// Viktor Lenz said", "said Julia Pollak", "according to the Red Crescent". Not when it said "it" did
    /// something ("The SFO said it had recovered £410,000"): then it is the actor.
    /// </summary>
    private static bool IsSource(FactContext ctx, int eFirst, int eLast, Sentence sentence)
    {
        int before = eFirst - 1;
        if (before >= sentence.FirstToken && ctx.Is(before, "the")) before--;
        if (before >= sentence.FirstToken && ctx.IsIn(before, FactLexicon.SpeechVerbs)) return true;
        // "according to the Red Crescent", "according to figures from lender Halstead Building Society".
        for (int i = before; i - 1 >= sentence.FirstToken && i >= eFirst - 6; i--)
        {
            if (ChangeDetector.IsClauseBreak(ctx, i)) break;
            if (ctx.Is(i, "to") && ctx.Is(i - 1, "according")) return true;
        }

        int after = eLast + 1;
        if (after < sentence.TokenEnd && ctx.Is(after, ","))
        {
            // "Rachel Moss, the shadow chancellor, said": step over the apposition.
            int close = after + 1;
            while (close < sentence.TokenEnd && close - after <= 12 && !ctx.Is(close, ",")) close++;
            after = close < sentence.TokenEnd && close - after <= 12 && close + 1 < sentence.TokenEnd
                && ctx.IsIn(close + 1, FactLexicon.SpeechVerbs) ? close + 1 : after + 1;
        }
        // "the European Space Agency (ESA) has confirmed": step over the acronym and the auxiliary.
        if (after + 2 < sentence.TokenEnd && ctx.Is(after, "(") && ctx.Is(after + 2, ")")) after += 3;
        else if (after + 1 < sentence.TokenEnd && ctx.Is(after, ")")) after++; // the acronym itself: "(ESA) has confirmed"
        if (after + 1 < sentence.TokenEnd && (ctx.Is(after, "has") || ctx.Is(after, "have") || ctx.Is(after, "had"))) after++;
        if (after >= sentence.TokenEnd || !(ctx.IsIn(after, FactLexicon.SpeechVerbs) || ctx.IsIn(after, ClauseReader.ReportingVerbs))) return false;
        // "said it had recovered", "said on Monday that its profit rose": the speaker did it.
        for (int i = after + 1; i < sentence.TokenEnd && i <= after + 5; i++)
        {
            if (ctx.IsIn(i, Pronouns)) return false;
            if (ctx.Tokens[i].Kind != TokenKind.Word) break;
        }
        return true;
    }

    private static bool SpeechVerbBetween(FactContext ctx, int from, int to)
    {
        for (int i = from; i < to; i++) if (ctx.IsIn(i, FactLexicon.SpeechVerbs) || ctx.IsIn(i, ClauseReader.ReportingVerbs)) return true;
        return false;
    }

    private static bool RelativeClauseBetween(FactContext ctx, int from, int to)
    {
        for (int i = from; i < to; i++) if (ctx.IsIn(i, RelativeWords)) return true;
        return false;
    }

    /// <summary>
    /// The name a number compound modifies when the recognizer did not tag it ("the 47-member EPC"):
    /// the same word's canonical name elsewhere, an acronym's definition in the text, or the word.
    /// </summary>
    private static string? NamedElsewhere(FactContext ctx, int token)
    {
        var word = ctx.Word(token);
        if (word.Length < 2 || !char.IsUpper(word[0]) || ctx.Tokens[token].Kind != TokenKind.Word) return null;
        if (ctx.EntityAt(token) is not null) return null; // it is tagged here
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
