namespace FactExtract.Ingestion;

/// <summary>
/// A stream of articles in a stable order (folders: ordinal order of relative path; JSON Lines:
/// line order). Bad inputs are yielded as errors, never thrown, so a batch always completes.
/// </summary>
internal interface IArticleSource
{
    IEnumerable<IngestItem> Read(CancellationToken cancellationToken = default);
}
