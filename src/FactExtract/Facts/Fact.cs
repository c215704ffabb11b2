using FactExtract.Quantities;

namespace FactExtract.Facts;

/// <summary>
/// One fact row. <c>Start/End</c> are the offsets of the fact's anchor (the quantity, the quote,
/// the role phrase). Empty strings mean "not stated".
/// </summary>
public sealed record Fact(int Start, int End, FactKind Kind, int Sentence)
{
    /// <summary>For quantity facts, the quantity's kind; the CSV <c>kind</c> column shows it (NUMBER, PERCENT…).</summary>
    public QuantityKind? QuantityKind { get; init; }

    /// <summary>The kind as the output shows it: the quantity's kind (NUMBER, PERCENT…) for quantity facts, else QUOTE or ROLE.</summary>
    public string KindName => Kind == FactKind.Quantity && QuantityKind is { } qk ? qk.ToName() : Kind.ToName();
    public string Value { get; init; } = "";
    public string Unit { get; init; } = "";
    public string Qualifier { get; init; } = "";
    public string Measure { get; init; } = "";
    public string Subject { get; init; } = "";
    public IReadOnlyList<string> Entities { get; init; } = [];
    public string Time { get; init; } = "";
    public string Change { get; init; } = "";
}
