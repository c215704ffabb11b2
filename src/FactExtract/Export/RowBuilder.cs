using FactExtract.Entities;
using FactExtract.Facts;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Export;

/// <summary>
/// Turns a processed document's layers into CSV rows, ordered by offset. The one place where
/// enums become their file names and numbers become invariant text.
/// </summary>
public static class RowBuilder
{
    public static IEnumerable<EntityRow> Entities(Document doc, OffsetConverter? offsets = null)
    {
        offsets ??= OffsetConverter.Identity;
        foreach (var e in SortedByOffset(LayerOrEmpty(doc, DocumentLayers.Entities, d => d.Entities), e => e.Start, e => e.End))
            yield return new EntityRow(
                SpreadsheetSafety.Escape(doc.Id), SpreadsheetSafety.Escape(doc.Article.File), e.Sentence, offsets.Convert(e.Start), offsets.Convert(e.End),
                e.Text, e.Type.ToName(), SpreadsheetSafety.Escape(e.Canonical),
                FormatConfidence(e.Confidence), e.Source.ToName(), e.EntityId);
    }

    public static IEnumerable<QuantityRow> Quantities(Document doc, OffsetConverter? offsets = null)
    {
        offsets ??= OffsetConverter.Identity;
        foreach (var q in SortedByOffset(LayerOrEmpty(doc, DocumentLayers.Quantities, d => d.Quantities), q => q.Start, q => q.End))
            yield return new QuantityRow(
                SpreadsheetSafety.Escape(doc.Id), SpreadsheetSafety.Escape(doc.Article.File), q.Sentence, offsets.Convert(q.Start), offsets.Convert(q.End),
                q.Text, q.Kind.ToName(), InvariantNumber.Format(q.Value), q.Unit, q.Qualifier,
                InvariantNumber.Format(q.ValueTo), q.Normalized ?? "");
    }

    public static IEnumerable<FactRow> Facts(Document doc, OffsetConverter? offsets = null)
    {
        offsets ??= OffsetConverter.Identity;
        foreach (var f in SortedByOffset(LayerOrEmpty(doc, DocumentLayers.Facts, d => d.Facts), f => f.Start, f => f.End))
            yield return new FactRow(
                SpreadsheetSafety.Escape(doc.Id), SpreadsheetSafety.Escape(doc.Article.File), f.Sentence, offsets.Convert(f.Start), offsets.Convert(f.End),
                FactKindName(f), SpreadsheetSafety.Escape(f.Value), f.Unit, f.Qualifier,
                SpreadsheetSafety.Escape(f.Measure), SpreadsheetSafety.Escape(f.Subject),
                SpreadsheetSafety.Escape(string.Join(';', f.Entities)), f.Time, f.Change,
                SpreadsheetSafety.Escape(SentenceText(doc, f.Sentence)));
    }

    public static IEnumerable<EntityIndexCsvRow> EntityIndex(IEnumerable<EntityIndexRow> rows) =>
        rows.Select(r => new EntityIndexCsvRow(
            r.EntityId, SpreadsheetSafety.Escape(r.Canonical), r.Type.ToName(), SpreadsheetSafety.Escape(string.Join(';', r.Aliases)),
            r.Articles, r.Mentions, IsoDate(r.FirstDate), IsoDate(r.LastDate)));

    private static string IsoDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>Three decimals: enough for review, and CSV and JSON show the same figure.</summary>
    public static string FormatConfidence(double confidence) =>
        confidence.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>QUOTE and ROLE facts carry their own kind; quantity facts show the quantity's kind.</summary>
    public static string FactKindName(Fact fact) =>
        fact.Kind == FactKind.Quantity && fact.QuantityKind is { } qk ? qk.ToName() : fact.Kind.ToName();

    /// <summary>The sentence's text on one line (runs of whitespace become one space) for review.</summary>
    public static string SentenceText(Document doc, int sentence)
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

    /// <summary>A pipeline without some stage (e.g. no model) still writes every file, with no rows for that layer.</summary>
    internal static IReadOnlyList<T> LayerOrEmpty<T>(Document doc, DocumentLayers layer, Func<Document, IReadOnlyList<T>> get) =>
        doc.Has(layer) ? get(doc) : [];

    // Stages normally emit in text order already; the sort (stable) makes the output contract
    // independent of that.
    internal static IEnumerable<T> SortedByOffset<T>(IReadOnlyList<T> items, Func<T, int> start, Func<T, int> end) =>
        items.OrderBy(start).ThenBy(end);
}
