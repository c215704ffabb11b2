using FactExtract.Text;

namespace FactExtract.Pipeline;

/// <summary>Runs stages in order over one document. Built with a check that each stage's inputs exist.</summary>
public sealed class NlpPipeline
{
    private readonly IPipelineStage[] _stages;

    public NlpPipeline(IEnumerable<IPipelineStage> stages)
    {
        _stages = stages.ToArray();
        var available = DocumentLayers.Text;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~available;
            if (!missing.IsEmpty)
                throw new ArgumentException($"Stage '{stage.Name}' requires {missing}, which no earlier stage produces.", nameof(stages));
            available |= stage.Produces;
        }
        Produces = available;
    }

    public IReadOnlyList<IPipelineStage> Stages => _stages;
    public DocumentLayers Produces { get; }

    /// <summary>
    /// Runs every stage whose layers the document does not have yet; a document restored from
    /// an earlier run's results only goes through the stages it still needs.
    /// </summary>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!stage.Produces.IsEmpty && document.Has(stage.Produces)) continue;
            stage.Process(document, cancellationToken);
        }
    }
}
