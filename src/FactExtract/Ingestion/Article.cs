namespace FactExtract.Ingestion;

/// <summary>
/// One decoded article as ingestion hands it on. <see cref="Text"/> is the text every offset in
/// the output refers to (for HTML: the extracted visible text, not the markup).
/// </summary>
public sealed record Article(string Id, string File, string Text)
{
    public string? Title { get; init; }
    public string? Date { get; init; }
    public string? Url { get; init; }
}
