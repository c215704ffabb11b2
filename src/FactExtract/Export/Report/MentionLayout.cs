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
        foreach (var e in entities.OrderBy(e => e.Start).ThenBy(e => e.End))
        {
            string? problem = SpanProblem(text, e.Start, e.End, e.Text);
            if (problem is null && e.Start < lastEnd) problem = "overlaps the mention before it";
            if (problem is not null) { notPlaced.Add((OutputSet.EntitiesFile, e.Row, e.Text, problem)); continue; }
            placed.Add(e);
            lastEnd = e.End;
        }

        var pieces = new List<QuantityPiece>();
        int quantityEnd = 0;
        foreach (var q in quantities.OrderBy(q => q.Start).ThenBy(q => q.End))
        {
            string? problem = SpanProblem(text, q.Start, q.End, q.Text);
            if (problem is null && q.Start < quantityEnd) problem = "overlaps the quantity before it";
            if (problem is not null) { notPlaced.Add((QuantitySchema.Schema.CsvFile, q.Row, q.Text, problem)); continue; }
            quantityEnd = q.End;
            int from = q.Start;
            foreach (var e in placed)
            {
                if (e.End <= from) continue;
                if (e.Start >= q.End) break;
                foreach (int cut in new[] { e.Start, e.End })
                    if (cut > from && cut < q.End) { pieces.Add(new(from, cut, q)); from = cut; }
            }
            pieces.Add(new(from, q.End, q));
        }
        return new MentionLayout { Placed = placed, QuantityPieces = pieces, NotPlaced = notPlaced };
    }

    private static string? SpanProblem(string text, int start, int end, string expected)
    {
        if (start < 0 || end > text.Length || start >= end) return $"offsets {start}–{end} are outside the text";
        if (!text.AsSpan(start, end - start).SequenceEqual(expected)) return $"offsets {start}–{end} do not point at this text";
        return null;
    }
}
