using FactExtract.Entities;
using FactExtract.Quantities;
using FactExtract.Text;
using FactExtract.Lang;

namespace FactExtract.Facts;

/// <summary>
/// Finds the noun a quantity counts or measures, from tokens next to it in its sentence:
/// the head noun after a number (<c>380,000 people</c>, <c>20 non-EU nations</c>), the noun
/// of an of-phrase (<c>41% of those arrivals</c>, <c>27 of the council's 48 seats</c>), the noun
/// half of a number compound (<c>47-member EPC</c> → <c>member</c>; adjectival compounds look on:
/// <c>27-strong EU bloc</c> → <c>bloc</c>), the noun after a change noun (<c>a 34% rise in profit</c>),
/// and otherwise the subject noun before the verb that introduces the number, skipping
/// prepositional phrases (<c>Inflation in Britain fell to 2.3%</c> → <c>Inflation</c>).
/// A number that only continues a comparison or a list (<c>, down from 36.8%</c>,
/// <c>…, 26% on land</c>) reports <see cref="Result.Inherit"/>: it measures what the previous one did.
/// </summary>
internal sealed partial class MeasureFinder
{
    private const int MaxPhraseWords = 4;
    private const int MaxBackward = 16;

    /// <summary>A measure, or the instruction to reuse the previous quantity's measure in the sentence.</summary>
    public readonly record struct Result(string Measure, bool Inherit);

    // Words that may sit between a measured noun and its number ("turnout was 64%", "sales rose to £3m").
    private static readonly WordSet BackwardBridge = new(
        "to", "by", "at", "of", "from", "was", "is", "were", "are", "has", "have", "had", "been", "be", "stood",
        "reached", "hit", "totalled", "totaled", "will", "would", "now", "just", "nearly", "further", "some",
        "than", "reach", "stands", "stand", "alone", "also", "still", "remained", "remain", "remains", "stayed",
        "need", "needs", "needed", "could", "may", "might", "should", "expected", "worth", "valued",
        // "held steady at 4.1%", "kept rates unchanged at 5.25%": a level that did not move.
        "steady", "unchanged", "flat", "stable", "held", "kept", "left");

    // Verbs that take a number as object; the word before them is not what is measured.
    private static readonly WordSet ObjectVerbs = new(
        "won", "lost", "got", "took", "spent", "spend", "paid", "raised", "earned", "made", "received", "secured",
        "gained", "scored", "saw", "had", "cost", "costs", "owes", "owed", "said", "repaid", "stole", "stealing");

    // Prepositions a noun phrase can hang from; the measured noun is before them ("Inflation in Britain").
    private static readonly WordSet Prepositions = new(
        "of", "in", "to", "for", "among", "across", "at", "on", "from", "with", "during", "over", "under", "into");

    // Words that join a comparison or a list to the previous number ("down from", "compared with", "and").
    private static readonly WordSet Continuations = new("compared", "with", "against", "versus", "and", "or", "while");

    // Comparative words that may follow a number before its noun ("10,000 fewer workers").
    private static readonly WordSet CountModifiers = new("fewer", "more", "less", "extra", "additional", "new", "other", "further");

