using FactExtract.Entities;
using FactExtract.Training;

namespace FactExtract.Tests.Training;

public class NerEvaluatorTests
{
    private static readonly TokenSpan Per01 = new(0, 1, EntityType.Person);
    private static readonly TokenSpan Loc23 = new(2, 3, EntityType.Location);
    private static readonly TokenSpan Org46 = new(4, 6, EntityType.Organization);
    private static readonly TokenSpan Misc78 = new(7, 8, EntityType.Misc);

    [Fact]
    public void ExactSpanAndTypeMustMatch()
    {
        // Gold: PER, LOC, ORG, MISC. Predicted: PER (right), LOC with wrong type, ORG one token short, MISC (right).
        var scores = NerEvaluator.Score([
            ([Per01, Loc23, Org46, Misc78],
             [Per01, Loc23 with { Type = EntityType.Organization }, Org46 with { End = 5 }, Misc78]),
        ]);
        Assert.Equal(2, scores.Micro.TruePositives);
        Assert.Equal(2, scores.Micro.FalsePositives);
        Assert.Equal(2, scores.Micro.FalseNegatives);
        Assert.Equal(0.5, scores.Micro.Precision, 6);
        Assert.Equal(0.5, scores.Micro.Recall, 6);
        Assert.Equal(0.5, scores.Micro.F1, 6);
        Assert.Equal(1.0, scores.PerType[EntityType.Person].F1, 6);
        Assert.Equal(0.0, scores.PerType[EntityType.Organization].Precision, 6);
    }

    [Fact]
    public void TypeFilterIgnoresOtherTypesOnBothSides()
    {
        var scores = NerEvaluator.Score([([Per01, Misc78], [Per01, new TokenSpan(9, 10, EntityType.Misc)])], NerEvaluator.CoreTypes);
        Assert.Equal(1.0, scores.Micro.F1, 6);
        Assert.False(scores.PerType.ContainsKey(EntityType.Misc));
    }

    [Fact]
    public void PrecisionRecallDifferWhenCountsDo()
    {
        // 3 gold, 2 predicted, 2 correct: P = 1, R = 2/3, F1 = 0.8.
        var scores = NerEvaluator.Score([([Per01, Loc23, Org46], [Per01, Loc23])]);
        Assert.Equal(1.0, scores.Micro.Precision, 6);
        Assert.Equal(2.0 / 3, scores.Micro.Recall, 6);
        Assert.Equal(0.8, scores.Micro.F1, 6);
    }

    [Fact]
    public void ParseTypesAcceptsShortAndLongNames()
    {
        Assert.Equal([EntityType.Person, EntityType.Organization], NerEvaluator.ParseTypes("PER, ORGANIZATION"));
        Assert.Throws<FormatException>(() => NerEvaluator.ParseTypes("PER,DATE"));
    }
}
