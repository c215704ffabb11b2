using FactExtract.Entities;
using FactExtract.Export.Schemas;
using FactExtract.Facts;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Export;

/// <summary>A layer item with the document it belongs to: one Parquet row.</summary>
/// <remarks><see cref="Offsets"/> converts start/end to the run's <c>--offsets</c> unit.</remarks>
internal readonly record struct Item<T>(Document Doc, T Value, OffsetConverter Offsets);

/// <summary>
/// The Parquet tables: the CSV tables' columns in the same order, typed (offsets and counts as
/// INT32, values and confidences as DOUBLE, dates as DATE), with raw text (no spreadsheet escaping).
/// </summary>
internal static class ParquetTables
{
    public static IReadOnlyList<ParquetColumn<Item<Entity>>> Entities { get; } =
    [
        .. SpanColumns<Entity>(e => e.Sentence, e => e.Start, e => e.End),
        ParquetColumn<Item<Entity>>.String("text", r => r.Value.Text),
        ParquetColumn<Item<Entity>>.String("type", r => r.Value.Type.ToName()),
        ParquetColumn<Item<Entity>>.String("canonical", r => r.Value.Canonical),
        // The figure CSV and JSON show (three decimals), so every format agrees.
        ParquetColumn<Item<Entity>>.Double("confidence", r => double.Parse(RowBuilder.FormatConfidence(r.Value.Confidence), System.Globalization.CultureInfo.InvariantCulture)),
        ParquetColumn<Item<Entity>>.String("source", r => r.Value.Source.ToName()),
        ParquetColumn<Item<Entity>>.String("entity_id", r => r.Value.EntityId),
    ];

    public static IReadOnlyList<ParquetColumn<Item<Quantity>>> Quantities { get; } =
    [
        .. SpanColumns<Quantity>(q => q.Sentence, q => q.Start, q => q.End),
        ParquetColumn<Item<Quantity>>.String("text", r => r.Value.Text),
        ParquetColumn<Item<Quantity>>.String("kind", r => r.Value.Kind.ToName()),
        ParquetColumn<Item<Quantity>>.Double("value", r => (double?)r.Value.Value),
        ParquetColumn<Item<Quantity>>.String("unit", r => Empty(r.Value.Unit)),
        ParquetColumn<Item<Quantity>>.String("qualifier", r => Empty(r.Value.Qualifier)),
        ParquetColumn<Item<Quantity>>.Double("value_to", r => (double?)r.Value.ValueTo),
        ParquetColumn<Item<Quantity>>.String("normalized", r => Empty(r.Value.Normalized)),
    ];

    public static IReadOnlyList<ParquetColumn<Item<Fact>>> Facts { get; } =
    [
        .. SpanColumns<Fact>(f => f.Sentence, f => f.Start, f => f.End),
        ParquetColumn<Item<Fact>>.String("kind", r => RowBuilder.FactKindName(r.Value)),
        ParquetColumn<Item<Fact>>.String("value", r => Empty(FactSchema.ValueText(r.Value))),
        ParquetColumn<Item<Fact>>.String("unit", r => Empty(r.Value.Quantity?.Unit)),
        ParquetColumn<Item<Fact>>.String("qualifier", r => Empty(r.Value.Quantity?.Qualifier)),
        ParquetColumn<Item<Fact>>.String("measure", r => Empty(r.Value.Measure)),
        ParquetColumn<Item<Fact>>.String("subject", r => Empty(r.Value.Subject)),
        ParquetColumn<Item<Fact>>.String("entities", r => Empty(string.Join(';', r.Value.Entities.Select(e => e.Canonical)))),
        ParquetColumn<Item<Fact>>.String("time", r => Empty(FactSchema.TimeText(r.Value.Time))),
        ParquetColumn<Item<Fact>>.String("change", r => Empty(r.Value.Change.ToName())),
        ParquetColumn<Item<Fact>>.String("sentence_text", r => RowBuilder.SentenceText(r.Doc, r.Value.Sentence)),
    ];

    public static IReadOnlyList<ParquetColumn<EntityIndexRow>> EntityIndex { get; } =
    [
        ParquetColumn<EntityIndexRow>.String("entity_id", r => r.EntityId),
        ParquetColumn<EntityIndexRow>.String("canonical", r => r.Canonical),
        ParquetColumn<EntityIndexRow>.String("type", r => r.Type.ToName()),
        ParquetColumn<EntityIndexRow>.String("aliases", r => string.Join(';', r.Aliases)),
        ParquetColumn<EntityIndexRow>.Int("articles", r => r.Articles),
        ParquetColumn<EntityIndexRow>.Int("mentions", r => r.Mentions),
        ParquetColumn<EntityIndexRow>.Date("first_date", r => r.FirstDate),
        ParquetColumn<EntityIndexRow>.Date("last_date", r => r.LastDate),
    ];

    public static IEnumerable<Item<Entity>> EntityItems(Document doc, OffsetConverter offsets) =>
        RowBuilder.SortedByOffset(RowBuilder.LayerOrEmpty(doc, DocumentLayers.Entities, d => d.Entities), e => e.Start, e => e.End).Select(e => new Item<Entity>(doc, e, offsets));

    public static IEnumerable<Item<Quantity>> QuantityItems(Document doc, OffsetConverter offsets) =>
        RowBuilder.SortedByOffset(RowBuilder.LayerOrEmpty(doc, DocumentLayers.Quantities, d => d.Quantities), q => q.Start, q => q.End).Select(q => new Item<Quantity>(doc, q, offsets));

    public static IEnumerable<Item<Fact>> FactItems(Document doc, OffsetConverter offsets) =>
        RowBuilder.SortedByOffset(RowBuilder.LayerOrEmpty(doc, DocumentLayers.Facts, d => d.Facts), f => f.Start, f => f.End).Select(f => new Item<Fact>(doc, f, offsets));

    // The five leading columns every span table shares (article_id, file, sentence, start, end).
    private static ParquetColumn<Item<T>>[] SpanColumns<T>(Func<T, int> sentence, Func<T, int> start, Func<T, int> end) =>
    [
        ParquetColumn<Item<T>>.String("article_id", r => r.Doc.Id),
        ParquetColumn<Item<T>>.String("file", r => r.Doc.Article.File),
        ParquetColumn<Item<T>>.Int("sentence", r => sentence(r.Value)),
        ParquetColumn<Item<T>>.Int("start", r => r.Offsets.Convert(start(r.Value))),
        ParquetColumn<Item<T>>.Int("end", r => r.Offsets.Convert(end(r.Value))),
    ];

    // An empty CSV cell is a null in Parquet: "not stated", as readers of typed data expect.
    private static string? Empty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
