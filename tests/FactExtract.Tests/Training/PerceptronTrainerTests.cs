using FactExtract.Entities;
using FactExtract.Training;

namespace FactExtract.Tests.Training;

public class PerceptronTrainerTests
{
    [Fact]
    public void LearnsTheTrainingSentences()
    {
        var model = TinyCorpus.Train();
        var docs = TinyCorpus.Read().Documents.Select(d => new RenderedDocument(d)).ToList();
        var scores = RecognizerEvaluation.Evaluate(new EntityRecognizer(model, Gazetteer.Empty), docs);
        Assert.Equal(1.0, scores.Micro.F1, 6);
    }

    [Fact]
    public void SameSeedGivesTheSameModelBytes()
    {
        static byte[] Bytes(EntityModel m)
        {
            using var ms = new MemoryStream();
            m.Save(ms);
            return ms.ToArray();
        }
        Assert.Equal(Bytes(TinyCorpus.Train(seed: 3)), Bytes(TinyCorpus.Train(seed: 3)));
    }

    [Theory]
    // Inside an open mention, an unreachable O target becomes "close here" (L), not a push towards I.
    [InlineData(BilouTag.BPer, BilouTag.O, false, BilouTag.LPer)]
    [InlineData(BilouTag.IPer, BilouTag.UOrg, false, BilouTag.LPer)]
    [InlineData(BilouTag.BPer, BilouTag.IPer, false, BilouTag.IPer)]
    [InlineData(BilouTag.BPer, BilouTag.IPer, true, BilouTag.LPer)]
    // Outside a mention, a continuation target becomes a start.
    [InlineData(BilouTag.O, BilouTag.IOrg, false, BilouTag.BOrg)]
    [InlineData(BilouTag.O, BilouTag.LOrg, false, BilouTag.UOrg)]
    [InlineData(BilouTag.O, BilouTag.BLoc, true, BilouTag.ULoc)]
    [InlineData(BilouTag.UPer, BilouTag.BLoc, false, BilouTag.BLoc)]
    public void ReachableTargetRespectsTheBilouGrammar(object previous, object gold, bool last, object expected)
    {
        var target = PerceptronTrainer.ReachableTarget((BilouTag)previous, (BilouTag)gold, last);
        Assert.Equal((BilouTag)expected, target);
        Assert.True(BilouTags.CanFollow((BilouTag)previous, target));
    }
}
