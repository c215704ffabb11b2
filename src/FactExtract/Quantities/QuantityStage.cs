using FactExtract.Pipeline;
using FactExtract.Text;

namespace FactExtract.Quantities;

/// <summary>The pipeline stage that writes the quantities layer.</summary>
internal sealed class QuantityStage : IPipelineStage
{
    private readonly QuantityExtractor _extractor;

    public QuantityStage(QuantityExtractor? extractor = null)
    {
        _extractor = extractor ?? new QuantityExtractor();
    }

    public string Name => "quantities";
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences;
    public DocumentLayers Produces => DocumentLayers.Quantities;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetQuantities(_extractor.Extract(document, cancellationToken));
    }
}
