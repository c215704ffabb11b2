using FactExtract.Export.Schemas;
using FactExtract.Facts;
using FactExtract.Text;

namespace FactExtract.Export;

/// <summary>
/// Helpers the Parquet tables share with the schemas (same figures in every format). The CSV and
/// JSON Lines output no longer go through here: they iterate <see cref="OutputSchemas"/>.
/// </summary>
internal static class RowBuilder
{
    public static string FormatConfidence(double confidence) => ValueFormats.Confidence3(confidence);

    public static string FactKindName(Fact fact) => FactSchema.KindName(fact);

    public static string SentenceText(Document doc, int sentence) => FactSchema.SentenceText(doc, sentence);

    public static IReadOnlyList<T> LayerOrEmpty<T>(Document doc, DocumentLayers layer, Func<Document, IReadOnlyList<T>> get) =>
        doc.Has(layer) ? get(doc) : [];

    // Stages normally emit in text order already; the sort (stable) makes the output contract
    // independent of that.
    public static IEnumerable<T> SortedByOffset<T>(IReadOnlyList<T> items, Func<T, int> start, Func<T, int> end) =>
        items.OrderBy(start).ThenBy(end);
}
