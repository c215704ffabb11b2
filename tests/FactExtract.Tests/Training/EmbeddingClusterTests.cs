using System.IO.Compression;
using FactExtract.Entities;
using FactExtract.Text;
using FactExtract.Training;

namespace FactExtract.Tests.Training;

/// <summary>Clusters of word vectors (GloVe text format) as recognizer features: a vector file written here.</summary>
public sealed class EmbeddingClusterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fx-emb-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Two far-apart groups (towns near axis 0, people near axis 1), each with two sub-groups.</summary>
    private string WriteVectors(bool gzip, params string[] extraLines)
    {
        var lines = new List<string>
        {
            "arlo 1.0 0.0 0.10 0.0", "brix 0.9 0.0 0.12 0.0", "cova 1.0 0.1 0.0 0.11", "duna 0.9 0.1 0.0 0.10",
            "dena 0.0 1.0 0.10 0.0", "ezra 0.1 0.9 0.11 0.0", "fonn 0.0 1.0 0.0 0.12", "gita 0.1 0.9 0.0 0.10",
            "1990 0.5 0.5 0.5 0.5", "1991 -0.5 -0.5 0.5 0.5",
        };
        lines.AddRange(extraLines);
        var path = Path.Combine(_dir, gzip ? "vectors.txt.gz" : "vectors.txt");
        using var file = File.Create(path);
        using Stream output = gzip ? new GZipStream(file, CompressionLevel.Fastest) : file;
        using var w = new StreamWriter(output);
        foreach (var l in lines) w.WriteLine(l);
        return path;
    }

    private static ulong Packed(WordClusters c, string word) => c.LookupEmbedding(FeatureHash.Word(word, WordForm.Lower));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NearbyVectorsShareTheCoarseClusterAndNestedLevelsRefineIt(bool nested)
    {
        var c = EmbeddingClusterBuilder.Build(WriteVectors(gzip: true),
            new EmbeddingClusterOptions { ClusterCounts = [2, 4], Nested = nested, MaxIterations = 20, Seed = 3 });
        Assert.Equal(9, c.EmbeddingCount); // "1991" is "1990" to the recognizer's digit-abstracted hash: kept once
        int Coarse(string w) => WordClusters.Level(Packed(c, w), 0);
        int Fine(string w) => WordClusters.Level(Packed(c, w), 1);
        Assert.All(new[] { "brix", "cova", "duna" }, w => Assert.Equal(Coarse("arlo"), Coarse(w)));
        Assert.All(new[] { "ezra", "fonn", "gita" }, w => Assert.Equal(Coarse("dena"), Coarse(w)));
        Assert.NotEqual(Coarse("arlo"), Coarse("dena"));
        Assert.NotEqual(0, Fine("arlo"));
        Assert.Equal(0, WordClusters.Level(Packed(c, "arlo"), 2)); // only two levels asked for
        if (nested) // a nested fine cluster lies inside its coarse one: id / parts = parent
            foreach (var w in new[] { "arlo", "brix", "cova", "duna", "dena", "ezra", "fonn", "gita" })
                Assert.Equal(Coarse(w) - 1, (Fine(w) - 1) / 2);
        // Lookups use the lower-case hash, so capitalised and headline forms find the word.
        Assert.Equal(Packed(c, "arlo"), c.LookupEmbedding(FeatureHash.Word("ARLO", WordForm.Lower)));
    }

    [Fact]
    public void TheSameInputGivesTheSameClusters()
    {
        var path = WriteVectors(gzip: false);
        var options = new EmbeddingClusterOptions { ClusterCounts = [2, 4, 8], Seed = 1 };
        var a = EmbeddingClusterBuilder.Build(path, options);
        var b = EmbeddingClusterBuilder.Build(path, options);
        Assert.Equal(a.EmbeddingEntries.OrderBy(e => e.Key), b.EmbeddingEntries.OrderBy(e => e.Key));
    }

    [Fact]
    public void OnlyTheMostFrequentWordsAreClustered()
    {
        var c = EmbeddingClusterBuilder.Build(WriteVectors(gzip: false), new EmbeddingClusterOptions { Words = 4, ClusterCounts = [2] });
        Assert.Equal(4, c.EmbeddingCount);
        Assert.Equal(0UL, Packed(c, "dena"));
    }

    [Fact]
    public void AMalformedLineIsReportedWithItsLineNumber()
    {
        var e = Assert.Throws<InvalidDataException>(() =>
            EmbeddingClusterBuilder.Build(WriteVectors(gzip: false, "broken 1.0 2.0"), new EmbeddingClusterOptions { ClusterCounts = [2] }));
        Assert.Contains(":11:", e.Message);
    }

    [Fact]
    public void EmbeddingClustersSurviveTheModelFileAndBecomeFeatures()
    {
        var built = EmbeddingClusterBuilder.Build(WriteVectors(gzip: false), new EmbeddingClusterOptions { ClusterCounts = [2, 4] });
        var clusters = WordClusters.Empty.WithEmbedding(built);
        var model = new PerceptronTrainer().Train([TinyCorpus.Read()], [], Gazetteer.Empty, clusters,
            new TrainerOptions { Epochs = 4, Seed = 1 }).Model;
        using var ms = new MemoryStream();
        model.Save(ms);
        var loaded = EntityModel.Load(new MemoryStream(ms.ToArray()));
        Assert.Equal(built.EmbeddingEntries.OrderBy(e => e.Key), loaded.Clusters.EmbeddingEntries.OrderBy(e => e.Key));

        // A token whose lower-case form is in the vectors gets one feature per level.
        const string text = "Arlo";
        var info = new TokenInfo();
        FeatureExtractor.Describe(text, new Token(0, 4, TokenKind.Word), ref info);
        FeatureExtractor.CompleteWord(text, ref info, loaded.Clusters);
        Assert.NotEqual(0UL, info.EmbeddingClusters);
        var withClusters = new ulong[FeatureExtractor.MaxFeatures];
        int n = FeatureExtractor.OwnWord(text, info, withClusters);
        info.EmbeddingClusters = 0;
        Assert.Equal(n - 2, FeatureExtractor.OwnWord(text, info, new ulong[FeatureExtractor.MaxFeatures]));
    }

    [Fact]
    public void NameListsBecomeFlagsAndSoftFeatures()
    {
        var forenames = Path.Combine(_dir, "forenames.txt");
        var surnames = Path.Combine(_dir, "surnames.txt");
        File.WriteAllLines(forenames, ["--------", "mira", "lee"]);
        File.WriteAllLines(surnames, ["tosk", "lee"]);
        var flags = NameListFlags.Load(forenames, surnames);
        Assert.Equal(3, flags.Count); // the separator line is no name
        var clusters = WordClusters.Empty.WithNames(flags);
        ulong Flags(string w) => clusters.LookupNames(FeatureHash.Word(w, WordForm.Lower));
        Assert.Equal((ulong)WordClusters.NameFlags.Forename, Flags("Mira"));
        Assert.Equal((ulong)WordClusters.NameFlags.Surname, Flags("TOSK"));
        Assert.Equal((ulong)(WordClusters.NameFlags.Forename | WordClusters.NameFlags.Surname), Flags("lee"));
        Assert.Equal(0UL, Flags("weather"));

        // The flags survive the model file.
        var model = new PerceptronTrainer().Train([TinyCorpus.Read()], [], Gazetteer.Empty, clusters,
            new TrainerOptions { Epochs = 2, Seed = 1 }).Model;
        using var ms = new MemoryStream();
        model.Save(ms);
        var loaded = EntityModel.Load(new MemoryStream(ms.ToArray()));
        Assert.Equal(flags.OrderBy(e => e.Key), loaded.Clusters.NameEntries.OrderBy(e => e.Key));

        // A listed word gives its own feature (with its case) and, when capitalised, one to its neighbours.
        int Count(string word, Func<TokenInfo, ulong[], int> features)
        {
            var info = new TokenInfo();
            FeatureExtractor.Describe(word, new Token(0, word.Length, TokenKind.Word), ref info);
            FeatureExtractor.CompleteWord(word, ref info, loaded.Clusters);
            return features(info, new ulong[FeatureExtractor.MaxFeatures]);
        }
        int Own(string w) => Count(w, (t, f) => FeatureExtractor.OwnWord(w, t, f));
        int Left(string w) => Count(w, (t, f) => FeatureExtractor.Role(WordRole.Left, t, f));
        Assert.Equal(Own("Mora") + 1, Own("Mira"));
        Assert.Equal(Left("Mora") + 1, Left("Mira"));
        Assert.Equal(Left("mora"), Left("mira")); // lower case: no neighbour signal
    }
}
