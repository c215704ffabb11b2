namespace FactExtract.Quantities;

/// <summary>Where an article's date was found.</summary>
internal enum ArticleDateSource : byte
{
    /// <summary>The <c>date</c> field of a JSON or JSON Lines record.</summary>
    Json,
    /// <summary>The page's metadata (HTML <c>meta</c>/<c>time</c>).</summary>
    Html,
    /// <summary>A date given by the caller of the library, or by an input whose kind is not known.</summary>
    Metadata,
    /// <summary>A line of its own near the top holding only a date: "Tuesday, March 8, 2022".</summary>
    DateLine,
    /// <summary>A news dateline opening the first paragraphs: "LONDON, March 3 (Reuters) -", "BRUSSELS 1996-08-22".</summary>
    Dateline,
}

/// <summary>
/// The date an article was written, the reference for "yesterday", "on Monday", "last month" and
/// "March 14": a day, without a year when the source gives none ("LONDON, March 3 (Reuters) -"):
/// then nothing is resolved against it.
/// </summary>
internal sealed record ArticleDate(PartialDate Day, ArticleDateSource Source)
{
    /// <summary>The full date, when the year is known.</summary>
    public DateOnly? Date => Day.ToDateOnly();
}

internal static class ArticleDateSourceNames
{
    /// <summary>The name written to articles.jsonl (<c>date_source</c>).</summary>
    public static string ToName(this ArticleDateSource source) => source switch
    {
        ArticleDateSource.Json => "json",
        ArticleDateSource.Html => "html",
        ArticleDateSource.Metadata => "metadata",
        ArticleDateSource.DateLine => "date line",
        ArticleDateSource.Dateline => "dateline",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