    private static readonly WordSet TimeNouns = new("year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "hour", "hours");

    /// <summary>
    /// A measurement or duration measures its unit, as written: "years" in "eight years", "metres" in "85 square metres",
    /// "degrees" in "40 degrees Celsius", "miles" in "300 miles per hour"; a glued symbol ("10km") gives the unit symbol.
    /// </summary>
    private static string UnitNoun(Quantity q)
    {
        // The words of the text (apostrophes trimmed off their ends), cut at the first "per" or "an" after
        // the first word; the last one is the unit unless it names a temperature scale.
        ReadOnlySpan<char> last = [], beforeLast = [];
        int count = 0;
        bool cutSeen = false; // only the first "per"/"an" counts, and only after the first word
        var rest = q.Text.AsSpan();
        while (rest.Length > 0)
        {
            int gap = rest.IndexOfAny(' ', '\n', '\u00A0');
            var raw = gap < 0 ? rest : rest[..gap];
            rest = gap < 0 ? [] : rest[(gap + 1)..];
            if (raw.IsEmpty) continue;
            var word = raw.TrimEnd(Apostrophes);
            if (!cutSeen && (word.Equals("per", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)))
            {
                if (count > 0) break;
                cutSeen = true;
            }
            beforeLast = last;
            last = word;
            count++;
        }
        if (count > 1 && IsTemperatureScale(last)) last = beforeLast;
        if (last.IsEmpty) return q.Unit;
        foreach (var c in last) if (!char.IsLetter(c)) return q.Unit;
        return last.ToString().ToLowerInvariant();
    }

    private const string Apostrophes = "'\u2019";

    private static bool IsTemperatureScale(ReadOnlySpan<char> word)
    {
        if (word.Length > 10) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lower is "celsius" or "fahrenheit" or "centigrade" or "c" or "f";
    }

    /// <param name="others">The sentence's other quantities (dates included), in text order.</param>
    public Result Find(FactContext ctx, Quantity q, Sentence sentence, ArraySegment<Quantity> others)
    {
        if (q.Kind is QuantityKind.Date or QuantityKind.Ordinal) return new("", false);
        if (q.Kind is QuantityKind.Measure or QuantityKind.Duration) return new(UnitNoun(q), false);
        int last = ctx.TokenAt(Math.Max(q.Start, q.End - 1));
        if (last >= sentence.TokenEnd) return new("", false);

        var compound = Compound(ctx, q, last, sentence, out int afterCompound);
        if (compound is not null) return new(compound, false);
        if (IsAge(ctx, q, last, sentence)) return new(Age, false);

        int next = afterCompound;
        int end = sentence.TokenEnd;
        while (next < end && (ctx.IsIn(next, English.ScaleWords)
               || (q.Kind == QuantityKind.Percent && ctx.IsIn(next, English.PercentWords))))
            next++;

        if (next < end && ctx.Is(next, "of"))
            return new(HeadAfterDeterminers(ctx, next + 1, end), false);
        // "three out of four Swedish babies", "one in five voters": a share of the noun after the second number.
        if (next + 2 < end && (ctx.Is(next, "out") && ctx.Is(next + 1, "of") && IsNumberWord(ctx, next + 2) || ctx.Is(next, "in") && IsNumberWord(ctx, next + 1)))
        {
            var share = HeadAfterDeterminers(ctx, ctx.Is(next, "out") ? next + 2 : next + 1, end);
            if (share.Length > 0) return new(share, false);
        }

        // "a 34% rise in quarterly profit", "a £2m cut in funding".
        if (next + 1 < end && IsChangeWord(ctx.Word(next)) && (ctx.Is(next + 1, "in") || ctx.Is(next + 1, "of")))
        {
            var changed = HeadAfterDeterminers(ctx, next + 2, end);
            if (changed.Length > 0) return new(changed, false);
        }

        // "$420 a night", "$38 a share" (not "£1,690 a year": a period, not what is priced).
        if (q.Kind == QuantityKind.Money && next + 1 < end && (ctx.Is(next, "a") || ctx.Is(next, "an") || ctx.Is(next, "per"))
            && ctx.Tokens[next + 1].Kind == TokenKind.Word && !ctx.IsIn(next + 1, TimeNouns) && char.IsLower(ctx.Word(next + 1)[0]))
            return new(ctx.Text.Substring(ctx.Tokens[next + 1].Start, ctx.Tokens[next + 1].Length), false);

        if (q.Kind == QuantityKind.Money && next + 1 < end && (ctx.Is(next, "in") || ctx.Is(next, "for") || ctx.Is(next, "on"))
            && ctx.Tokens[next + 1].Kind == TokenKind.Word && !ctx.IsIn(next + 1, English.CountWords)
            && char.IsLower(ctx.Word(next + 1)[0]) && !ctx.IsIn(next + 1, NotWhatMoneyIsFor))
        {
            // "$3bn in revenue", "£10 for each dose"; not "in six weeks".
            var phrase = HeadAfterDeterminers(ctx, next + 1, end);
            if (phrase.Length > 0 && !TimeNouns.Contains(phrase) && !PeriodOpeners.Contains(FirstWordOf(phrase))) return new(phrase, false);
        }

        var forward = HeadNoun(ctx, next, end);
        if (forward.Length > 0 && !IsChangeWord(forward) && !PeriodOpeners.Contains(forward) && (q.Kind == QuantityKind.Number || !TimeNouns.Contains(forward)))
            return new(forward, false);

        // "killed 12 and wounded 40": the count of those the verb names.
        // "killing 212 people and injuring more than 1,400" counts people twice.
        if (HarmVerbBefore(ctx, q, sentence) is { } harmed)
            return new(harmed, PreviousFigure(others, q) is { } before && HarmVerbBefore(ctx, before, sentence) is not null);
        var backward = Backward(ctx, q, sentence, others);
        // "independents won nine.", "Rudd for five": a bare count takes the noun of the count before it.
        if (q.Kind == QuantityKind.Number && EndsClause(ctx, next, end)) return backward with { Inherit = true };
        return backward;
    }

    /// <summary>The measure of an age: "Graham Pell, 58,", "aged 19", "a 45-year-old".</summary>
    public const string Age = "age";

    /// <summary>Participles that name what a bare count after a verb of harm counts.</summary>
    public static readonly WordSet HarmParticiples = new("killed", "wounded", "injured");

    private static readonly WordSet AgeMarkers = new("aged", "age");

    // Words after "$3bn in …" that say how or when money moved, not what it is for.
    private static readonly WordSet NotWhatMoneyIsFor = new(
        "cash", "stock", "shares", "early", "late", "total", "all", "full", "part", "morning", "afternoon", "trading", "value");

    private static ReadOnlySpan<char> FirstWordOf(string phrase) => phrase.IndexOf(' ') is var space and >= 0 ? phrase.AsSpan(0, space) : phrase;

    /// <summary>Words that open a period after a figure ("310 million euros in the first half of 2024"): never its measure.</summary>
    private static readonly WordSet PeriodOpeners = new(
        "first", "second", "third", "fourth", "last", "past", "next", "latest", "previous", "half", "quarter", "period", "fiscal", "financial");

    // Words before a candidate noun that show it is a verb ("will receive £2.4m", "to pay 50p").
    private static readonly WordSet VerbOpeners = new(
        "will", "would", "can", "could", "may", "might", "must", "shall", "should", "to", "it", "he", "she", "they",
        "we", "i", "you", "who", "which", "that", "now", "also", "not", "never", "then", "just", "only");

    /// <summary>A whole number in commas right after a person's name, or after "aged".</summary>
    private static bool IsAge(FactContext ctx, Quantity q, int last, Sentence sentence)
    {
        if (q.Kind != QuantityKind.Number || q.Value is not { } v || v != decimal.Truncate(v) || v < 1 || v > 120 || q.ValueTo is not null) return false;
        int before = ctx.TokenBefore(q.Start);
        if (before < sentence.FirstToken) return false;
        if (ctx.IsIn(before, AgeMarkers)) return true;
        int after = last + 1;
        if (!ctx.Is(before, ",") || after >= sentence.TokenEnd || !(ctx.Is(after, ",") || ctx.Is(after, ")"))) return false;
        return ctx.EntityEndingAt(ctx.Tokens[before].Start) is { Type: Entities.EntityType.Person }
            || (before - 1 >= sentence.FirstToken && ctx.EntityAt(before - 1) is { Type: Entities.EntityType.Person });
    }

    /// <summary>"killed 12", "wounding at least 40", "kills 12": the participle of the verb right before the count.</summary>
    private static string? HarmVerbBefore(FactContext ctx, Quantity q, Sentence sentence)
    {
        int anchor = q.QualifierStart >= 0 && q.QualifierStart < q.Start ? q.QualifierStart : q.Start;
        int i = ctx.TokenBefore(anchor);
        if (i < sentence.FirstToken || ctx.Tokens[i].Kind != TokenKind.Word) return null;
        var w = ctx.Word(i);
        if (w.StartsWith("kill", StringComparison.OrdinalIgnoreCase)) return "killed";
        if (w.StartsWith("wound", StringComparison.OrdinalIgnoreCase)) return "wounded";
        if (w.StartsWith("injur", StringComparison.OrdinalIgnoreCase)) return "injured";
        return null;
    }

    /// <summary>Nothing nominal follows: punctuation, the sentence end, or a word that opens a new phrase.</summary>
    private static bool EndsClause(FactContext ctx, int next, int end) =>
        next >= end || ctx.Tokens[next].Kind is TokenKind.Punctuation
        || ctx.Is(next, "and") || ctx.Is(next, "on") || ctx.Is(next, "in") || ctx.Is(next, "since") || ctx.Is(next, "after");

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
        // "a 45-year-old former judge": an age, whatever noun follows.
        if (suffix.Equals("year-old", StringComparison.OrdinalIgnoreCase) || suffix.Equals("years-old", StringComparison.OrdinalIgnoreCase))
            return Age;
        if (FactLexicon.AdjectivalCompoundSuffixes.Contains(lastPart))
        {
            // `27-strong EU bloc`, `30-year-old man`: the noun that follows is what is measured.
            var head = HeadNoun(ctx, next, sentence.TokenEnd);
            if (head.Length > 0) return head;
        }
        return first.ToString();
    }

