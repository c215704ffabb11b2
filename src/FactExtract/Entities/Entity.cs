namespace FactExtract.Entities;

/// <summary>One entity mention. <c>Text == document.Text[Start..End]</c>.</summary>
public sealed record Entity(
    int Start,
    int End,
    string Text,
    EntityType Type,
    double Confidence,
    EntitySource Source,
    int Sentence)
{
    /// <summary>The article-level name this mention refers to (e.g. "Keir Starmer" for "Sir Keir").</summary>
    public string Canonical { get; init; } = Text;
}
