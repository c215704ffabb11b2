using FactExtract.Ingestion;

namespace FactExtract.Cli;

/// <summary>
/// Counts the input files of a run on a background thread (a folder walk lists names, it opens
/// nothing), so the progress display can show a percentage and an ETA while the run reads them.
/// Counts what the run delivers one by one: files and walk errors, within the shard.
/// </summary>
internal sealed class FileCensus
{
    private long _total = -1;

    /// <summary>The count once the walk is done; null before, or when the inputs include standard input.</summary>
    public long? Total => Interlocked.Read(ref _total) is >= 0 and var t ? t : null;

    public static FileCensus Start(IReadOnlyList<string> inputs, IngestOptions options, CancellationToken cancellationToken)
    {
        var census = new FileCensus();
        if (inputs.Contains(CommandLineArticleSource.StandardInput)) return census;
        // A quiet copy: the real walk is the one that reports warnings and counts.
        var quiet = options with { Report = null };
        var thread = new Thread(() =>
        {
            try
            {
                long n = new InputWalker(quiet).Walk(inputs, cancellationToken)
                    .LongCount(e => quiet.Shard is not { } s || s.Contains(e.ShardKey));
                Interlocked.Exchange(ref census._total, n);
            }
            catch (OperationCanceledException) { }
        }) { IsBackground = true, Name = "count-inputs", Priority = ThreadPriority.BelowNormal };
        thread.Start();
        return census;
    }
}
