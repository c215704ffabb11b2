using FactExtract.Export.Schemas;

namespace FactExtract.Export.Report;

/// <summary>
/// Decides where each row's highlight goes in an article's text. Entities are placed as whole
/// spans when their offsets are in range, point at exactly their <c>text</c> and do not overlap
/// an entity already placed; anything else is listed as "not placed" with the reason, never
/// silently dropped. Quantities are cut at entity edges, so markup always nests.
/// </summary>
internal sealed class MentionLayout
{
    public required IReadOnlyList<EntityMention> Placed { get; init; }
    public required IReadOnlyList<QuantityPiece> QuantityPieces { get; init; }
    public required IReadOnlyList<(string Table, int Row, string Text, string Reason)> NotPlaced { get; init; }

    /// <summary>A stretch of a quantity lying wholly inside one entity or wholly outside all of them.</summary>
    internal readonly record struct QuantityPiece(int Start, int End, QuantityMark Quantity);

    public static MentionLayout For(string text, IReadOnlyList<EntityMention> entities, IReadOnlyList<QuantityMark> quantities)
    {
        var notPlaced = new List<(string, int, string, string)>();
        var placed = new List<EntityMention>();
        int lastEnd = 0;
        foreach (var e in InTextOrder(entities, e => e.Start, e => e.End))
        {
            string? problem = SpanProblem(text, e.Start, e.End, e.Text);
            if (problem is null && e.Start < lastEnd) problem = "overlaps the mention before it";
            if (problem is not null) { notPlaced.Add((OutputSet.EntitiesFile, e.Row, e.Text, problem)); continue; }
            placed.Add(e);
            lastEnd = e.End;
        }

        var pieces = new List<QuantityPiece>();
        int quantityEnd = 0;
        int firstEntity = 0; // placed entities are in order and do not overlap: ends rise too
        foreach (var q in InTextOrder(quantities, q => q.Start, q => q.End))
        {
            string? problem = SpanProblem(text, q.Start, q.End, q.Text);
            if (problem is null && q.Start < quantityEnd) problem = "overlaps the quantity before it";
            if (problem is not null) { notPlaced.Add((QuantitySchema.Schema.CsvFile, q.Row, q.Text, problem)); continue; }
            quantityEnd = q.End;
            int from = q.Start;
            while (firstEntity < placed.Count && placed[firstEntity].End <= from) firstEntity++;
            for (int i = firstEntity; i < placed.Count && placed[i].Start < q.End; i++)
            {
                var e = placed[i];
                if (e.Start > from) { pieces.Add(new(from, e.Start, q)); from = e.Start; }
                if (e.End > from && e.End < q.End) { pieces.Add(new(from, e.End, q)); from = e.End; }
            }
            pieces.Add(new(from, q.End, q));
        }
        return new MentionLayout { Placed = placed, QuantityPieces = pieces, NotPlaced = notPlaced };
    }

    /// <summary>The rows by start, then end; a run writes them so already, and then they are taken as they are.</summary>
    private static IEnumerable<T> InTextOrder<T>(IReadOnlyList<T> rows, Func<T, int> start, Func<T, int> end)
    {
        for (int i = 1; i < rows.Count; i++)
        {
            int byStart = start(rows[i - 1]).CompareTo(start(rows[i]));
            if (byStart > 0 || (byStart == 0 && end(rows[i - 1]) > end(rows[i])))
                return rows.OrderBy(start).ThenBy(end);
        }
        return rows;
    }

    private static string? SpanProblem(string text, int start, int end, string expected)
    {
        if (start < 0 || end > text.Length || start >= end) return $"offsets {start}–{end} are outside the text";
        if (!text.AsSpan(start, end - start).SequenceEqual(expected)) return $"offsets {start}–{end} do not point at this text";
        return null;
    }
}
