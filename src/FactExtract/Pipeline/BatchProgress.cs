namespace FactExtract.Pipeline;

/// <summary>A running tally, read by the progress display while the batch runs.</summary>
internal sealed class BatchProgress
{
    private long _articles, _skipped, _words, _entities, _quantities, _facts;

    public long Articles => Interlocked.Read(ref _articles);
    public long Skipped => Interlocked.Read(ref _skipped);
    public long Words => Interlocked.Read(ref _words);

    internal void AddArticle(long words, long entities, long quantities, long facts)
    {
        Interlocked.Increment(ref _articles);
        Interlocked.Add(ref _words, words);
        Interlocked.Add(ref _entities, entities);
        Interlocked.Add(ref _quantities, quantities);
        Interlocked.Add(ref _facts, facts);
    }

    internal void AddSkipped() => Interlocked.Increment(ref _skipped);

    internal BatchSummary ToSummary(TimeSpan elapsed) =>
        new(Articles, Skipped, Words, Interlocked.Read(ref _entities), Interlocked.Read(ref _quantities), Interlocked.Read(ref _facts), elapsed);
}
