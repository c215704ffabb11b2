using System.Globalization;
using System.IO.Compression;
using FactExtract.Entities;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace FactExtract.Training;

internal sealed record EmbeddingClusterOptions
{
    /// <summary>The most frequent words of the vector file to cluster (the file lists them by frequency).</summary>
    public int Words { get; init; } = 100000;
    public int[] ClusterCounts { get; init; } = [64, 256, 1024];
    public int MaxIterations { get; init; } = 30;
    /// <summary>
    /// Each finer level splits every cluster of the level above into k(level)/k(level-1) parts
    /// (k-means within the cluster) instead of clustering all words again: nested clusters, and
    /// far cheaper at large k (k-means costs words × k per iteration).
    /// </summary>
    public bool Nested { get; init; }
    public int Seed { get; init; } = 1;
}

/// <summary>
/// Word clusters from pretrained word vectors (GloVe text format: a word and its numbers per
/// line, most frequent first): the vectors are scaled to unit length, so k-means groups words by
/// cosine similarity, and ML.NET's k-means clusters them at several granularities. Unlike the
/// distributional clusters these see billions of words of Wikipedia and newswire, so names of
/// companies, platforms and places that the training data never shows still share a cluster
/// with ones it does.
/// </summary>
internal static class EmbeddingClusterBuilder
{
    public static WordClusters Build(string vectorFile, EmbeddingClusterOptions options, Action<string>? log = null)
    {
        var (words, vectors) = Read(vectorFile, options.Words);
        int dims = vectors[0].Length;
        log?.Invoke($"embedding clusters: {words.Count} words of {dims} dimensions from {Path.GetFileName(vectorFile)}");

        var ml = new MLContext(options.Seed);
        var ids = new int[words.Count, WordClusters.Levels];
        for (int level = 0; level < WordClusters.Levels; level++)
        {
            if (level >= options.ClusterCounts.Length)
            {
                for (int i = 0; i < words.Count; i++) ids[i, level] = -1;
                continue;
            }
            int k = options.ClusterCounts[level];
            if (level == 0 || !options.Nested)
            {
                var all = Cluster(ml, vectors, k, options.MaxIterations);
                for (int i = 0; i < words.Count; i++) ids[i, level] = all[i];
            }
            else
            {
                // Split each parent cluster into parts; a part's id is parent * parts + part.
                int parents = options.ClusterCounts[level - 1], parts = Math.Max(1, k / parents);
                var members = Enumerable.Range(0, parents).Select(_ => new List<int>()).ToArray();
                for (int i = 0; i < words.Count; i++) members[ids[i, level - 1]].Add(i);
                for (int parent = 0; parent < parents; parent++)
                {
                    var m = members[parent];
                    int within = Math.Min(parts, m.Count);
                    var sub = within > 1 ? Cluster(ml, m.Select(i => vectors[i]).ToList(), within, options.MaxIterations) : new int[m.Count];
                    for (int j = 0; j < m.Count; j++) ids[m[j], level] = parent * parts + sub[j];
                }
            }
            log?.Invoke($"embedding clusters: k={k}{(level > 0 && options.Nested ? " (nested)" : "")} done");
        }

        var map = new Dictionary<ulong, ulong>(words.Count);
        Span<int> levels = stackalloc int[WordClusters.Levels];
        for (int i = 0; i < words.Count; i++)
        {
            for (int l = 0; l < WordClusters.Levels; l++) levels[l] = ids[i, l];
            map[WordClusters.EmbeddingKeyOf(words[i])] = WordClusters.Pack(levels);
        }
        return new WordClusters(new(), map);
    }

    /// <summary>ML.NET k-means (one thread, seeded by the context): the cluster (0-based) of each vector.</summary>
    private static int[] Cluster(MLContext ml, IReadOnlyList<float[]> vectors, int k, int maxIterations)
    {
        int dims = vectors[0].Length;
        var schema = SchemaDefinition.Create(typeof(WordVectorRow));
        schema[0].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dims);
        var data = ml.Data.Cache(ml.Data.LoadFromEnumerable(vectors.Select(v => new WordVectorRow(v)), schema));
        var model = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = "Features",
            NumberOfClusters = k,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = maxIterations,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansYinyang,
        }).Fit(data);
        return ml.Data.CreateEnumerable<ClusterAssignmentRow>(model.Transform(data), reuseRowObject: false).Select(a => (int)a.Cluster - 1).ToArray();
    }

    /// <summary>
    /// The first <paramref name="limit"/> distinct words (after the recognizer's lower-case,
    /// digit-abstracted hashing: "1990" and "1991" are one word, the more frequent kept) and
    /// their unit-length vectors.
    /// </summary>
    private static (List<string> Words, List<float[]> Vectors) Read(string path, int limit)
    {
        using var file = File.OpenRead(path);
        using Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(input);
        var words = new List<string>();
        var vectors = new List<float[]>();
        var seen = new HashSet<ulong>();
        int dims = -1, lineNumber = 0;
        while (words.Count < limit && reader.ReadLine() is { } line)
        {
            lineNumber++;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (dims < 0) dims = parts.Length - 1;
            if (parts.Length - 1 != dims || dims < 1)
                throw new InvalidDataException($"{path}:{lineNumber}: expected a word and {dims} numbers, found {parts.Length} fields.");
            if (!seen.Add(WordClusters.EmbeddingKeyOf(parts[0]))) continue;
            var v = new float[dims];
            double norm = 0;
            for (int j = 0; j < dims; j++)
            {
                v[j] = float.Parse(parts[j + 1], NumberStyles.Float, CultureInfo.InvariantCulture);
                norm += v[j] * v[j];
            }
            if (norm > 0) for (int j = 0; j < dims; j++) v[j] = (float)(v[j] / Math.Sqrt(norm));
            words.Add(parts[0]);
            vectors.Add(v);
        }
        if (words.Count == 0) throw new InvalidDataException($"{path}: no word vectors.");
        return (words, vectors);
    }
}
