using FactExtract.Entities;
using FactExtract.Training;

namespace FactExtract.Tests.Training;

public class ModelAveragingTests
{
    private static byte[] Bytes(EntityModel m)
    {
        using var ms = new MemoryStream();
        m.Save(ms);
        return ms.ToArray();
    }

    [Fact]
    public void AveragingAModelWithItselfChangesNothing()
    {
        var model = TinyCorpus.Train();
        Assert.Equal(Bytes(model), Bytes(ModelAveraging.Average([model, model])));
    }

    [Fact]
    public void AverageHasTheUnionOfFeaturesAndStillLearnsTheData()
    {
        var a = TinyCorpus.Train(seed: 1);
        var b = TinyCorpus.Train(seed: 2);
        var avg = ModelAveraging.Average([a, b]);
        Assert.True(avg.FeatureCount >= Math.Max(a.FeatureCount, b.FeatureCount));
        var docs = TinyCorpus.Read().Documents.Select(d => new RenderedDocument(d)).ToList();
        Assert.Equal(1.0, RecognizerEvaluation.Evaluate(new EntityRecognizer(avg, Gazetteer.Empty), docs).Micro.F1, 6);
    }
}
