using FactExtract.Entities;
using FactExtract.Text;

namespace FactExtract.Facts;

/// <summary>
/// Finds direct speech in quotation marks (straight or curly) of at least four words and its
/// speaker: <c>Starmer said: "…"</c>, <c>"…," she said</c>, <c>"…", Home Secretary Yvette Cooper said</c>.
/// A pronoun speaker is the most recent person named outside quotes. A quote left open at the end
/// of a paragraph, followed later by a paragraph that opens with a quote mark and names no
/// speaker, is the same speaker going on (the news convention for multi-paragraph quotes).
/// Shorter quoted phrases are scare quotes (<c>"rapid returns unit"</c>) and are not reported.
/// </summary>
internal sealed class QuoteFinder
{
    public const int MinWords = 4;
    private const int AttributionWindow = 12;
    private const int PersonWindow = 20;
    private const int TitledSpeakerWindow = 8;

    private enum Mark { None, Open, Close }

    /// <summary>A quotation: token range of its content, whether its closing mark was found, and its speaker.</summary>
    private sealed record RawQuote(int OpenMark, int FirstToken, int LastToken, bool Closed, int CloseMark)
    {
        public string Speaker { get; set; } = "";
    }

    public List<Fact> Find(FactContext ctx)
    {
        var raw = Scan(ctx);
        var facts = new List<Fact>();
        if (raw.Count == 0) return facts; // most articles quote no one
        var quoted = new Quotations(ctx, raw);
        RawQuote? previous = null;
        foreach (var q in raw)
        {
            q.Speaker = After(ctx, q, quoted) ?? Before(ctx, q, quoted) ?? "";
            if (q.Speaker.Length == 0 && previous is { Closed: false } && StartsParagraph(ctx, q))
                q.Speaker = previous.Speaker;
            // “…,” Mrs Hollis said. “Children come here…”: a second quote in the same paragraph goes on.
            if (q.Speaker.Length == 0 && previous is { Closed: true } && SameParagraph(ctx, previous.CloseMark, q.OpenMark))
                q.Speaker = previous.Speaker;
            previous = q;
            if (q.Speaker.Length == 0 || WordCount(ctx, q) < MinWords) continue;

            int start = ctx.Tokens[q.FirstToken].Start;
            int last = q.LastToken;
            if (q.Closed && last > q.FirstToken && ctx.Is(last, ",")) last--; // "…risk," she said
            int end = ctx.Tokens[last].End;
            int sentence = ctx.Document.SentenceIndexAt(start);
            facts.Add(new Fact(start, end, FactKind.Quote, sentence)
            {
                Text = Normalize(ctx.Text.AsSpan(start, end - start)),
                Subject = q.Speaker,
                SubjectEntity = ctx.MentionOf(q.Speaker, sentence, start),
                Entities = ctx.EntitiesNamedIn(sentence),
                Time = ctx.ArticleDay,
            });
        }
        return facts;
    }

    /// <summary>Pairs quote marks; a paragraph break closes an open quote as unclosed.</summary>
    private static List<RawQuote> Scan(FactContext ctx)
    {
        var quotes = new List<RawQuote>();
        if (!MayHaveMarks(ctx.Text)) return quotes; // no token can be a mark: skip the walk over every token
        int open = -1;
        for (int i = 0; i < ctx.Tokens.Length; i++)
        {
            if (open >= 0 && ctx.ParagraphBreakBefore(i) && i > 0)
            {
                if (i - 1 > open) quotes.Add(new RawQuote(open, open + 1, i - 1, false, -1));
                open = -1;
            }
            var mark = MarkAt(ctx, i);
            if (mark == Mark.Open) open = i;
            else if (mark == Mark.Close && open >= 0)
            {
                if (i - 1 > open) quotes.Add(new RawQuote(open, open + 1, i - 1, true, i));
                open = -1;
            }
        }
        if (open >= 0 && open + 1 < ctx.Tokens.Length)
            quotes.Add(new RawQuote(open, open + 1, ctx.Tokens.Length - 1, false, -1));
        return quotes;
    }

