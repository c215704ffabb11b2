using System.Text.Json;
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
            new Column<Fact, string>("kind", (_, f) => f.KindName, ValueFormats.Text),
            new Column<Fact, string>("value", (_, f) => f.Value, ValueFormats.SafeText),
            new Column<Fact, string>("unit", (_, f) => f.Unit, ValueFormats.Text),
            new Column<Fact, string>("qualifier", (_, f) => f.Qualifier, ValueFormats.Text),
            new Column<Fact, string>("measure", (_, f) => f.Measure, ValueFormats.SafeText),
            new Column<Fact, string>("subject", (_, f) => f.Subject, ValueFormats.SafeText),
            new Column<Fact, IReadOnlyList<string>>("entities", (_, f) => f.Entities, ValueFormats.NameList),
            new Column<Fact, string>("time", (_, f) => f.Time, ValueFormats.Text),
            new Column<Fact, string>("change", (_, f) => f.Change, ValueFormats.Text),
            new Column<Fact, string>("sentence_text", (c, f) => SentenceText(c.Doc, f.Sentence), ValueFormats.SafeText),
        ],
        rows: d => ByOffset(d, FactLayer.Key, f => f.Start, f => f.End),
        count: d => CountOf(d, FactLayer.Key),
        fromJson: FromJson,
        restore: (d, facts) => d.SetFacts(facts));

    private static Fact FromJson(JsonRow<Fact> r)
    {
        // The kind column shows the quantity's kind for quantity facts, else the fact's own kind.
        string kindName = r.Get<string>("kind");
        QuantityKind? quantityKind = Enum.GetValues<QuantityKind>().Where(k => k.ToName() == kindName).Select(k => (QuantityKind?)k).FirstOrDefault();
        var kind = quantityKind is not null ? FactKind.Quantity
            : Enum.GetValues<FactKind>().Where(k => k.ToName() == kindName).Select(k => (FactKind?)k).FirstOrDefault()
              ?? throw new JsonException($"unknown fact kind '{kindName}'");
        return new Fact(r.Get<int>("start"), r.Get<int>("end"), kind, r.Get<int>("sentence"))
        {
            QuantityKind = quantityKind,
            Value = r.Get<string>("value"),
            Unit = r.Get<string>("unit"),
            Qualifier = r.Get<string>("qualifier"),
            Measure = r.Get<string>("measure"),
            Subject = r.Get<string>("subject"),
            Entities = r.Get<IReadOnlyList<string>>("entities"),
            Time = r.Get<string>("time"),
            Change = r.Get<string>("change"),
        };
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
