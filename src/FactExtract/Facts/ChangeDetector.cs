using FactExtract.Quantities;
using FactExtract.Text;
using FactExtract.Lang;

namespace FactExtract.Facts;

/// <summary>
/// Says whether the text presents a quantity as an increase or a decrease, from change words
/// just before it in its clause (<c>rose by 5%</c>, <c>an increase of 17%</c>, <c>down from</c>)
/// or right after it (<c>a 5% rise</c>, <c>17% higher</c>).
/// </summary>
internal sealed class ChangeDetector
{
    private const ChangeDirection Increase = ChangeDirection.Increase;
    private const ChangeDirection Decrease = ChangeDirection.Decrease;
    private const ChangeDirection None = ChangeDirection.None;

    private const int LookBack = 5;
    private const int LookAhead = 2;

    // A number inside these phrases is not what a change word before them changes:
    // "falls to lowest level in three years", "smaller than the 2.1% forecast".
    private static readonly WordSet LookBackStops = new(
        "in", "for", "over", "within", "after", "since", "during", "at", "on", "across", "than", "with", "among");

    // Verbs whose particle "up"/"down" is not a change: "set up 3 clinics", "took down 40 posts".
    private static readonly WordSet PhrasalVerbs = new(
        "set", "sets", "setting", "sign", "signed", "pick", "picked", "take", "took", "taken", "make", "made",
        "open", "opened", "put", "give", "gave", "end", "ended", "add", "added", "sum", "line", "lined", "draw",
        "drew", "drawn", "build", "built", "break", "broke", "shut", "close", "closed", "turn", "turned", "back",
        "step", "stepped", "hand", "handed", "bring", "brought", "round", "rounded", "look", "looked");

    private static readonly WordSet AddedCounts = new("added", "adds", "add", "adding", "created", "creates", "create", "hired");
    private static readonly WordSet RemovedCounts = new("shed", "sheds", "shedding", "axed", "axe", "axes", "eliminated", "eliminate");
    private static readonly WordSet Conjunctions = new("and", "or", "but", "while", "whereas");
    private static readonly WordSet TimeOffsets = new("later", "earlier", "ago", "afterwards");

    // "revised down to", "cut to": a fall to a new level; "came down to", "boils down to" are not.
    private static readonly WordSet DownToIdioms = new("come", "comes", "came", "coming", "boil", "boils", "boiled", "get", "got", "gets", "settle", "settled", "narrowed");

    public ChangeDirection Detect(FactContext ctx, Quantity q, Sentence sentence)
    {
        int after = ctx.TokenAt(q.End);
        // "lifting the ban two hours later", "cut three years ago": the duration dates the change, it is not its amount
        // (a figure of another kind keeps its change: "shares rose 5% earlier in the day").
        if (q.Kind == QuantityKind.Duration && after < sentence.TokenEnd && ctx.IsIn(after, TimeOffsets)) return None;
        int anchor = q.QualifierStart >= 0 && q.QualifierStart < q.Start ? q.QualifierStart : q.Start;
        int first = ctx.TokenAtOrAfterStart(anchor);
        if (first - 1 >= sentence.FirstToken)
        {
            // "rose to 5.3% from 5.1%", ", up from $350": the level it moved from is no change itself.
            if (ctx.Is(first - 1, "from")) return None;
            // "added 263,000 jobs", "shed 500 jobs": verbs that are a change only with the count as object.
            if (ctx.IsIn(first - 1, AddedCounts)) return Increase;
            if (ctx.IsIn(first - 1, RemovedCounts)) return Decrease;
        }
        if (ChangeToLevel(ctx, first, sentence) is var toLevel and not None) return toLevel;
        for (int i = first - 1, n = 0; i >= sentence.FirstToken && n < LookBack; i--, n++)
        {
            if (IsClauseBreak(ctx, i)) break;
            // The number is the object of "in"/"for"/"than"…: what changes is something else.
            if (n == GoverningWord(ctx, first, sentence) && ctx.IsIn(i, LookBackStops)) break;
            var change = ChangeAt(ctx, i, sentence);
            if (change != None) return change;
        }

        for (int i = after, n = 0; i < sentence.TokenEnd && n < LookAhead; i++, n++)
        {
            if (ctx.IsIn(i, Conjunctions)) break; // "raises tax by 4.99% and cuts 85 posts"
            if (IsClauseBreak(ctx, i))
            {
                // "64%, up from 61%": a change stated just after the comma.
                if (ctx.Is(i, ",") && i + 2 < sentence.TokenEnd && (ctx.Is(i + 2, "from") || ctx.Is(i + 2, "on")))
                {
                    if (ctx.Is(i + 1, "up")) return Increase;
                    if (ctx.Is(i + 1, "down")) return Decrease;
                }
                break;
            }
            if (n == 0 && (ctx.Is(i, "fewer") || ctx.Is(i, "less"))) return Decrease; // "10,000 fewer workers"
            if (n == 0 && ctx.Is(i, "more") && !(i + 1 < sentence.TokenEnd && ctx.Is(i + 1, "than"))) return Increase;
            // Only nouns and comparatives after the number: "17% higher", "a 5% rise"; not "up" ("5% up to").
            if (ctx.Is(i, "up") || ctx.Is(i, "down")) continue;
            var change = ChangeAt(ctx, i, sentence);
            if (change != None) return change;
        }
        return None;
    }

