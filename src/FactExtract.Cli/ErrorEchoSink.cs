using FactExtract.Export;
using FactExtract.Ingestion;
using FactExtract.Text;

namespace FactExtract.Cli;

/// <summary>
/// Passes results through to the real sink, names each skipped input on standard error, and
/// counts the input files finished (for the progress display's percentage).
/// </summary>
internal sealed class ErrorEchoSink(IResultSink inner, StatusWriter status, bool echo) : IResultSink
{
    private string? _lastFile;
    private long _filesDone;

    /// <summary>Input files whose articles (or skip) have been delivered; JSON Lines records of one file count once.</summary>
    public long FilesDone => Interlocked.Read(ref _filesDone);

    public void Write(Document document)
    {
        inner.Write(document);
        CountFile(document.Article.File);
    }

    public void WriteError(IngestError e)
    {
        if (echo) status.Line($"skipped {e.File}: {e.Reason}");
        inner.WriteError(e);
        CountFile(e.File);
    }

    public void Commit() => inner.Commit();

    public void Dispose() { } // the inner sink is owned by the caller

    // Records of one JSON file arrive together; their errors are located as "file:line" or "file#n".
    private void CountFile(string location)
    {
        string file = location;
        int mark = location.LastIndexOfAny([':', '#']);
        if (mark > 0 && mark + 1 < location.Length && location.AsSpan(mark + 1).IndexOfAnyExceptInRange('0', '9') < 0)
            file = location[..mark];
        if (file == _lastFile) return;
        _lastFile = file;
        Interlocked.Increment(ref _filesDone);
    }
}
