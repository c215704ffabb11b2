using FactExtract.Ingestion;
using FactExtract.Text;

namespace FactExtract.Export;

/// <summary>Where processed articles and skipped inputs go, in input order.</summary>
internal interface IResultSink : IDisposable
{
    void Write(Document document);
    void WriteError(IngestError error);
    /// <summary>Makes the run's output visible (atomically where the sink can).</summary>
    void Commit();
}
