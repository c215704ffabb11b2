using FactExtract.Cli.Commands;
using FactExtract.Ingestion;

namespace FactExtract.Cli;

/// <summary>Builds the article source for the command line's inputs and options.</summary>
internal static class ArticleSources
{
    public static IngestOptions IngestOptionsFor(ExtractOptions options, IngestReport? report = null, IReadOnlySet<string>? excludedPaths = null) =>
        new()
        {
            MaxFileBytes = options.MaxFileBytes,
            Shard = options.Shard,
            Report = report,
            ExcludedPaths = excludedPaths ?? new HashSet<string>(StringComparer.Ordinal),
        };

    /// <summary>Reads on a thread of its own, so Ctrl-C works even while a read blocks (stdin, a FIFO).</summary>
    public static IArticleSource Create(ExtractOptions options, CliConsole console, IngestOptions? ingestOptions = null) =>
        new InterruptibleSource(new CommandLineArticleSource(options.Inputs, () => console.In, ingestOptions ?? IngestOptionsFor(options)));
}
