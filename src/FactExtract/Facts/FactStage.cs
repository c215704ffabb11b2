using FactExtract.Entities;
using FactExtract.Pipeline;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Facts;

/// <summary>
/// Pipeline stage that writes the facts layer: one quantity fact per quantity (tied to what it
/// measures, its subject, the sentence's entities, its time and any change), plus quote and
/// role facts. Light token cues only, no parser; every helper looks at a few tokens around
/// its anchor, so the stage stays cheap next to the entity recognizer.
/// <para>Decisions: ordinals get no fact (they rank, they do not measure); a DATE quantity gets
/// no fact of its own when its sentence has another quantity fact (it is that fact's time);
/// a quantity fact refers to its quantity (a range keeps its low and high ends; the output writes
/// <c>low-high</c>, <c>10-20</c>).</para>
/// </summary>
internal sealed class FactStage : IPipelineStage
{
    private readonly MeasureFinder _measures = new();
    private readonly ChangeDetector _changes = new();
    private readonly SubjectFinder _subjects = new();
    private readonly TimeResolver _times = new();
    private readonly QuoteFinder _quotes = new();
    private readonly RoleFinder _roles = new();

    public string Name => "facts";
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Entities | DocumentLayers.Quantities;
    public DocumentLayers Produces => DocumentLayers.Facts;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ctx = new FactContext(document);
        var facts = new List<Fact>();
        AddQuantityFacts(ctx, facts, cancellationToken);
        facts.AddRange(_quotes.Find(ctx));
        facts.AddRange(_roles.Find(ctx));
        facts.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.End != b.End ? a.End.CompareTo(b.End) : a.Kind.CompareTo(b.Kind));
        document.SetFacts(facts);
    }

    private void AddQuantityFacts(FactContext ctx, List<Fact> facts, CancellationToken cancellationToken)
    {
        var quantities = ctx.Document.Quantities;
        var quantityArray = quantities as Quantity[] ?? quantities.ToArray();
        var dates = new List<Quantity>();
        var figures = new List<Quantity>();
        int i = 0;
        while (i < quantities.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The quantities of one sentence (the layer is in text order).
            int sentenceIndex = SentenceOf(ctx, quantities[i]);
            int j = i;
            while (j < quantities.Count && SentenceOf(ctx, quantities[j]) == sentenceIndex) j++;

            dates.Clear();
            figures.Clear();
            for (int k = i; k < j; k++)
            {
                if (quantities[k].Kind == QuantityKind.Date) dates.Add(quantities[k]);
                else if (IsFigure(ctx, quantities[k])) figures.Add(quantities[k]);
            }
            bool hasMeasured = figures.Count > 0;
            var sentenceQuantities = new ArraySegment<Quantity>(quantityArray, i, j - i);
            Fact? previous = null;
            for (int k = i; k < j; k++)
            {
                var q = quantities[k];
                if (sentenceIndex < 0 || (q.Kind != QuantityKind.Date && !IsFigure(ctx, q))) continue;
                if (q.Kind == QuantityKind.Date && hasMeasured) continue;
                // "in March", "today" with no article date to resolve them: no time to report.
                if (q.Kind == QuantityKind.Date && !TimeResolver.GivesTime(q)) continue;
                var fact = QuantityFact(ctx, q, sentenceIndex, dates, figures, sentenceQuantities, previous);
                facts.Add(fact);
                if (q.Kind != QuantityKind.Date) previous = fact;
            }
            i = j;
        }
    }

    /// <summary>
    /// A quantity a fact reports: not an ordinal (it ranks), and not the "one" of "one of the few fintech firms",
    /// "one of 12 branches" (it picks a member out of a group; the group's size, if given, is the figure).
    /// </summary>
    private static bool IsFigure(FactContext ctx, Quantity q)
    {
        if (q.Kind == QuantityKind.Ordinal) return false;
        if (q.Kind != QuantityKind.Number || q.End - q.Start != 3 || !ctx.Text.AsSpan(q.Start, 3).Equals("one", StringComparison.OrdinalIgnoreCase)) return true;
        int next = ctx.TokenAt(q.Start) + 1;
        return !(next < ctx.Tokens.Length && ctx.Is(next, "of"));
    }

    private Fact QuantityFact(FactContext ctx, Quantity q, int sentenceIndex, List<Quantity> dates, List<Quantity> figures, ArraySegment<Quantity> sentenceQuantities, Fact? previous)
    {
        var measure = _measures.Find(ctx, q, ctx.Sentences[sentenceIndex], sentenceQuantities);
        // "31.4%, down from 36.8%", "41% of arrivals …, 26% on land": the same kind of figure for the same thing.
        var measureText = measure.Inherit && previous is not null && previous.QuantityKind == q.Kind && previous.Measure.Length > 0
            && !MeasureFinder.HarmParticiples.Contains(previous.Measure) && previous.Measure != MeasureFinder.Age
            ? previous.Measure : measure.Measure;
        var sentence = ctx.Sentences[sentenceIndex];
        int firstToken = ctx.TokenAt(q.Start), lastToken = ctx.TokenAt(Math.Max(q.Start, q.End - 1));
        bool compound = ctx.Tokens[lastToken].End > q.End && ctx.Text[q.End] == '-';
        bool isDate = q.Kind == QuantityKind.Date;
        // "four years ago" dates something; it is about nothing.
        var subject = IsTimeAgo(ctx, q, lastToken) ? "" : _subjects.Find(ctx, sentenceIndex, firstToken, lastToken, compound, personOnly: measureText == MeasureFinder.Age, measure: measureText,
            continues: previous is not null && Continues(ctx, q, sentence), inherits: measure.Inherit, previousSubject: previous?.Subject);
        // An age is as of the report, not of the event the sentence dates ("Whitby, 47, was sentenced yesterday").
        var time = isDate ? q : measureText == MeasureFinder.Age ? null : _times.Resolve(ctx, sentence, dates, figures, q);
        return new Fact(q.Start, q.End, FactKind.Quantity, sentenceIndex)
        {
            Quantity = q,
            Measure = measureText,
            Subject = subject,
            SubjectEntity = ctx.MentionOf(subject, sentenceIndex, q.Start),
            Entities = ctx.EntitiesNamedIn(sentenceIndex),
            Time = time is null ? null : FactTime.Of(time),
            Change = isDate ? ChangeDirection.None : ChangeOf(ctx, q, sentence, previous),
        };
    }

    /// <summary>The change the text states, or for a restatement ("cut 1,200 jobs, or 4%") the previous figure's.</summary>
    private ChangeDirection ChangeOf(FactContext ctx, Quantity q, Sentence sentence, Fact? previous)
    {
        var change = _changes.Detect(ctx, q, sentence);
        if (change != ChangeDirection.None || previous is null) return change;
        int anchor = q.QualifierStart >= 0 && q.QualifierStart < q.Start ? q.QualifierStart : q.Start;
        int before = ctx.TokenBefore(anchor);
        bool restated = before - 1 >= sentence.FirstToken && ctx.Is(before, "or") && ctx.Is(before - 1, ",");
        return restated ? previous.Change : ChangeDirection.None;
    }

    private static bool IsTimeAgo(FactContext ctx, Quantity q, int lastToken) =>
        q.Kind == QuantityKind.Duration && lastToken + 1 < ctx.Tokens.Length && ctx.Is(lastToken + 1, "ago");

    private static readonly Lang.WordSet ChangeNouns = new("increase", "rise", "fall", "drop", "gain", "premium", "decline", "jump", "cut", "discount");

    /// <summary>
    /// The figure restates or continues the one before it: the level moved from ("to 5.3% from 5.1%"), a
    /// bracketed or "or" restatement ("85 million euros ($92 million)", ", or $38 a share"), an appositive change
    /// (", a premium of 27 percent", "– an increase of 17%").
    /// </summary>
    private static bool Continues(FactContext ctx, Quantity q, Sentence sentence)
    {
        int anchor = q.QualifierStart >= 0 && q.QualifierStart < q.Start ? q.QualifierStart : q.Start;
        int before = ctx.TokenBefore(anchor);
        if (before < sentence.FirstToken) return false;
        if (ctx.Is(before, "from") || ctx.Is(before, "(")) return true;
        if (ctx.Is(before, "or")) return before - 1 >= sentence.FirstToken && ctx.Is(before - 1, ",");
        return ctx.Is(before, "of") && before - 3 >= sentence.FirstToken && ctx.IsIn(before - 1, ChangeNouns)
            && (ctx.Is(before - 2, "a") || ctx.Is(before - 2, "an")) && ChangeDetector.IsClauseBreak(ctx, before - 3);
    }

    private static int SentenceOf(FactContext ctx, Quantity q) =>
        (uint)q.Sentence < (uint)ctx.Sentences.Length && ctx.Sentences[q.Sentence].Span.Contains(new TextSpan(q.Start, q.End))
            ? q.Sentence
            : ctx.Document.SentenceIndexAt(q.Start);
}
