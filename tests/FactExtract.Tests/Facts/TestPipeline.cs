// Excluded until the entity recognizer (feat/ner: EntityRecognizerStage, NerModelFiles, models/ner-en)
// and the quantity extractor (feat/quant: QuantityStage) are merged into main. To enable: delete the
// `#if FACTS_E2E` line and its `#endif` here and in FactCorpusEvaluationTests.cs (or build once with
// -p:DefineConstants=FACTS_E2E to try it).
#if FACTS_E2E
using FactExtract.Entities;
using FactExtract.Facts;
using FactExtract.Pipeline;
using FactExtract.Quantities;
using FactExtract.Tests.TestSupport;
using FactExtract.Text;

namespace FactExtract.Tests.Facts;

/// <summary>The full extract pipeline as the CLI composes it, with the shipped model.</summary>
internal static class TestPipeline
{
    public static NlpPipeline Create()
    {
        var modelDirectory = NerModelFiles.Find(RepositoryPaths.Root)
            ?? throw new InvalidOperationException("models/ner-en not found under " + RepositoryPaths.Root);
        var (model, gazetteer) = NerModelFiles.Load(modelDirectory);
        return new NlpPipeline(
        [
            new TextStage(),
            new EntityRecognizerStage(model, gazetteer, new CanonicalNameResolver()),
            new QuantityStage(),
            new FactStage(),
        ]);
    }
}
#endif
