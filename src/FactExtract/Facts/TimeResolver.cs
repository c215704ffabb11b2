using FactExtract.Lang;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Facts;

/// <summary>
/// The time a fact refers to: the DATE quantity of its sentence nearest to it (a clause break counting
/// as several tokens); the output writes it in ISO form at the precision the text gives (<c>2023</c>, <c>2023-03</c>,
/// <c>2023-03-05</c>, <c>2021/2023</c>). A relative date ("yesterday", "last month") counts once the
/// quantity stage has resolved it against the article's date. Not the figure's time: a date where a
/// period starts (<c>since 2015</c>), a date that says when something was said (<c>said on Monday</c>,
/// <c>officials said yesterday</c>), and a date with another figure between it and this one
/// (<c>64% from 58% in 2019</c>: 2019 is the 58%'s). None when the sentence states none: the
/// article's own date is in the article record, and is not guessed to be every figure's time.
/// </summary>
internal sealed class TimeResolver
{
    private const int ClauseBreakCost = 4;

    private static readonly WordSet PeriodStarts = new("since");
    private static readonly WordSet DatePrepositions = new("on", "at", "in", "late", "early");

    /// <param name="sentence">The fact's sentence.</param>
    /// <param name="dates">The DATE quantities of the fact's sentence.</param>
    /// <param name="figures">The other (non-date) quantities of the sentence, in text order.</param>
    /// <returns>The DATE quantity that dates <paramref name="q"/>, or null when the sentence states none.</returns>
    public Quantity? Resolve(FactContext ctx, Sentence sentence, List<Quantity> dates, List<Quantity> figures, Quantity q)
    {
        if (dates.Count == 0 || IsComparedWithAYearBefore(ctx, q)) return null;
        int datelineEnd = Datelines.End(ctx, sentence);
        Quantity? best = null;
        int bestCost = int.MaxValue;
        foreach (var d in dates)
        {
            if (!GivesTime(d)) continue;
            if (IsPeriodStart(ctx, d) || IsTimeOfSpeech(ctx, d) || InDateline(ctx, d, datelineEnd) || FigureBetween(ctx, figures, q, d)) continue;
            int from = d.Start >= q.End ? ctx.TokenAt(Math.Max(q.Start, q.End - 1)) : ctx.TokenAt(Math.Max(d.Start, d.End - 1));
            int to = d.Start >= q.End ? ctx.TokenAt(d.Start) : ctx.TokenAt(q.Start);
            int cost = Math.Max(0, to - from) + ctx.ClauseBreaksBetween(from, to) * (ClauseBreakCost - 1);
            if (cost < bestCost) { best = d; bestCost = cost; }
        }
        return best;
    }

    /// <summary>
    /// True when a DATE quantity says a time: it has a year (<c>2023-08-22</c>, <c>2023-08</c>, <c>2020/2021</c>,
    /// <c>1998</c>). "in March" or "today" with no article date to resolve them against say none.
    /// </summary>
    public static bool GivesTime(Quantity date) => date.Date?.Year is not null || date.Value is not null;

    private static bool IsPeriodStart(FactContext ctx, Quantity d)
    {
        int before = ctx.TokenBefore(d.Start);
        return before >= 0 && ctx.IsIn(before, PeriodStarts);
    }

    /// <summary>
    /// "1.6 billion euros a year earlier", "3.1% the previous year": the figure is of a year before the sentence's date,
    /// which the text does not state; better no time than the other figure's.
    /// </summary>
    private static bool IsComparedWithAYearBefore(FactContext ctx, Quantity q)
    {
        int t = ctx.TokenAt(q.End);
        if (t + 2 >= ctx.Tokens.Length) return false;
        bool aYear = (ctx.Is(t, "a") || ctx.Is(t, "one")) && ctx.Is(t + 1, "year") && (ctx.Is(t + 2, "earlier") || ctx.Is(t + 2, "before") || ctx.Is(t + 2, "ago"));
        bool previous = ctx.Is(t, "the") && (ctx.Is(t + 1, "previous") || ctx.Is(t + 1, "prior")) && ctx.Is(t + 2, "year");
        return aYear || previous;
    }

    /// <summary>
    /// "OSLO, March 12, 2025 (Reuters) - Harbourline said its profit rose 18%": the dateline's date is when the report
    /// was filed, not the figure's time, though the two share the lead sentence.
    /// </summary>
    private static bool InDateline(FactContext ctx, Quantity d, int datelineEnd) => ctx.TokenAt(d.Start) < datelineEnd;

    /// <summary>"said on Monday", "the Labor Department said Friday", "told reporters on Monday".</summary>
    private static bool IsTimeOfSpeech(FactContext ctx, Quantity d)
    {
        int i = ctx.TokenBefore(d.Start);
        if (i >= 0 && ctx.IsIn(i, DatePrepositions)) i--;
        if (i >= 0 && ctx.IsIn(i, FactLexicon.SpeechVerbs)) return true;
        return i >= 1 && ctx.IsIn(i - 1, FactLexicon.SpeechVerbs) && ctx.Tokens[i].Kind == TokenKind.Word && char.IsLower(ctx.Word(i)[0]);
    }

    /// <summary>Another figure lies between and the date sits right next to it ("58% in 2019").</summary>
    private static bool FigureBetween(FactContext ctx, List<Quantity> figures, Quantity q, Quantity d)
    {
        int from = Math.Min(q.End, d.End), to = Math.Max(q.Start, d.Start);
        foreach (var f in figures)
        {
            if (ReferenceEquals(f, q) || f.Start < from || f.End > to) continue;
            // A date before both figures dates the clause ("early on Sunday, killing 212 and injuring 1,400") unless
            // the nearer one is a level compared with ("from 5.3% in February"); after them, a range's end shares
            // it ("rise by £83 to £1,745 a year from April"), other figures keep it ("64% from 58% in 2019").
            if (d.End <= q.Start ? !IsComparedLevel(ctx, f) : IsRangeEnd(ctx, f)) continue;
            int gap = f.End <= d.Start
                ? ctx.TokenAt(d.Start) - ctx.TokenAt(Math.Max(f.Start, f.End - 1))
                : ctx.TokenAt(f.Start) - ctx.TokenAt(Math.Max(d.Start, d.End - 1));
            if (gap <= MaxDateGap) return true;
        }
        return false;
    }

    private const int MaxDateGap = 5;

    private static readonly WordSet ComparisonWords = new("from", "than", "with", "against", "(");

    private static bool IsRangeEnd(FactContext ctx, Quantity f)
    {
        int anchor = f.QualifierStart >= 0 && f.QualifierStart < f.Start ? f.QualifierStart : f.Start;
        int before = ctx.TokenBefore(anchor);
        return before >= 0 && ctx.Is(before, "to");
    }

    /// <summary>"from 58%", "than 5%", "compared with 4%", "(“$92m)": a figure set against another.</summary>
    private static bool IsComparedLevel(FactContext ctx, Quantity f)
    {
        int anchor = f.QualifierStart >= 0 && f.QualifierStart < f.Start ? f.QualifierStart : f.Start;
        int before = ctx.TokenBefore(anchor);
        return before >= 0 && ctx.IsIn(before, ComparisonWords);
    }
}
