using FactExtract.Cli.Commands;
using FactExtract.Ingestion;

namespace FactExtract.Cli;

/// <summary>Builds the article source for the command line's inputs and options.</summary>
public static class ArticleSources
{
    public static IArticleSource Create(ExtractOptions options, CliConsole console) =>
        new CommandLineArticleSource(options.Inputs, () => console.In, new IngestOptions
        {
            MaxFileBytes = options.MaxFileBytes,
            Shard = options.Shard,
        });
}
