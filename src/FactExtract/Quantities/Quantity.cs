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

    /// <summary>Character range of the qualifier words in the text, when there is one.</summary>
    public int QualifierStart { get; init; } = -1;
}