    /// <summary>Head of the phrase after determiners, numbers and possessives ("the council's 48 seats" → seats).</summary>
    private static string HeadAfterDeterminers(FactContext ctx, int i, int end)
    {
        while (true)
        {
            while (i < end && (ctx.IsIn(i, FactLexicon.Determiners) || IsNumberWord(ctx, i))) i++;
            int headEnd = PhraseEnd(ctx, i, end);
            if (headEnd < end && headEnd > i && English.IsPossessive(ctx.Word(headEnd))) { i = headEnd + 1; continue; }
            return HeadNoun(ctx, i, end);
        }
    }

    private static int PhraseEnd(FactContext ctx, int i, int end)
    {
        while (i < end && ctx.Tokens[i].Kind == TokenKind.Word && !English.IsPossessive(ctx.Word(i))
               && !FactLexicon.PhraseStoppers.Contains(ctx.Word(i))) i++;
        return i;
    }

    /// <summary>
    /// The head of the noun phrase starting at <paramref name="i"/>: the first plural not followed by
    /// another noun-like word, else the last word before a function word, verb-like word or punctuation.
    /// </summary>
    private static string HeadNoun(FactContext ctx, int i, int end)
    {
        int head = -1, start = i;
        for (int n = 0; i < end && n < MaxPhraseWords; i++, n++)
        {
            if (ctx.Tokens[i].Kind != TokenKind.Word) break;
            var w = ctx.Word(i);
            if (n == 0 && CountModifiers.Contains(w)) { n--; continue; } // "10,000 fewer workers"
            if (head >= 0 && w is "and" && i + 1 < end && NounFollows(ctx, i + 1, end)) continue; // "health and care workers"
            if (FactLexicon.PhraseStoppers.Contains(w) && !TimeNouns.Contains(w) || FactLexicon.Determiners.Contains(w)) break;
            if (English.IsPossessive(w) || English.CountWords.Contains(w)) break;
            if (LooksLikeVerb(w))
            {
                if (NounFollows(ctx, i + 1, end)) continue; // "5,000 surveyed voters": a participle used as adjective
                break;                                      // "733 recorded in", "16% coming across"
            }
            // "rose 23 percent Thursday": a day or month dates the figure; "to 4,175 shortly after": an adverb is no head,
            // though the phrase may go on after one ("five elderly people", "3 family members").
            if (NumberWords.Get(w).Is(WordClass.Weekday | WordClass.Month) && char.IsUpper(w[0])) break;
            if (w.EndsWith("ly") && char.IsLower(w[0])) continue;
            // A name is never the measured noun, only a modifier inside the phrase: "5 Airbus planes", "two black
            // Arkansas churches" measure planes and churches; "400 champion Michael Johnson", champion.
            if (ctx.EntityAt(i) is { Type: EntityType.Person or EntityType.Location or EntityType.Organization }) continue;
            head = i;
            if (IsPlural(w) && !PluralFollows(ctx, i + 1, end)) break;
        }
        return head < 0 ? "" : WithGenericModifier(ctx, head, start);
    }

