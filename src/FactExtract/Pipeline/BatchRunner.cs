using System.Collections.Concurrent;
using System.Diagnostics;
using FactExtract.Entities;
using FactExtract.Export;
using FactExtract.Facts;
using FactExtract.Ingestion;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Pipeline;

/// <summary>
/// Streams articles from a source through the pipeline on <c>threads</c> workers and hands the
/// results to a sink in input order, so output is byte-identical whatever the thread count.
/// At most <c>window</c> articles are in flight at once, so memory stays bounded however large
/// the corpus. A document whose processing throws is reported as skipped; the batch goes on.
/// </summary>
internal sealed class BatchRunner
{
    private readonly NlpPipeline _pipeline;
    private readonly int _threads;
    private readonly int _window;

    private readonly IResultCache? _cache;

    public BatchRunner(NlpPipeline pipeline, int threads, IResultCache? cache = null)
    {
        _cache = cache;
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _pipeline = pipeline;
        _threads = threads;
        _window = threads * 8;
    }

    public BatchProgress Progress { get; } = new();

    public BatchSummary Run(IArticleSource source, IResultSink sink, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if (_threads == 1) RunSequential(source, sink, cancellationToken);
        else RunParallel(source, sink, cancellationToken);
        return Progress.ToSummary(clock.Elapsed);
    }

    private void RunSequential(IArticleSource source, IResultSink sink, CancellationToken ct)
    {
        foreach (var item in source.Read(ct))
        {
            ct.ThrowIfCancellationRequested();
            Deliver(Process(item, ct), sink);
        }
        // A source may end early when cancelled; a cut-short run must not pass for a complete one.
        ct.ThrowIfCancellationRequested();
    }

    private void RunParallel(IArticleSource source, IResultSink sink, CancellationToken ct)
    {
        using var slots = new SemaphoreSlim(_window);
        using var work = new BlockingCollection<(long Seq, IngestItem Item)>(_window);
        var done = new ConcurrentDictionary<long, Outcome>();
        using var arrived = new SemaphoreSlim(0);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        Exception? producerFailure = null;
        long produced = -1;

        var producer = new Thread(() =>
        {
            long seq = 0;
            try
            {
                foreach (var item in source.Read(stop.Token))
                {
                    slots.Wait(stop.Token);
                    work.Add((seq++, item), stop.Token);
                }
            }
            catch (OperationCanceledException) { }
            catch (Exception ex) { producerFailure = ex; }
            finally
            {
                Interlocked.Exchange(ref produced, seq);
                work.CompleteAdding();
                arrived.Release();
            }
        }) { IsBackground = true, Name = "ingest" };

        var workers = Enumerable.Range(0, _threads).Select(i => new Thread(() =>
        {
            try
            {
                foreach (var (seq, item) in work.GetConsumingEnumerable(stop.Token))
                {
                    done[seq] = Process(item, stop.Token);
                    arrived.Release();
                }
            }
            catch (OperationCanceledException) { }
        }) { IsBackground = true, Name = $"worker-{i}" }).ToList();

        producer.Start();
        workers.ForEach(w => w.Start());
        try
        {
            for (long next = 0; ; )
            {
                if (done.TryRemove(next, out var outcome))
                {
                    Deliver(outcome, sink);
                    slots.Release();
                    next++;
                    continue;
                }
                long total = Interlocked.Read(ref produced);
                if (total >= 0 && next >= total)
                {
                    // The producer also stops on cancellation: everything it read may be delivered by now,
                    // but the input was cut short, so the run must still end as cancelled.
                    ct.ThrowIfCancellationRequested();
                    break;
                }
                arrived.Wait(ct);
            }
        }
        finally
        {
            stop.Cancel();
            producer.Join();
            workers.ForEach(w => w.Join());
        }
        if (producerFailure is not null) throw new InvalidOperationException("Reading the input failed.", producerFailure);
    }

    private Outcome Process(IngestItem item, CancellationToken ct)
    {
        if (item.Error is { } error) return new Outcome(null, error);
        var doc = new Document(item.Article!);
        try
        {
            _cache?.TryRestore(doc);
            _pipeline.Process(doc, ct);
            return new Outcome(doc, null);
        }
        catch (OperationCanceledException) { throw; }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One bad article never stops a batch: it is reported with the reason and skipped.
            return new Outcome(null, new IngestError(item.Article!.File, IngestReasons.ProcessingFailed(ex)));
        }
    }

    private void Deliver(Outcome outcome, IResultSink sink)
    {
        if (outcome.Document is { } doc)
        {
            sink.Write(doc);
            Progress.AddArticle(doc.WordCount, Count(doc, EntityLayer.Key), Count(doc, QuantityLayer.Key), Count(doc, FactLayer.Key));
        }
        else
        {
            sink.WriteError(outcome.Error!);
            Progress.AddSkipped();
        }
    }

    private static long Count<T>(Document doc, LayerKey<IReadOnlyList<T>> layer) =>
        doc.TryGet(layer, out var items) ? items.Count : 0;

    private sealed record Outcome(Document? Document, IngestError? Error);
}
