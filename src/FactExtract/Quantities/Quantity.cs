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
    string Qualifier,
    int Sentence)
{
    /// <summary>Upper bound when the mention is a range ("10-20%", "between 10 and 20"); <see cref="Value"/> is the lower bound.</summary>
    public decimal? ValueTo { get; init; }

    /// <summary>Character offset where the qualifier words start ("More" in "More than 380,000"), or -1 when there are none.</summary>
    public int QualifierStart { get; init; } = -1;

    /// <summary>
    /// For dates, a normalised form: ISO "2023-08-22", "2023-08", "--08-22" (no year), "2023",
    /// "1990s" (decade), "2020/2021" (year range). Null for other kinds.
    /// </summary>
    public string? Normalized { get; init; }
}