    /// <summary>False when the text holds none of the characters every quote mark <see cref="MarkAt"/> knows is made of.</summary>
    private static bool MayHaveMarks(string text) =>
        text.AsSpan().IndexOfAny(MarkCharacters) >= 0 || text.Contains("``", StringComparison.Ordinal) || text.Contains("''", StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> MarkCharacters = System.Buffers.SearchValues.Create("\"“”„");

    private static Mark MarkAt(FactContext ctx, int i)
    {
        if (ctx.Tokens[i].Kind != TokenKind.Punctuation) return Mark.None;
        var w = ctx.Word(i);
        if (w is "“" or "``" or "„") return Mark.Open;
        if (w is "”" or "''") return Mark.Close;
        if (w is not "\"") return Mark.None;
        // A straight quote opens when it is glued to the next token and not to the previous one.
        bool gluedNext = i + 1 < ctx.Tokens.Length && !ctx.Tokens[i + 1].SpaceBefore;
        bool gluedPrevious = i > 0 && !ctx.Tokens[i].SpaceBefore && ctx.Word(i - 1) is not ("(" or "[");
        if (gluedNext && !gluedPrevious) return Mark.Open;
        return gluedPrevious ? Mark.Close : Mark.None;
    }

    /// <summary>`"…," she said` / `"…", Home Secretary Yvette Cooper said` / `"…," said Cooper`.</summary>
    private static string? After(FactContext ctx, RawQuote q, Quotations all)
    {
        if (!q.Closed) return null;
        int limit = Math.Min(ctx.Tokens.Length, q.CloseMark + 1 + AttributionWindow);
        for (int v = q.CloseMark + 1; v < limit; v++)
        {
            if (ctx.ParagraphBreakBefore(v) || MarkAt(ctx, v) != Mark.None || IsSentenceEnd(ctx, v)) return null;
            if (!ctx.IsIn(v, FactLexicon.SpeechVerbs)) continue;
            return SpeakerAround(ctx, v, q.CloseMark + 1, limit, all, quoteFollows: false);
        }
        return null;
    }

    /// <summary>`Starmer said: "…"` / `He added: "…"`.</summary>
    private static string? Before(FactContext ctx, RawQuote q, Quotations all)
    {
        int stop = Math.Max(0, q.OpenMark - AttributionWindow);
        for (int v = q.OpenMark - 1; v >= stop; v--)
        {
            if (ctx.ParagraphBreakBefore(v + 1) || MarkAt(ctx, v) != Mark.None || IsSentenceEnd(ctx, v)) return null;
            if (!ctx.IsIn(v, FactLexicon.SpeechVerbs)) continue;
            return SpeakerAround(ctx, v, stop, q.OpenMark, all, quoteFollows: true);
        }
        return null;
    }

    /// <param name="quoteFollows">The quote comes after the verb ("X, a spokeswoman for Y, said: …"), so the
    /// speaker may be named anywhere earlier in the sentence.</param>
    private static string? SpeakerAround(FactContext ctx, int verb, int from, int to, Quotations all, bool quoteFollows)
    {
        // Named speaker ending just before the verb (allowing "the" / titles in the entity), or just after it;
        // a person before an appositive wins over the organisation in it
        // ("Dr Helen Okoro, a consultant epidemiologist at the UKHSA, said").
        Entity? before = null, after = null, person = null;
        int sentence = ctx.Document.SentenceIndexAt(ctx.Tokens[verb].Start);
        int sentenceStart = sentence >= 0 ? ctx.Sentences[sentence].FirstToken : from;
        int personFrom = quoteFollows ? Math.Max(sentenceStart, verb - PersonWindow)
            : Math.Max(Math.Min(from, verb), Math.Max(sentenceStart, verb - PersonWindow));
        // Every candidate below starts between the earliest window start and a title's length after the verb.
        int windowFirst = Math.Clamp(Math.Min(from, personFrom), 0, ctx.Tokens.Length - 1);
        int windowLast = Math.Clamp(verb + TitledSpeakerWindow, 0, ctx.Tokens.Length - 1);
        Entity? titledAfter = null;
        foreach (var e in ctx.EntitiesStartingIn(ctx.Tokens[windowFirst].Start, ctx.Tokens[windowLast].End))
        {
            if (e.Type is not (EntityType.Person or EntityType.Organization)) continue;
            int first = ctx.TokenAt(e.Start), last = ctx.TokenAt(e.End - 1);
            if (last < verb && first >= from && last >= verb - 2) before = e;
            if (e.Type == EntityType.Person && last < verb && first >= personFrom && !IsQuoted(first, all, ctx)) person = e;
            if (first > verb && first <= verb + 3 && last < to) after ??= e; // "said (Councillor) Anna Price"
            // "said the assembly's leader, Marta Kovac": a person after a title set off by a comma.
            if (e.Type == EntityType.Person && first > verb + 3 && first <= verb + TitledSpeakerWindow && last < to
                && ctx.Is(first - 1, ",") && !IsSentenceEndBetween(ctx, verb, first)) titledAfter ??= e;
        }
        if (before is { Type: EntityType.Person }) return before.Canonical;
        if (person is not null && (before is null || ctx.Word(ctx.TokenAt(before.End - 1) + 1) is "," or "–" or "—" ||
                                   ctx.Word(verb - 1) is "," or "–" or "—")) return person.Canonical;
        if (before is not null) return before.Canonical;
        if (verb - 1 >= from && ctx.IsIn(verb - 1, FactLexicon.SubjectPronouns))
            return MostRecentPerson(ctx, ctx.Tokens[verb - 1].Start, all);
        return (after ?? titledAfter)?.Canonical;
    }

    private static bool IsSentenceEndBetween(FactContext ctx, int from, int to)
    {
        for (int i = from + 1; i < to; i++) if (IsSentenceEnd(ctx, i) || MarkAt(ctx, i) != Mark.None) return true;
        return false;
    }

    /// <summary>The last person named before <paramref name="offset"/> outside any quotation.</summary>
    private static string? MostRecentPerson(FactContext ctx, int offset, Quotations all) => all.LastPersonBefore(offset)?.Canonical;

    private static bool IsQuoted(int token, Quotations all, FactContext ctx) => all.Contains(ctx.Tokens[token].Start);

    /// <summary>
    /// A document's quotations (in text order, never overlapping) as character ranges, and the people
    /// named outside them, so "is this quoted?" and "who was named last?" are binary searches:
    /// scanning every quote or every entity per question made long documents quadratic.
    /// </summary>
    private sealed class Quotations
    {
        private readonly int[] _starts;
        private readonly int[] _ends;
        private readonly FactContext _ctx;
        private Entity[]? _unquotedPeople; // in text order

        public Quotations(FactContext ctx, List<RawQuote> quotes)
        {
            _ctx = ctx;
            _starts = quotes.Select(q => ctx.Tokens[q.FirstToken].Start).ToArray();
            _ends = quotes.Select(q => ctx.Tokens[q.LastToken].End).ToArray();
        }

        public bool Contains(int offset)
        {
            int i = LastAtOrBefore(_starts, offset, x => x);
            return i >= 0 && offset < _ends[i];
        }

        /// <summary>The last person (in text order) ending at or before <paramref name="offset"/> outside any quotation.</summary>
        public Entity? LastPersonBefore(int offset)
        {
            _unquotedPeople ??= [.. _ctx.Entities.Where(e => e.Type == EntityType.Person && !Contains(e.Start)).OrderBy(e => e.Start)];
            // Starting at or after the offset means ending after it; a mention straddling it is skipped.
            for (int i = LastAtOrBefore(_unquotedPeople, offset - 1, e => e.Start); i >= 0; i--)
                if (_unquotedPeople[i].End <= offset) return _unquotedPeople[i];
            return null;
        }

        /// <summary>Index of the last item whose key is at most <paramref name="offset"/>, or -1 (items ascend by key).</summary>
        private static int LastAtOrBefore<T>(T[] items, int offset, Func<T, int> key)
        {
            int lo = 0, hi = items.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (key(items[mid]) <= offset) lo = mid + 1; else hi = mid;
            }
            return lo - 1;
        }
    }

    private static bool SameParagraph(FactContext ctx, int from, int to)
    {
        for (int i = from + 1; i <= to; i++)
            if (ctx.ParagraphBreakBefore(i)) return false;
        return true;
    }

    private static bool StartsParagraph(FactContext ctx, RawQuote q) =>
        q.OpenMark == 0 || ctx.ParagraphBreakBefore(q.OpenMark);

    private static bool IsSentenceEnd(FactContext ctx, int i) => ctx.Word(i) is "." or "!" or "?";

    private static int WordCount(FactContext ctx, RawQuote q)
    {
        int n = 0;
        for (int i = q.FirstToken; i <= q.LastToken; i++)
            if (ctx.Tokens[i].Kind is TokenKind.Word or TokenKind.Number) n++;
        return n;
    }

    /// <summary>Whitespace runs (line breaks of a wrapped quote) become one space.</summary>
    internal static string Normalize(ReadOnlySpan<char> text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        bool space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
