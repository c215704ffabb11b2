namespace FactExtract.Ingestion;

/// <summary>What a source yields for each input: an article, or the reason it was skipped.</summary>
internal readonly record struct IngestItem
{
    private IngestItem(Article? article, IngestError? error)
    {
        Article = article;
        Error = error;
    }

    public Article? Article { get; }
    public IngestError? Error { get; }

    public static IngestItem Ok(Article article) => new(article ?? throw new ArgumentNullException(nameof(article)), null);
    public static IngestItem Failed(string file, string reason) => new(null, new IngestError(file, reason));
}
