using FactExtract.Text;

namespace FactExtract.Pipeline;

/// <summary>
/// One stage of the pipeline. Stages are sealed, immutable after construction, hold no
/// per-document state and are safe to call from many threads at once.
/// </summary>
internal interface IPipelineStage
{
    string Name { get; }
    DocumentLayers Requires { get; }
    DocumentLayers Produces { get; }
    void Process(Document document, CancellationToken cancellationToken = default);
}
