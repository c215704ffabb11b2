namespace FactExtract.Quantities;

/// <summary>
/// One quantity mention. <c>Text == document.Text[Start..End]</c>. The span covers the number
/// with its currency sign/word and percent sign/word, but not its qualifier ("more than"),
/// which is reported normalised in <see cref="Qualifier"/>.
/// </summary>
public sealed record Quantity(
    int Start,
    int End,
    string Text,
    QuantityKind Kind,
    decimal? Value,
    string Unit,
    QuantityQualifier Qualifier,
    int Sentence)
{
    /// <summary>Upper bound when the mention is a range ("10-20%", "between 10 and 20"); <see cref="Value"/> is the lower bound.</summary>
    public decimal? ValueTo { get; init; }

    /// <summary>Character offset where the qualifier words start ("More" in "More than 380,000"), or -1 when there are none.</summary>
    public int QualifierStart { get; init; } = -1;

    /// <summary>
    /// A DATE's calendar value at the precision the text gives (a day, month, ISO week, year or run of
    /// years; without a year when nothing resolves it). Null for other kinds, and for a relative date
    /// ("yesterday") without an article date to resolve it against.
    /// </summary>
    public PartialDate? Date { get; init; }

    /// <summary>A MEASURE's value in its dimension's base unit ("42 km": 42000 m); null for a range or an inexact conversion (°F).</summary>
    public Measurement? InBaseUnit { get; init; }

    /// <summary>A DURATION in ISO 8601 units ("a fortnight": 14 days); null for a range.</summary>
    public IsoDuration? Duration { get; init; }
}