    /// <summary>
    /// The head word, or for a head that only says what kind of figure it is (<c>rate</c>, <c>index</c>)
    /// the noun before it too: "unemployment rate", "interest rates"; not "average rate".
    /// </summary>
    private static string WithGenericModifier(FactContext ctx, int head, int floor)
    {
        var t = ctx.Tokens[head];
        if (!ctx.IsIn(head, GenericHeads) || head - 1 < Math.Max(floor, 0)) return ctx.Text.Substring(t.Start, t.Length);
        var m = ctx.Tokens[head - 1];
        var w = ctx.Word(head - 1);
        if (m.Kind != TokenKind.Word || !char.IsLower(w[0]) || FactLexicon.PhraseStoppers.Contains(w) || FactLexicon.Determiners.Contains(w)
            || GenericHeadAdjectives.Contains(w) || LooksLikeVerb(w) || English.IsPossessive(w) || w.EndsWith("ly"))
            return ctx.Text.Substring(t.Start, t.Length);
        return ctx.Text.Substring(m.Start, t.End - m.Start);
    }

    private static readonly WordSet GenericHeads = new("rate", "rates", "index");

    private static readonly WordSet GenericHeadAdjectives = new(
        "average", "key", "base", "overall", "annual", "headline", "current", "new", "official", "main", "low", "high",
        "higher", "lower", "record", "basic", "standard", "top", "monthly", "yearly", "weekly", "daily", "real",
        "nominal", "effective", "total", "fixed", "variable", "national", "global", "its", "their");

