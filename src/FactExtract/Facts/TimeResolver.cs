using FactExtract.Export;
using FactExtract.Quantities;

namespace FactExtract.Facts;

/// <summary>
/// The time a fact refers to: the DATE quantity of its sentence nearest to it (<c>in 2023</c>),
/// else the article's date when ingestion found one, else empty. Relative phrases
/// ("the previous year", "last month") are not resolved.
/// </summary>
internal sealed class TimeResolver
{
    /// <param name="dates">The DATE quantities of the fact's sentence.</param>
    public string Resolve(IReadOnlyList<Quantity> dates, int anchorStart, int anchorEnd, string? articleDate)
    {
        Quantity? best = null;
        int bestDistance = int.MaxValue;
        foreach (var d in dates)
        {
            int distance = d.Start >= anchorEnd ? d.Start - anchorEnd : Math.Max(0, anchorStart - d.End);
            if (distance < bestDistance) { best = d; bestDistance = distance; }
        }
        if (best is not null) return Format(best);
        return articleDate?.Trim() ?? "";
    }

    /// <summary>A year (or year range) when the quantity has one, else its text as written.</summary>
    public static string Format(Quantity date)
    {
        if (date.Value is not { } year) return date.Text;
        var text = InvariantNumber.Format(year);
        return date.ValueTo is { } to && to != year ? text + "/" + InvariantNumber.Format(to) : text;
    }
}
