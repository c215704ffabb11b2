using System.Globalization;
using FactExtract.Facts;
using FactExtract.Quantities;
using FactExtract.Text;
using static FactExtract.Export.Schemas.CommonColumns;

namespace FactExtract.Export.Schemas;

/// <summary><c>facts.csv</c> and the <c>facts</c> array of <c>articles.jsonl</c>.</summary>
internal static class FactSchema
{
    public static LayerSchema<Fact> Schema { get; } = new("facts",
        [
            .. ArticleAndSpan<Fact>(f => f.Sentence, f => f.Start, f => f.End),
            new Column<Fact, string>("kind", (_, f) => KindName(f), ValueFormats.Text),
            new Column<Fact, string>("value", (_, f) => ValueText(f), ValueFormats.SafeText),
            new Column<Fact, string>("unit", (_, f) => f.Quantity?.Unit ?? "", ValueFormats.Text),
            new Column<Fact, QuantityQualifier>("qualifier", (_, f) => f.Quantity?.Qualifier ?? QuantityQualifier.None, QuantitySchema.Qualifier),
            new Column<Fact, string>("measure", (_, f) => f.Measure, ValueFormats.SafeText),
            new Column<Fact, string>("subject", (_, f) => f.Subject, ValueFormats.SafeText),
            new Column<Fact, IReadOnlyList<string>>("entities", (_, f) => f.Entities.Select(e => e.Canonical).ToList(), ValueFormats.NameList),
            new Column<Fact, string>("time", (_, f) => TimeText(f.Time), ValueFormats.Text),
            new Column<Fact, ChangeDirection>("change", (_, f) => f.Change, ValueFormats.Name<ChangeDirection>(c => c.ToName())),
            new Column<Fact, string>("sentence_text", (c, f) => SentenceText(c.Doc, f.Sentence), ValueFormats.SafeText),
        ],
        rows: d => ByOffset(d, FactLayer.Key, f => f.Start, f => f.End),
        count: d => CountOf(d, FactLayer.Key),
        readJson: FactLinks.Read);

    /// <summary>The kind column: the quantity's kind for quantity facts (NUMBER, PERCENT…), else QUOTE or ROLE.</summary>
    internal static string KindName(Fact f) => f.Quantity is { } q ? q.Kind.ToName() : f.Kind.ToName();

    /// <summary>The value column: a quantity's invariant value, a range as <c>low-high</c>; a quote's words or a role phrase.</summary>
    internal static string ValueText(Fact f)
    {
        if (f.Quantity is not { } q) return f.Text;
        var value = InvariantNumber.Format(q.Value);
        return q.Value is { } low && q.ValueTo is { } high && high != low ? value + "-" + InvariantNumber.Format(high) : value;
    }

    /// <summary>
    /// The time column: a DATE quantity's calendar value in ISO form at the precision the text gives (<c>2023-08-22</c>,
    /// <c>2023-08</c>, <c>2023-W05</c>, <c>2020/2021</c>) when it has a year, else its year or year range; a day as <c>yyyy-MM-dd</c>.
    /// </summary>
    internal static string TimeText(FactTime? time)
    {
        if (time?.Day is { } day) return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (time?.Date is not { } date) return "";
        if (date.Date is { Year: not null } calendar) return NormalFormFormat.DateText(calendar);
        if (date.Value is not { } year) return "";
        var text = InvariantNumber.Format(year);
        return date.ValueTo is { } to && to != year ? text + "/" + InvariantNumber.Format(to) : text;
    }

    /// <summary>The sentence's text on one line (runs of whitespace become one space) for review.</summary>
    internal static string SentenceText(Document doc, int sentence)
    {
        if (sentence < 0 || sentence >= doc.Sentences.Length) return "";
        var s = doc.Sentences[sentence];
        return CollapseWhitespace(doc.Text.AsSpan(s.Start, s.End - s.Start));
    }

    private static string CollapseWhitespace(ReadOnlySpan<char> text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
