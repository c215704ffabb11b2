using FactExtract.Entities;
using FactExtract.Lang;
using FactExtract.Text;

namespace FactExtract.Facts;

/// <summary>What heads the subject of the clause that holds a figure.</summary>
internal enum SubjectHead
{
    /// <summary>Nothing recognisable (a quote mark, a number): the caller falls back to the nearest entity.</summary>
    Unknown,
    /// <summary>A name: <c>Graham Pell, 58, of Harrogate, admitted 14 counts</c>.</summary>
    Named,
    /// <summary>A definite description that refers back: <c>the company</c>, <c>the authority</c>.</summary>
    Anaphor,
    /// <summary><c>it</c>, <c>they</c>, or a possessive <c>its</c>/<c>their</c> opening the subject.</summary>
    Pronoun,
    /// <summary>A common noun: <c>consumer price inflation rose to 5.3 percent</c>.</summary>
    Common,
    /// <summary>The figure itself is the subject: <c>after 90 percent of ballots had been counted</c>.</summary>
    Figure,
}

/// <summary>The clause around a figure: where it starts and what heads its subject (where it ends: <see cref="ClauseReader.EndOf"/>).</summary>
/// <param name="Start">First token of the clause (after a subordinator, "that", a speech verb or a relative pronoun).</param>
/// <param name="Head">What the subject is.</param>
/// <param name="HeadToken">The token the subject starts at (the name's first token, the anaphor's noun, the pronoun).</param>
/// <param name="Name">For <see cref="SubjectHead.Named"/>, the canonical name.</param>
/// <param name="Main">The clause opens the sentence (after any dateline).</param>
/// <param name="AfterSpeech">The clause is what a speech verb reports ("X said it would cut 2,300 jobs").</param>
/// <param name="Relative">The figure is in a relative clause; <see cref="Start"/> is the relative pronoun's token.</param>
internal readonly record struct Clause(int Start, SubjectHead Head, int HeadToken, string Name, bool Main, bool AfterSpeech, bool Relative);

/// <summary>
/// Finds, with light token cues only, the clause a figure stands in and the head of that clause's subject:
/// the subject is what opens the clause, before its verb, not the nearest name ("The governing Civic Union
/// lost its majority in the Northland assembly, winning 31 of the 70 seats" is about the Civic Union).
/// Clauses start after a subordinator ("while", "after", "because"), "that", a speech verb, a comma plus
/// "and"/"but" before a new subject, or a relative pronoun right after a comma (", which operates 312
/// hotels"); appositions and closed relative clauses between commas are stepped over.
/// </summary>
internal static class ClauseReader
{
    private static readonly WordSet Subordinators = new(
        "while", "whereas", "although", "though", "because", "when", "unless", "if", "whereby");
    // Subordinators that are prepositions too ("after 12 minutes"): a clause only when a verb follows.
    private static readonly WordSet PrepositionalSubordinators = new("after", "before", "until");
    private static readonly WordSet FiniteCues = new(
        "had", "has", "have", "was", "were", "is", "are", "been", "will", "would", "could", "can", "rose", "fell", "grew",
        "cut", "took", "made", "won", "lost", "rises", "falls", "grows");

    private static readonly WordSet SayVerbs = new("said", "says", "say", "told");

