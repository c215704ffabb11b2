using FactExtract.Ingestion;
using FactExtract.Text;

namespace FactExtract.Export;

/// <summary>
/// Writes one JSON object per article to a stream (standard output), flushing after each, so
/// the binary can run as a streaming mapper (Spark RDD.pipe, Hadoop Streaming). Skipped inputs
/// go to the error writer (standard error), never into the data stream.
/// </summary>
internal sealed class JsonLinesStreamSink(Stream output, TextWriter errors, ResultFingerprint? fingerprint = null, bool articleText = true,
    OffsetUnit offsetUnit = OffsetUnit.Utf16) : IResultSink
{
    private readonly ArticleJsonWriter _json = new(fingerprint, articleText, offsetUnit);

    public void Write(Document document)
    {
        _json.Write(output, document);
        output.Flush();
    }

    public void WriteError(IngestError error) => errors.WriteLine($"skipped {error.File}: {error.Reason}");

    public void Commit() => output.Flush();

    public void Dispose() { }
}
