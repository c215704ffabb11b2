using FactExtract.Pipeline;
using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>
/// Pipeline stage: tags each sentence with the <see cref="EntityRecognizer"/>, then gives
/// every mention its canonical name through the <see cref="CanonicalNameResolver"/>.
/// </summary>
internal sealed class EntityRecognizerStage : IPipelineStage
{
    private readonly EntityRecognizer _recognizer;
    private readonly CanonicalNameResolver _resolver;

    public EntityRecognizerStage(EntityModel model, Gazetteer gazetteer, CanonicalNameResolver resolver)
    {
        _recognizer = new EntityRecognizer(model, gazetteer);
        _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
    }

    public string Name => "entities";
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences;
    public DocumentLayers Produces => DocumentLayers.Entities;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var mentions = _recognizer.Recognize(document.Text, document.Tokens, document.Sentences, cancellationToken);
        document.SetEntities(_resolver.Resolve(document.Text, mentions));
    }
}
