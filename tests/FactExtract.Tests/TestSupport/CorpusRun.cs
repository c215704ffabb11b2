using System.Text.Json;
using FactExtract.Cli;

namespace FactExtract.Tests.TestSupport;

/// <summary>
/// The repository's sample articles as one dated JSON Lines file each (so shards split them and
/// the entity index has dates), and a helper to run <c>extract</c> on them in-process.
/// </summary>
public static class CorpusRun
{
    public static void WriteDatedArticles(TempDirectory input)
    {
        var files = Directory.GetFiles(RepositoryPaths.Corpus, "*.txt").Order(StringComparer.Ordinal).ToArray();
        for (int i = 0; i < files.Length; i++)
        {
            var record = new
            {
                id = Path.GetFileNameWithoutExtension(files[i]),
                date = new DateOnly(2024, 1, 1).AddDays(i * 7).ToString("yyyy-MM-dd"),
                text = File.ReadAllText(files[i]),
            };
            input.WriteFile($"articles/{record.id}.jsonl", JsonSerializer.Serialize(record) + "\n");
        }
    }

    public static int Extract(params string[] args)
    {
        var console = new CliConsole(new StringReader(""), new StringWriter(), new StringWriter());
        return Program.Run(["extract", .. args, "--quiet"], console, CancellationToken.None);
    }
}
