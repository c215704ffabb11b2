using FactExtract.Entities;
using FactExtract.Training;

namespace FactExtract.Tests.Training;

public class CalibrationAndClusterTests
{
    [Fact]
    public void CalibrationRaisesConfidenceWithTheMargin()
    {
        // Mentions decided by a wide margin are right more often.
        var samples = new List<CalibrationSample>();
        for (int i = 0; i < 400; i++)
        {
            float margin = i % 40;
            bool correct = (i * 7919 % 40) < margin + 5;
            samples.Add(new CalibrationSample(margin, margin + 2, correct));
        }
        var c = ConfidenceCalibrator.Fit(samples, seed: 1);
        Assert.NotEqual(ConfidenceCalibration.Default, c);
        double low = c.Confidence(1, 3), high = c.Confidence(35, 37);
        Assert.InRange(low, 0, 0.5);
        Assert.InRange(high, 0.8, 1);
    }

    [Fact]
    public void WordsSharingContextsShareClusters()
    {
        var sentences = new List<string[]>();
        string[] towns = ["Arlo", "Brix", "Cova"], names = ["Dena", "Ezra", "Fonn"];
        for (int i = 0; i < 30; i++)
        {
            sentences.Add(["we", "flew", "to", towns[i % 3], "yesterday"]);
            sentences.Add(["they", "said", names[i % 3], "smiled", "today"]);
        }
        var clusters = ClusterBuilder.Build(sentences, new ClusterOptions
        {
            VocabularySize = 100, MinCount = 1, ContextWords = 20, Dimensions = 4, ClusterCounts = [2, 4, 8], Seed = 1,
        });
        // Identical contexts give identical clusters at every level; the finest level separates the two groups.
        Assert.Equal(clusters.Entries[WordClusters.KeyOf("Arlo")], clusters.Entries[WordClusters.KeyOf("Brix")]);
        Assert.Equal(clusters.Entries[WordClusters.KeyOf("Dena")], clusters.Entries[WordClusters.KeyOf("Fonn")]);
        ulong Finest(string w) => clusters.Entries[WordClusters.KeyOf(w)] >> 32 & 0xFFFF;
        Assert.NotEqual(Finest("Arlo"), Finest("Dena"));
    }
}