    /// <summary>Verbs whose object is a reported clause ("said 2,700 homes were destroyed"); not "added", "declared", "admitted".</summary>
    internal static readonly WordSet ReportingVerbs = new(
        "said", "says", "say", "warned", "warns", "estimated", "estimates", "reported", "reports", "noted", "claimed",
        "claims", "argued", "insisted", "stated", "believes", "believe", "confirmed", "found", "told", "showed", "shows");
    private static readonly WordSet RelativePronouns = new("who", "which");
    private static readonly WordSet Coordinators = new("and", "but");
    private static readonly WordSet SubjectPronouns = new("it", "they", "he", "she");
    private static readonly WordSet PossessivePronouns = new("its", "their", "his", "her");
    private static readonly WordSet Articles = new("the", "a", "an");
    // Words between a speech verb and the clause it reports ("said yesterday that", "said on Monday it").
    private static readonly WordSet ReportingFillers = new(
        "that", "on", "yesterday", "today", "tonight", "also", "earlier", "later", "last", "this", "week", "month",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    // A fronted phrase before the subject ("In March, the company …", "Last year, …").
    private static readonly WordSet FrontedOpeners = new(
        "in", "on", "at", "after", "before", "during", "last", "since", "by", "for", "over", "with", "despite", "earlier", "later",
        "according");
    private const int MaxSubjectOffset = 5;

    // Every word that can start or end a clause, so the walks test most tokens once, not against each list.
    private static readonly WordSet StartCues = Union(RelativePronouns, Subordinators, PrepositionalSubordinators, SayVerbs, ReportingVerbs, Coordinators).With("that");
    private static readonly WordSet EndCues = Union(Subordinators, PrepositionalSubordinators, Coordinators);

    private static WordSet Union(params WordSet[] sets) => new(sets.SelectMany(set => set.Words).Distinct(StringComparer.OrdinalIgnoreCase).ToArray());

    /// <summary>The clause holding tokens <paramref name="first"/>..<paramref name="last"/> of <paramref name="sentence"/>.</summary>
    public static Clause Of(FactContext ctx, Sentence sentence, int sentenceStart, int first, int last)
    {
        int start = StartBefore(ctx, sentenceStart, first, out bool relative, out bool afterSpeech);
        bool main = start == sentenceStart;
        if (relative) return new Clause(start, SubjectHead.Unknown, start, "", main, false, true);
        var (head, token, name) = SubjectAt(ctx, sentence, SkipFillers(ctx, start, first, afterSpeech), first, last);
        return new Clause(start, head, token, name, main, afterSpeech, false);
    }

    /// <summary>The subject head of the clause that ends before <paramref name="boundary"/> (the clause a speech verb or subordinator closes).</summary>
    public static Clause Before(FactContext ctx, Sentence sentence, int sentenceStart, int boundary)
    {
        if (boundary <= sentenceStart) return new Clause(sentenceStart, SubjectHead.Unknown, sentenceStart, "", true, false, false);
        int start = StartBefore(ctx, sentenceStart, boundary, out bool relative, out bool afterSpeech);
        if (relative) return new Clause(start, SubjectHead.Unknown, start, "", start == sentenceStart, false, true);
        var (head, token, name) = SubjectAt(ctx, sentence, SkipFillers(ctx, start, boundary, afterSpeech), boundary, boundary);
        return new Clause(start, head, token, name, start == sentenceStart, afterSpeech, false);
    }

    /// <summary>Walks back from the figure to where its clause starts.</summary>
    private static int StartBefore(FactContext ctx, int sentenceStart, int first, out bool relative, out bool afterSpeech)
    {
        relative = afterSpeech = false;
        bool commaSeen = false;
        for (int i = first - 1; i >= sentenceStart; i--)
        {
            var w = ctx.Word(i);
            if (w is ";" or ":" or "—" or "–") return i + 1;
            if (w is ",") { commaSeen = true; continue; }
            if (ctx.Tokens[i].Kind != TokenKind.Word || !ctx.IsIn(i, StartCues)) continue;
            if (ctx.IsIn(i, RelativePronouns) && i - 1 >= sentenceStart && ctx.Is(i - 1, ","))
            {
                // ", which operates 312 hotels": in it. ", who visited Salva yesterday, promised …": closed before the figure.
                if (!commaSeen) { relative = true; return i; }
                continue;
            }
            if (ctx.IsIn(i, Subordinators) || (ctx.IsIn(i, PrepositionalSubordinators) && OpensClause(ctx, i + 1, first + 8))) return i + 1;
            // "that" before a subject opens a clause; "that raises council tax" is a relative clause of the noun before.
            if (ctx.Is(i, "that") && (OpensSubject(ctx, i + 1, first + 1) || ctx.Tokens[i + 1].Kind == TokenKind.Number
                || (i - 1 >= sentenceStart && (ctx.Is(i - 1, "and") || ctx.Is(i - 1, ",") || ctx.IsIn(i - 1, ReportingVerbs)))))
                return i + 1;
            // "said 2,700 homes were destroyed"; "reported a 34% rise" is an object, not a clause.
            if (char.IsLower(w[0]) && (ctx.IsIn(i, SayVerbs) || (ctx.IsIn(i, ReportingVerbs) && OpensClause(ctx, i + 1, first + 8))))
            { afterSpeech = true; return i + 1; }
            if (ctx.IsIn(i, Coordinators) && OpensSubject(ctx, i + 1, first)
                && ((i - 1 >= sentenceStart && ctx.Is(i - 1, ",")) || StartsName(ctx, i + 1) && !EndsName(ctx, i - 1)))
                return i + 1; // ", and the Bank of England …", "eight years and Rudd for five"
        }
        return sentenceStart;
    }

    /// <summary>
    /// The token after the last one of the clause holding token <paramref name="last"/>: the next
    /// subordinator, semicolon, or ", and" before a new subject. Only some callers need it, so it is
    /// not part of <see cref="Clause"/>.
    /// </summary>
    public static int EndOf(FactContext ctx, Sentence sentence, int last)
    {
        for (int i = last + 1; i < sentence.TokenEnd; i++)
        {
            var w = ctx.Word(i);
            if (w is ";" or ":") return i;
            if (ctx.Tokens[i].Kind != TokenKind.Word || !ctx.IsIn(i, EndCues)) continue;
            if (ctx.IsIn(i, Subordinators) || (ctx.IsIn(i, PrepositionalSubordinators) && OpensClause(ctx, i + 1, sentence.TokenEnd))) return i;
            if (ctx.IsIn(i, Coordinators) && ctx.Is(i - 1, ",") && OpensSubject(ctx, i + 1, sentence.TokenEnd)) return i;
        }
        return sentence.TokenEnd;
    }

    /// <summary>A token that can open a new clause's subject: an article, a capitalised word, a pronoun, a name a word later.</summary>
    private static bool OpensSubject(FactContext ctx, int t, int limit) =>
        t < limit && t < ctx.Tokens.Length && ctx.Tokens[t].Kind == TokenKind.Word
        && (ctx.IsIn(t, Articles) || ctx.IsIn(t, SubjectPronouns) || ctx.IsIn(t, PossessivePronouns) || char.IsUpper(ctx.Word(t)[0])
            || (t + 1 < limit && StartsName(ctx, t + 1)));

    /// <summary>"after its net loss widened", "after 90 percent of ballots had been counted": a verb comes before any comma.</summary>
    private static bool OpensClause(FactContext ctx, int t, int limit)
    {
        if (t < ctx.Tokens.Length && (ctx.IsIn(t, PossessivePronouns) || ctx.IsIn(t, SubjectPronouns))) return true;
        for (int i = t + 1; i < limit && i < t + 7 && i < ctx.Tokens.Length; i++)
        {
            var w = ctx.Word(i);
            if (w is "," or ";" || ctx.IsIn(i, Subordinators) || ctx.IsIn(i, RelativePronouns)) return false; // "after 12 minutes when …"
            if (ctx.Tokens[i].Kind != TokenKind.Word) continue;
            if (ctx.IsIn(i, FiniteCues) || (w.Length > 4 && w.EndsWith("ed") && char.IsLower(w[0]))) return true;
        }
        return false;
    }

    private static bool StartsName(FactContext ctx, int t) =>
        t < ctx.Tokens.Length && ctx.EntityAt(t) is { } e && e.Start == ctx.Tokens[t].Start;

    private static bool EndsName(FactContext ctx, int t) =>
        t >= 0 && ctx.EntityAt(t) is { } e && e.End == ctx.Tokens[t].End;

    private static int SkipFillers(FactContext ctx, int start, int limit, bool afterSpeech)
    {
        int i = start;
        if (afterSpeech)
            while (i < limit && (ctx.IsIn(i, ReportingFillers) || ctx.Is(i, ","))) i++;
        else if (i < limit && ctx.IsIn(i, FrontedOpeners))
        {
            // "In March, the council …": the subject comes after the fronted phrase's comma.
            for (int j = i + 1; j < limit && j <= i + 8; j++)
                if (ctx.Is(j, ",")) return j + 1;
        }
        return i;
    }

    /// <summary>What opens the subject at <paramref name="s"/>, looking a few tokens on (past articles and modifiers).</summary>
    private static (SubjectHead Head, int Token, string Name) SubjectAt(FactContext ctx, Sentence sentence, int s, int first, int last)
    {
        if (s >= first) return (s <= last ? SubjectHead.Figure : SubjectHead.Unknown, s, "");
        // "said 61% of the cases were …, and at least 120 patients": another figure heads the subject.
        if (ctx.Tokens[s].Kind == TokenKind.Number) return (SubjectHead.Figure, s, "");
        if (ctx.Tokens[s].Kind != TokenKind.Word) return (SubjectHead.Unknown, s, "");
        int pronoun = -1;
        for (int i = s; i < first && i < s + MaxSubjectOffset; i++)
        {
            if (ctx.EntityAt(i) is { } entity)
            {
                if (IsPossessorOfName(ctx, entity, first)) continue; // "France's Emmanuel Macron", "Velmora's governing Unity Party"
                if (IsPlaceBeforeTitledName(ctx, entity, first)) continue; // "Omaha billionaire Warren Buffett", "Paris prosecutor Remy Heitz"
                // "A European space probe", "Brazilian striker": a name used as an adjective is not the subject.
                if (IsAdjectivalName(ctx, entity)) continue;
                return (SubjectHead.Named, i, entity.Canonical);
            }
            if (char.IsUpper(ctx.Word(i)[0]) && ctx.CanonicalOfText(ctx.Word(i)) is { } repeated)
                return (SubjectHead.Named, i, repeated); // "Norcast shares fell": the name tagged elsewhere in the article
            // IsNameWord first: most capitalised words here ("The", "In") are none, and the names are found only when asked for.
            if (char.IsUpper(ctx.Word(i)[0]) && UntaggedNames.IsNameWord(ctx, i) && ctx.UntaggedNames.At(ctx, i) is { } untagged)
                return (SubjectHead.Named, i, untagged); // "Harbor Hotels Group said": a name the recognizer missed
            if (ctx.IsIn(i, PossessivePronouns)) { pronoun = i; continue; } // "Its flagship Grand Meridian hotel": a name may follow
            if (ctx.IsIn(i, SubjectPronouns) && i == s) return (SubjectHead.Pronoun, i, "");
            if (ctx.Is(i, "the") && SubjectFinder.AnaphorNounAt(ctx, i, sentence) is var noun && noun >= 0 && noun < first)
                return (SubjectHead.Anaphor, noun, "");
            // Only articles, adjectives and nouns come before the head: a preposition, verb or comma ends the search.
            if (ctx.Tokens[i].Kind != TokenKind.Word || (ctx.IsIn(i, FactLexicon.PhraseStoppers) && !ctx.IsIn(i, Articles)))
                break;
        }
        if (pronoun >= 0) return (SubjectHead.Pronoun, pronoun, "");
        // The figure opens the subject ("About 38% of those who voted"): no subject before it.
        for (int i = s; i < first; i++)
            if (!ctx.IsIn(i, QualifierWords)) return (SubjectHead.Common, s, "");
        return (SubjectHead.Figure, s, "");
    }

    // Words that may stand before a figure inside its own noun phrase ("about", "more than", "the").
    private static readonly WordSet QualifierWords = new(
        "about", "around", "almost", "nearly", "some", "more", "than", "less", "fewer", "over", "under", "up", "to", "at",
        "least", "most", "roughly", "approximately", "just", "only", "the", "a", "an", "another", "of");

    /// <summary>
    /// A one-word Misc name before another word: a nationality or adjective ("European space probe"), also before a
    /// name the recognizer missed or split ("the Canadian Armed Forces", "the Japanese Red Cross Society").
    /// </summary>
    internal static bool IsAdjectivalName(FactContext ctx, Entity entity)
    {
        if (entity.Type != EntityType.Misc) return false;
        int first = ctx.TokenAt(entity.Start), next = ctx.TokenAt(entity.End);
        return next == first + 1 && next < ctx.Tokens.Length && ctx.Tokens[next].Kind == TokenKind.Word && char.IsLetter(ctx.Word(next)[0]);
    }

    /// <summary>A place used as a modifier: one or two lower-case words, then a person or organisation ("Omaha billionaire Warren Buffett").</summary>
    private static bool IsPlaceBeforeTitledName(FactContext ctx, Entity entity, int limit)
    {
        if (entity.Type != EntityType.Location) return false;
        int after = ctx.TokenAt(entity.End);
        return after < limit && IsModifierWord(ctx, after) && NameAfterModifiers(ctx, after + 1, Math.Min(limit, after + 3));
    }

    /// <summary>
    /// A name in the possessive whose phrase goes on to another person or organisation ("France's Emmanuel Macron",
    /// "Velmora's governing Unity Party", "Britain's biggest lender Lloyds"): that later name heads the phrase.
    /// </summary>
    private static bool IsPossessorOfName(FactContext ctx, Entity entity, int limit)
    {
        int after = ctx.TokenAt(entity.End);
        if (after >= limit || !(ctx.Is(after, "'s") || ctx.Is(after, "’s"))) return false;
        return NameAfterModifiers(ctx, after + 1, Math.Min(limit, after + 4));
    }

    /// <summary>A person or organisation starts in tokens [<paramref name="from"/>, <paramref name="end"/>), after lower-case modifiers only.</summary>
    private static bool NameAfterModifiers(FactContext ctx, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (ctx.EntityAt(i) is { Type: EntityType.Person or EntityType.Organization }) return true;
            if (!IsModifierWord(ctx, i)) return false;
        }
        return false;
    }

    /// <summary>A lower-case word that may stand inside a noun phrase before its head ("governing", "billionaire").</summary>
    private static bool IsModifierWord(FactContext ctx, int i) =>
        ctx.Tokens[i].Kind == TokenKind.Word && char.IsLower(ctx.Word(i)[0]) && !ctx.IsIn(i, FactLexicon.PhraseStoppers);
}
