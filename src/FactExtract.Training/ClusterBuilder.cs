using FactExtract.Entities;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace FactExtract.Training;

internal sealed record ClusterOptions
{
    public int VocabularySize { get; init; } = 30000;
    public int MinCount { get; init; } = 3;
    public int ContextWords { get; init; } = 800;
    public int Dimensions { get; init; } = 64;
    public int[] ClusterCounts { get; init; } = [64, 256, 1024];
    public int Seed { get; init; } = 1;
}

/// <summary>
/// Distributional word clusters for the recognizer, in the spirit of Brown clusters but cheaper:
/// each frequent word gets a vector of PPMI-weighted counts of its left and right neighbours
/// (among the most frequent context words), ML.NET projects the vectors to a few principal
/// components, and ML.NET's k-means clusters them at several granularities.
/// </summary>
internal static class ClusterBuilder
{
    /// <summary>How a word is counted: as the recognizer's exact-form key sees it (digits as 0, quotes folded).</summary>
    private static string Normalize(string w)
    {
        var chars = w.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char c = FeatureHash.Fold(chars[i]);
            chars[i] = char.IsAsciiDigit(c) ? '0' : c;
        }
        return new string(chars);
    }

    public static WordClusters Build(IEnumerable<string[]> sentences, ClusterOptions options, Action<string>? log = null)
    {
        var corpus = sentences.Select(s => s.Select(Normalize).ToArray()).ToList();
        var freq = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowerFreq = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in corpus)
            foreach (var w in s)
            {
                freq[w] = freq.GetValueOrDefault(w) + 1;
                var l = w.ToLowerInvariant();
                lowerFreq[l] = lowerFreq.GetValueOrDefault(l) + 1;
            }
        var vocab = freq.Where(p => p.Value >= options.MinCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(options.VocabularySize).Select(p => p.Key).ToArray();
        var vocabIndex = vocab.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var contexts = lowerFreq.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(options.ContextWords).Select((p, i) => (p.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        int c = options.ContextWords + 1; // last slot: sentence boundary
        int dims = 2 * c;

        var counts = new float[vocab.Length][];
        for (int i = 0; i < vocab.Length; i++) counts[i] = new float[dims];
        foreach (var s in corpus)
            for (int i = 0; i < s.Length; i++)
            {
                if (!vocabIndex.TryGetValue(s[i], out int v)) continue;
                int left = i == 0 ? c - 1 : contexts.GetValueOrDefault(s[i - 1].ToLowerInvariant(), -1);
                int right = i == s.Length - 1 ? c - 1 : contexts.GetValueOrDefault(s[i + 1].ToLowerInvariant(), -1);
                if (left >= 0) counts[v][left]++;
                if (right >= 0) counts[v][c + right]++;
            }

        // Positive pointwise mutual information, then unit length: rare and frequent words compare fairly.
        var colSum = new double[dims];
        double total = 0;
        foreach (var row in counts) for (int j = 0; j < dims; j++) { colSum[j] += row[j]; total += row[j]; }
        foreach (var row in counts)
        {
            double rowSum = row.Sum(x => (double)x);
            double norm = 0;
            for (int j = 0; j < dims; j++)
            {
                double pmi = row[j] > 0 ? Math.Log(row[j] * total / (rowSum * colSum[j])) : 0;
                row[j] = (float)Math.Max(0, pmi);
                norm += row[j] * row[j];
            }
            if (norm > 0) for (int j = 0; j < dims; j++) row[j] = (float)(row[j] / Math.Sqrt(norm));
        }
        log?.Invoke($"clusters: {corpus.Count} sentences, vocabulary {vocab.Length}, {dims} context dimensions");

        var ml = new MLContext(options.Seed);
        var schema = SchemaDefinition.Create(typeof(WordVectorRow));
        schema[0].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dims);
        var data = ml.Data.LoadFromEnumerable(counts.Select(r => new WordVectorRow(r)), schema);
        var pca = ml.Transforms.ProjectToPrincipalComponents("Reduced", "Features", rank: options.Dimensions, seed: options.Seed).Fit(data);
        var reduced = ml.Data.Cache(pca.Transform(data));

        var ids = new int[vocab.Length, options.ClusterCounts.Length];
        for (int level = 0; level < options.ClusterCounts.Length; level++)
        {
            var kmeans = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
            {
                FeatureColumnName = "Reduced",
                NumberOfClusters = options.ClusterCounts[level],
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 100,
                InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            }).Fit(reduced);
            var assigned = ml.Data.CreateEnumerable<ClusterAssignmentRow>(kmeans.Transform(reduced), reuseRowObject: false).ToArray();
            for (int i = 0; i < vocab.Length; i++) ids[i, level] = (int)assigned[i].Cluster - 1;
            log?.Invoke($"clusters: k={options.ClusterCounts[level]} done");
        }

        var map = new Dictionary<ulong, ulong>(vocab.Length);
        Span<int> levels = stackalloc int[WordClusters.Levels];
        for (int i = 0; i < vocab.Length; i++)
        {
            for (int l = 0; l < WordClusters.Levels; l++) levels[l] = l < options.ClusterCounts.Length ? ids[i, l] : -1;
            map[WordClusters.KeyOf(vocab[i])] = WordClusters.Pack(levels);
        }
        return new WordClusters(map);
    }
}