    /// <summary>
    /// "rose by 1.3% in 2023 to a record 57.1 billion tonnes", "cut its price cap by £238 to £1,690", "raised its
    /// forecast to between $29bn and $30bn": a level reached by a change verb earlier in the clause, with "to"
    /// governing the figure and the amount of change or the object between them.
    /// </summary>
    private static ChangeDirection ChangeToLevel(FactContext ctx, int first, Sentence sentence)
    {
        int to = first - 1;
        while (to >= sentence.FirstToken && first - to <= 3 && (ctx.IsIn(to, FactLexicon.Determiners) || ctx.IsIn(to, LevelAdjectives))) to--;
        if (to < sentence.FirstToken || !ctx.Is(to, "to")) return None;
        for (int i = to - 1, n = 0; i >= sentence.FirstToken && n < LevelLookBack; i--, n++)
        {
            if (IsClauseBreak(ctx, i) || ctx.IsIn(i, Conjunctions) || ctx.Is(i, "to")) break;
            if (ctx.Is(i, "up") || ctx.Is(i, "down")) continue; // "revised down to" is decided by the ordinary look-back
            if (ctx.IsIn(i, ChangeVerbs)) return ChangeAt(ctx, i, sentence);
        }
        return None;
    }

    private const int LevelLookBack = 10;

    private static readonly WordSet LevelAdjectives = new("record", "new", "fresh");

    // The change words that are verbs taking "to" + a new level (not nouns: "the rise in prices to 5%" is rarer and ambiguous).
    private static readonly WordSet ChangeVerbs = new(
        "increased", "rose", "risen", "grew", "grown", "surged", "jumped", "climbed", "soared", "gained", "boosted", "raised", "lifted",
        "decreased", "fell", "fallen", "dropped", "declined", "cut", "slumped", "plunged", "sank", "shrank", "reduced", "slid", "dipped", "tumbled", "lowered");

    /// <summary>How many tokens back the word governing the number is (skipping determiners): 0 or 1.</summary>
    private static int GoverningWord(FactContext ctx, int first, Sentence sentence) =>
        first - 1 >= sentence.FirstToken && ctx.IsIn(first - 1, FactLexicon.Determiners) ? 1 : 0;

    private static ChangeDirection ChangeAt(FactContext ctx, int i, Sentence sentence)
    {
        var w = ctx.Word(i);
        bool up = English.IncreaseWords.Contains(w), down = English.DecreaseWords.Contains(w);
        if (!up && !down) return None;
        if (w.Equals("up", StringComparison.OrdinalIgnoreCase) || w.Equals("down", StringComparison.OrdinalIgnoreCase))
        {
            // "up to 20" is a limit, "set up" a phrasal verb; "up 5%", "down from 20", "revised down to 4 cents" are changes.
            if (i + 1 >= sentence.TokenEnd) return None;
            bool downTo = down && ctx.Is(i + 1, "to") && !(i - 1 >= sentence.FirstToken && ctx.IsIn(i - 1, DownToIdioms));
            if (downTo) return Decrease;
            if (ctx.Is(i + 1, "to")) return None;
            if (i - 1 >= sentence.FirstToken && ctx.IsIn(i - 1, PhrasalVerbs)) return None;
            if (ctx.Tokens[i + 1].Kind is TokenKind.Word && !ctx.Is(i + 1, "by") && !ctx.Is(i + 1, "from")) return None;
        }
        return up ? Increase : Decrease;
    }

    internal static bool IsClauseBreak(FactContext ctx, int i)
    {
        if (ctx.Tokens[i].Kind != TokenKind.Punctuation) return false;
        var w = ctx.Word(i);
        return w is "," or ";" or ":" or "–" or "—" or "--" or "(" or ")" or "\"" or "“" or "”";
    }
}
