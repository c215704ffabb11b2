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

    /// <summary>The corpus-wide id of the entity this mention names (see <see cref="EntityIds"/>).</summary>
    public string EntityId => EntityIds.For(Type, Canonical);
}
