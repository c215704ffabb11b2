namespace FactExtract.Ingestion;

/// <summary>
/// Keeps article ids unique within a run: the second article with id "1" becomes "1#2", the
/// third "1#3" (skipping any such id already taken), each with a warning, so rows of different
/// articles can always be told apart. Remembers every id of the run (a few dozen bytes each).
/// Not thread-safe: one instance per reading loop.
/// </summary>
internal sealed class UniqueArticleIds(IngestReport? report)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public IngestItem MakeUnique(IngestItem item)
    {
        if (item.Article is not { } article || _seen.Add(article.Id)) return item;
        string id;
        int n = 2;
        while (!_seen.Add(id = $"{article.Id}#{n}")) n++;
        report?.Warn($"{article.File}: duplicate article id '{article.Id}' renamed '{id}'");
        return IngestItem.Ok(article with { Id = id });
    }
}
