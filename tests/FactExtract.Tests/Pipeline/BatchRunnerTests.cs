using FactExtract.Export;
using FactExtract.Ingestion;
using FactExtract.Pipeline;
using FactExtract.Tests.TestSupport;
using FactExtract.Text;

namespace FactExtract.Tests.Pipeline;

public sealed class BatchRunnerTests
{
    private sealed class ListSource(IEnumerable<IngestItem> items) : IArticleSource
    {
        public IEnumerable<IngestItem> Read(CancellationToken cancellationToken = default) => items;
    }

    /// <summary>A stage that fails on one marked article, to prove one bad article never stops a batch.</summary>
    private sealed class FailOnMarkerStage : IPipelineStage
    {
        public string Name => "fail-on-marker";
        public DocumentLayers Requires => DocumentLayers.Tokens;
        public DocumentLayers Produces => DocumentLayers.None;
        public void Process(Document document, CancellationToken cancellationToken = default)
        {
            if (document.Text.Contains("BOOM", StringComparison.Ordinal)) throw new InvalidDataException("marker found");
        }
    }

    private static List<IngestItem> Articles(int count) =>
        Enumerable.Range(0, count)
            .Select(i => i % 17 == 5
                ? IngestItem.Failed($"bad{i}.bin", "binary file")
                : IngestItem.Ok(new Article($"a{i:D4}", $"a{i:D4}.txt", string.Join(' ', Enumerable.Repeat($"Word{i} number {i * 7}.", 1 + i % 13)))))
            .ToList();

    private static byte[] RunToJsonl(IReadOnlyList<IngestItem> items, int threads, out BatchSummary summary)
    {
        using var dir = new TempDirectory();
        var pipeline = new NlpPipeline([new TextStage(), new FailOnMarkerStage()]);
        using (var sink = new OutputSet(dir.Path, OutputFormats.All))
        {
            summary = new BatchRunner(pipeline, threads).Run(new ListSource(items), sink);
            sink.Commit();
        }
        return [.. File.ReadAllBytes(dir.Combine("articles.jsonl")), .. File.ReadAllBytes(dir.Combine("errors.csv"))];
    }

    [Fact]
    public void Output_is_byte_identical_whatever_the_thread_count()
    {
        var items = Articles(300);
        var one = RunToJsonl(items, 1, out var s1);
        var four = RunToJsonl(items, 4, out var s4);
        Assert.Equal(one, four);
        Assert.Equal(s1.Words, s4.Words);
        Assert.Equal(300 - items.Count(i => i.Error is not null), s4.Articles);
    }

    [Fact]
    public void A_failing_article_is_reported_and_the_rest_complete()
    {
        var items = Articles(20);
        items.Insert(3, IngestItem.Ok(new Article("boom", "boom.txt", "This one says BOOM.")));
        var bytes = System.Text.Encoding.UTF8.GetString(RunToJsonl(items, 2, out var summary));
        Assert.Contains("boom.txt,processing failed: InvalidDataException: marker found", bytes);
        int unreadable = items.Count(i => i.Error is not null);
        Assert.Equal(items.Count - unreadable - 1, summary.Articles);
        Assert.Equal(unreadable + 1, summary.Skipped);
    }

    [Fact]
    public void Cancellation_stops_the_run_with_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        var pipeline = new NlpPipeline([new TextStage()]);
        IEnumerable<IngestItem> Endless()
        {
            for (int i = 0; ; i++)
            {
                if (i == 50) cts.Cancel();
                yield return IngestItem.Ok(new Article($"a{i}", $"a{i}", "Some text."));
            }
        }
        using var dir = new TempDirectory();
        using var sink = new OutputSet(dir.Path, OutputFormats.Csv);
        Assert.ThrowsAny<OperationCanceledException>(() => new BatchRunner(pipeline, 2).Run(new ListSource(Endless()), sink, cts.Token));
    }

    /// <summary>
    /// A source that honours cancellation by ending early: everything it read gets delivered, so only the
    /// runner's own check can tell the caller that the output is cut short (before, this returned normally
    /// whenever the workers drained the read items first, which made the test above flaky).
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_source_that_ends_early_on_cancellation_still_ends_the_run_as_cancelled(int threads)
    {
        using var cts = new CancellationTokenSource();
        var pipeline = new NlpPipeline([new TextStage()]);
        IEnumerable<IngestItem> EndsWhenCancelled()
        {
            for (int i = 0; i < 3; i++) yield return IngestItem.Ok(new Article($"a{i}", $"a{i}", "Some text."));
            cts.Cancel();
        }
        using var dir = new TempDirectory();
        using var sink = new OutputSet(dir.Path, OutputFormats.Csv);
        Assert.ThrowsAny<OperationCanceledException>(() => new BatchRunner(pipeline, threads).Run(new ListSource(EndsWhenCancelled()), sink, cts.Token));
    }

    [Fact]
    public void A_stage_whose_input_no_earlier_stage_produces_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new NlpPipeline([new FailOnMarkerStage()]));
        Assert.Contains("requires Tokens", ex.Message);
    }
}