    private static bool NounFollows(FactContext ctx, int i, int end)
    {
        if (i >= end || ctx.Tokens[i].Kind != TokenKind.Word) return false;
        var w = ctx.Word(i);
        return char.IsLower(w[0]) && !FactLexicon.PhraseStoppers.Contains(w) && !FactLexicon.Determiners.Contains(w)
            && !LooksLikeVerb(w) && !English.IsPossessive(w) && !w.EndsWith("ly");
    }

    /// <summary>"measles cases", "sports cars": a plural followed by another plural noun.</summary>
    private static bool PluralFollows(FactContext ctx, int i, int end) =>
        NounFollows(ctx, i, end) && IsPlural(ctx.Word(i));

    private static bool IsChangeWord(ReadOnlySpan<char> w) =>
        English.IncreaseWords.Contains(w) || English.DecreaseWords.Contains(w);

    private static bool IsChangeWord(string w) => IsChangeWord(w.AsSpan());

    internal static bool IsPlural(ReadOnlySpan<char> w)
    {
        if (FactLexicon.IrregularPlurals.Contains(w)) return true;
        if (w.Length < 3) return false;
        // `MPs`, `nations`, `books`; not `class`, `status`, `analysis`.
        return w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i') && char.IsLetter(w[^2]);
    }

    private static bool IsNumberWord(FactContext ctx, int i) =>
        ctx.Tokens[i].Kind == TokenKind.Number || ctx.IsIn(i, English.CountWords);

    private static bool LooksLikeVerb(ReadOnlySpan<char> w) =>
        w.Length >= 4 && char.IsLower(w[0]) && ((w.EndsWith("ed") && !w.EndsWith("eed")) || (w.Length > 4 && w.EndsWith("ing")))
        || IrregularParticiples.Contains(w);

    // Participles without "-ed" that are not also common nouns ("a round led by", "a stake held by"; not "cut", "run").
    private static readonly WordSet IrregularParticiples = new(
        "led", "held", "paid", "made", "won", "sold", "built", "bought", "brought", "taken", "given", "known", "shown",
        "grown", "kept", "spent", "driven", "written", "chosen", "stolen", "sent", "told");
}
