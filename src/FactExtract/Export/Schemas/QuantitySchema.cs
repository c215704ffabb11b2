using FactExtract.Quantities;
using static FactExtract.Export.Schemas.CommonColumns;

namespace FactExtract.Export.Schemas;

/// <summary><c>quantities.csv</c> and the <c>quantities</c> array of <c>articles.jsonl</c>.</summary>
internal static class QuantitySchema
{
    /// <summary>A qualifier by its name ("more than"), empty for none: the quantities and facts tables write the same.
    /// Declared before <see cref="Schema"/>, which uses it: static initializers run in text order.</summary>
    internal static ValueFormat<QuantityQualifier> Qualifier { get; } = ValueFormats.Name<QuantityQualifier>(q => q.ToName());

    public static LayerSchema<Quantity> Schema { get; } = new("quantities",
        [
            .. ArticleAndSpan<Quantity>(q => q.Sentence, q => q.Start, q => q.End),
            new Column<Quantity, string>("text", (_, q) => q.Text, ValueFormats.Text),
            new Column<Quantity, QuantityKind>("kind", (_, q) => q.Kind, ValueFormats.Name<QuantityKind>(k => k.ToName())),
            new Column<Quantity, decimal?>("value", (_, q) => q.Value, ValueFormats.Number),
            new Column<Quantity, string>("unit", (_, q) => q.Unit, ValueFormats.Text),
            new Column<Quantity, QuantityQualifier>("qualifier", (_, q) => q.Qualifier, Qualifier),
            new Column<Quantity, decimal?>("value_to", (_, q) => q.ValueTo, ValueFormats.OptionalNumber),
            new Column<Quantity, NormalForm>("normalized", (_, q) => NormalForm.Of(q), NormalFormFormat.Instance),
        ],
        rows: d => ByOffset(d, QuantityLayer.Key, q => q.Start, q => q.End),
        count: d => CountOf(d, QuantityLayer.Key),
        fromJson: r =>
        {
            var normal = r.Get<NormalForm>("normalized");
            return new Quantity(r.Get<int>("start"), r.Get<int>("end"), r.Get<string>("text"), r.Get<QuantityKind>("kind"),
                r.Get<decimal?>("value"), r.Get<string>("unit"), r.Get<QuantityQualifier>("qualifier"), r.Get<int>("sentence"))
            { ValueTo = r.Get<decimal?>("value_to"), Date = normal.Date, InBaseUnit = normal.Measure, Duration = normal.Duration };
        },
        restore: (d, quantities) => d.SetQuantities(quantities),
        // JSON keeps the range's high end next to its low end.
        jsonOrder: ["sentence", "start", "end", "text", "kind", "value", "value_to", "unit", "qualifier", "normalized"]);
}
