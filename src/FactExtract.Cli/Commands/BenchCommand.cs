using System.Diagnostics;
using FactExtract.Export;
using FactExtract.Ingestion;
using FactExtract.Pipeline;
using FactExtract.Text;

namespace FactExtract.Cli.Commands;

/// <summary>
/// <c>bench</c>: throughput per stage and end to end, and peak memory. Reads a corpus once,
/// repeats it in memory up to a word budget, times each stage alone on one thread, then the
/// whole pipeline with export at 1 and N threads.
/// </summary>
internal sealed class BenchCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["--corpus", "--words", "--threads", "--model", "--rounds"];
    private static readonly HashSet<string> FlagOptions = ["--help", "-h"];

    public string Name => "bench";
    public string Summary => "measure words/s per stage and end to end, and peak memory";
    public string Usage => """
        Usage: factextract bench [--corpus DIR] [--words N] [--threads N] [--model DIR] [--rounds R]

          --corpus DIR   articles to run on (default: corpus)
          --words N      repeat the corpus in memory up to about N words (default: 1000000)
          --threads N    thread count for the parallel end-to-end run (default: number of cores)
          --rounds R     timed rounds per measurement, best is reported (default: 3)

        Build in Release for meaningful figures:
          dotnet run -c Release --project src/FactExtract.Cli -- bench --corpus ../shared/corpus/news-1996
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var reader = new ArgumentReader(args, ValueOptions, FlagOptions);
        if (reader.Positionals.Count > 0) throw new UsageException($"bench takes no inputs ('{reader.Positionals[0]}'); use --corpus DIR");

        string corpus = reader.Value("--corpus") ?? "corpus";
        int targetWords = reader.IntValue("--words", 1_000_000, 1, int.MaxValue);
        int threads = reader.IntValue("--threads", Environment.ProcessorCount, 1, 256);
        int rounds = reader.IntValue("--rounds", 3, 1, 100);
        var pipeline = FactExtractor.Load(reader.Value("--model")).Pipeline;

        var articles = LoadRepeated(corpus, targetWords, pipeline, console, cancellationToken, out long words);
        var o = console.Out;
        o.WriteLine(FormattableString.Invariant($"corpus {corpus}: {articles.Count:N0} articles, {words:N0} words (in memory){(IsDebugBuild ? "  [DEBUG BUILD: figures not representative]" : "")}"));
        o.WriteLine($"{"stage",-24} {"words/s",14} {"articles/s",12} {"share",7}");

        // Each stage alone, one thread: documents are pre-processed up to the stage's input.
        var stageSeconds = new double[pipeline.Stages.Count];
        for (int s = 0; s < pipeline.Stages.Count; s++)
            stageSeconds[s] = BestOf(rounds, () => TimeStage(pipeline, s, articles, cancellationToken));
        double total = stageSeconds.Sum();
        for (int s = 0; s < pipeline.Stages.Count; s++)
            o.WriteLine(Row(pipeline.Stages[s].Name, words, articles.Count, stageSeconds[s], stageSeconds[s] / total));

        double one = BestOf(rounds, () => TimeEndToEnd(pipeline, articles, 1, cancellationToken));
        o.WriteLine(Row("end to end, 1 thread", words, articles.Count, one, double.NaN));
        if (threads > 1)
        {
            double many = BestOf(rounds, () => TimeEndToEnd(pipeline, articles, threads, cancellationToken));
            o.WriteLine(Row($"end to end, {threads} threads", words, articles.Count, many, double.NaN));
            o.WriteLine(FormattableString.Invariant($"speed-up with {threads} threads: {one / many:0.00}x"));
        }
        using var self = Process.GetCurrentProcess();
        o.WriteLine(FormattableString.Invariant($"peak memory (working set): {self.PeakWorkingSet64 / (1024.0 * 1024):0} MB"));
        return ExitCodes.Success;
    }

#if DEBUG
    private const bool IsDebugBuild = true;
#else
    private const bool IsDebugBuild = false;
#endif

    private static string Row(string name, long words, int articles, double seconds, double share) =>
        FormattableString.Invariant($"{name,-24} {words / seconds,14:N0} {articles / seconds,12:N0} {(double.IsNaN(share) ? "" : share.ToString("P0", System.Globalization.CultureInfo.InvariantCulture)),7}");

    private static double BestOf(int rounds, Func<double> measure)
    {
        measure(); // untimed warm-up: lets tiered JIT optimise the hot loops before timing
        double best = double.MaxValue;
        for (int i = 0; i < rounds; i++) best = Math.Min(best, measure());
        return best;
    }

    private static double TimeStage(NlpPipeline pipeline, int stageIndex, IReadOnlyList<Article> articles, CancellationToken ct)
    {
        var docs = articles.Select(a => new Document(a)).ToList();
        foreach (var doc in docs)
            for (int s = 0; s < stageIndex; s++) pipeline.Stages[s].Process(doc, ct);
        var stage = pipeline.Stages[stageIndex];
        var clock = Stopwatch.StartNew();
        foreach (var doc in docs) stage.Process(doc, ct);
        return clock.Elapsed.TotalSeconds;
    }

    private static double TimeEndToEnd(NlpPipeline pipeline, IReadOnlyList<Article> articles, int threads, CancellationToken ct)
    {
        var dir = Directory.CreateTempSubdirectory("factextract-bench-");
        try
        {
            var clock = Stopwatch.StartNew();
            using (var sink = new OutputSet(dir.FullName, OutputFormats.All))
            {
                new BatchRunner(pipeline, threads).Run(new InMemorySource(articles), sink, ct);
                sink.Commit();
            }
            return clock.Elapsed.TotalSeconds;
        }
        finally { dir.Delete(recursive: true); }
    }

    private static List<Article> LoadRepeated(string corpus, long targetWords, NlpPipeline pipeline, CliConsole console, CancellationToken ct, out long words)
    {
        var originals = new List<(Article Article, int Words)>();
        foreach (var item in ArticleSources.Create(new ExtractOptions { Inputs = [corpus] }, console).Read(ct))
        {
            if (item.Article is not { } a) continue;
            var doc = new Document(a);
            pipeline.Stages[0].Process(doc, ct);
            originals.Add((a, doc.WordCount));
        }
        if (originals.Count == 0) throw new UsageException($"no readable articles in '{corpus}'");
        var result = new List<Article>();
        words = 0;
        for (int copy = 0; words < targetWords; copy++)
            foreach (var (a, n) in originals)
            {
                result.Add(a with { Id = $"{a.Id}~{copy}" });
                words += n;
            }
        return result;
    }

    private sealed class InMemorySource(IReadOnlyList<Article> articles) : IArticleSource
    {
        public IEnumerable<IngestItem> Read(CancellationToken cancellationToken = default) =>
            articles.Select(IngestItem.Ok);
    }
}
