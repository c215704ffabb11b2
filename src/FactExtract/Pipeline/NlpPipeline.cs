using FactExtract.Text;

namespace FactExtract.Pipeline;

/// <summary>Runs stages in order over one document. Built with a check that each stage's inputs exist.</summary>
internal sealed class NlpPipeline
{
    /// <summary>
    /// Longest text processed as one piece (about 16,000 words). Longer documents (a book, a
    /// transcript, a day's feed saved as one file) go through the stages window by window.
    /// </summary>
    public const int DefaultWindowChars = 100_000;

    private readonly IPipelineStage[] _stages;
    private readonly TextWindows _windows;

    /// <param name="stages">The stages, in order.</param>
    /// <param name="windowChars">Texts longer than this are processed in windows of at most this many characters.</param>
    public NlpPipeline(IEnumerable<IPipelineStage> stages, int windowChars = DefaultWindowChars)
    {
        _stages = stages.ToArray();
        _windows = new TextWindows(windowChars);
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
    /// an earlier run's results only goes through the stages it still needs. A fresh document
    /// longer than the window size is processed in windows (<see cref="WindowedProcessing"/>).
    /// </summary>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Layers == DocumentLayers.Text && document.Text.Length > _windows.MaxChars)
            WindowedProcessing.Run(document, _windows.Split(document.Text), Produces, RunStages, cancellationToken);
        else
            RunStages(document, cancellationToken);
    }

    private void RunStages(Document document, CancellationToken cancellationToken)
    {
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!stage.Produces.IsEmpty && document.Has(stage.Produces)) continue;
            stage.Process(document, cancellationToken);
        }
    }
}
