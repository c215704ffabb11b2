using FactExtract.Export;
using FactExtract.Ingestion;
using FactExtract.Text;

namespace FactExtract.Cli;

/// <summary>Passes results through to the real sink and also names each skipped input on standard error.</summary>
public sealed class ErrorEchoSink(IResultSink inner, TextWriter error, bool echo) : IResultSink
{
    public void Write(Document document) => inner.Write(document);

    public void WriteError(IngestError e)
    {
        if (echo)
            lock (error) error.WriteLine($"skipped {e.File}: {e.Reason}");
        inner.WriteError(e);
    }

    public void Commit() => inner.Commit();

    public void Dispose() { } // the inner sink is owned by the caller
}
