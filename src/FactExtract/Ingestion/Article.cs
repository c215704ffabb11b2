using FactExtract.Lang;

namespace FactExtract.Ingestion;

/// <summary>
/// One decoded article as ingestion hands it on. <see cref="Text"/> is the text every offset in
/// the output refers to (for HTML: the extracted visible text, not the markup).
/// </summary>
public sealed record Article(string Id, string File, string Text)
{
    public string? Title { get; init; }

    /// <summary>
    /// The date the article's metadata gives (JSON <c>date</c>, HTML metadata), or the date the caller
    /// gave; null when there is none or it did not read as a date. Read once at ingestion: the stages
    /// use this value and never parse the text again.
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>
    /// The metadata date as the source wrote it ("Tue, 08 Mar 2022 10:00:00 GMT"), kept for the
    /// output's <c>date</c> field; null when the source gave none (or the article was made in code).
    /// </summary>
    public string? DateText { get; internal init; }

    public string? Url { get; init; }

    /// <summary>This article with the metadata date <paramref name="text"/>, read into <see cref="Date"/>.</summary>
    internal Article WithDateText(string? text) => this with { DateText = text, Date = DateReader.ParseMetadata(text) };
}
