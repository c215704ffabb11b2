using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace FactExtract.Ingestion;

/// <summary>
/// Reads another source on a thread of its own and hands items over through a small queue, so a
/// read that blocks in the kernel (standard input from a terminal, a named pipe given as input)
/// never blocks cancellation: Ctrl-C ends the enumeration at once and the reading thread, a
/// background thread, is abandoned. Order and errors of the inner source are kept.
/// </summary>
internal sealed class InterruptibleSource(IArticleSource inner, int capacity = 16) : IArticleSource
{
    private readonly IArticleSource _inner = inner ?? throw new ArgumentNullException(nameof(inner));

    public IEnumerable<IngestItem> Read(CancellationToken cancellationToken = default)
    {
        // Not disposed: a reader blocked in a read may still hold them after we return.
        var queue = new BlockingCollection<IngestItem>(capacity);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Exception? failure = null;
        var reader = new Thread(() =>
        {
            try
            {
                foreach (var item in _inner.Read(stop.Token)) queue.Add(item, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception e) { failure = e; }
            finally { queue.CompleteAdding(); }
        }) { IsBackground = true, Name = "read-inputs" };
        reader.Start();
        try
        {
            foreach (var item in queue.GetConsumingEnumerable(cancellationToken)) yield return item;
            if (failure is not null) ExceptionDispatchInfo.Throw(failure);
        }
        finally
        {
            stop.Cancel(); // an early stop (cancel, failure downstream) ends the reader too
        }
    }
}
