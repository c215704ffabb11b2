// TEMPORARY until the ingestion branch lands: replaced by FactExtract.Ingestion sources.
using FactExtract.Cli.Commands;
using FactExtract.Ingestion;

namespace FactExtract.Cli;

public static class ShardSpec
{
    public static bool TryParse(string text, out (int K, int N) shard, out string error)
    {
        shard = default; error = "";
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out int k) && int.TryParse(parts[1], out int n) && n >= 1 && k >= 1 && k <= n)
        { shard = (k, n); return true; }
        error = "expected K/N with 1 <= K <= N"; return false;
    }
}

public static class ArticleSources
{
    public static IArticleSource Create(ExtractOptions options, CliConsole console) => new SimpleSource(options.Inputs);

    private sealed class SimpleSource(IReadOnlyList<string> inputs) : IArticleSource
    {
        public IEnumerable<IngestItem> Read(CancellationToken cancellationToken = default)
        {
            foreach (var input in inputs)
            {
                var files = Directory.Exists(input)
                    ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                    : (IEnumerable<string>)[input];
                foreach (var f in files)
                    yield return IngestItem.Ok(new Article(Path.GetFileNameWithoutExtension(f), f, File.ReadAllText(f)));
            }
        }
    }
}
