using System.IO.Compression;
using System.Text;

namespace FactExtract.Entities;

/// <summary>
/// The trained recognizer: its label set, feature weights (one row per feature hash, one weight
/// per label), word clusters and the confidence calibration. Immutable; load once and share
/// across threads.
/// File: magic, format version, feature version, tokenizer version, label names, then a gzip
/// payload of clusters, embedding clusters and name-list flags (format 3), calibration, feature keys, non-zero masks
/// and half-precision weights, and an end marker.
/// </summary>
internal sealed class EntityModel
{
    public const int FormatVersion = 3;
    /// <summary>The previous format (no embedding clusters): still read for <see cref="LoadClusters"/>.</summary>
    private const int PreviousFormatVersion = 2;
    public const string FileName = "model.bin";
    private const uint EndMarker = 0x21444E45; // "END!"
    private static ReadOnlySpan<byte> Magic => "FXNERMDL"u8;

    internal EntityModel(LabelSet labels, FeatureTable weights, WordClusters clusters, ConfidenceCalibration calibration)
    {
        Labels = labels;
        Weights = weights;
        Clusters = clusters;
        Calibration = calibration;
    }

    /// <summary>The labels this model predicts, as stored in its file.</summary>
    public LabelSet Labels { get; }
    internal FeatureTable Weights { get; }
    public WordClusters Clusters { get; }
    public ConfidenceCalibration Calibration { get; }
    public int FeatureCount => Weights.Count;

    private FixedScoreRows? _fixedRows;
    /// <summary>Weight sums of the few-valued feature groups, built on first use (inference only).</summary>
    internal FixedScoreRows FixedRows => LazyInitializer.EnsureInitialized(ref _fixedRows, () => new FixedScoreRows(this));
    public static int FeatureVersion => FeatureExtractor.Version;
    public static int TokenizerVersion => Text.Tokenizer.Version;

    /// <summary>
    /// Builds a model from trained weights: values with |w| below <paramref name="prune"/> are
    /// dropped, the rest rounded to half precision (what the file stores, so a model behaves the
    /// same before and after a save/load round trip), and all-zero rows removed.
    /// </summary>
    /// <param name="rows">Per feature, one weight per label of <paramref name="labels"/>.</param>
    internal static EntityModel Create(LabelSet labels, IReadOnlyList<(ulong Key, float[] Row)> rows, WordClusters clusters,
        ConfidenceCalibration calibration, float prune = 0f)
    {
        int stride = labels.Stride;
        var kept = new List<(ulong Key, float[] Row)>();
        foreach (var (key, row) in rows)
        {
            var q = new float[stride];
            bool any = false;
            for (int k = 0; k < labels.Count; k++)
            {
                float v = MathF.Abs(row[k]) < prune ? 0f : (float)(Half)row[k];
                q[k] = v;
                any |= v != 0f;
            }
            if (any) kept.Add((key, q));
        }
        kept.Sort((a, b) => a.Key.CompareTo(b.Key));
        var keys = new ulong[kept.Count];
        var weights = new float[kept.Count * stride];
        for (int i = 0; i < kept.Count; i++)
        {
            keys[i] = kept[i].Key;
            kept[i].Row.CopyTo(weights, i * stride);
        }
        return new EntityModel(labels, new FeatureTable(keys, weights, stride), clusters, calibration);
    }

    internal EntityModel WithCalibration(ConfidenceCalibration calibration) => new(Labels, Weights, Clusters, calibration);

    /// <summary>Writes the model atomically (temporary file, then rename).</summary>
    public void Save(string path)
    {
        var tmp = path + ".tmp";
        using (var file = File.Create(tmp)) Save(file);
        File.Move(tmp, path, overwrite: true);
    }

    public void Save(Stream stream)
    {
        using (var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(Magic);
            header.Write(FormatVersion);
            header.Write(FeatureVersion);
            header.Write(TokenizerVersion);
            header.Write(Labels.Count);
            foreach (var name in Labels.Names) header.Write(name);
        }
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8, leaveOpen: true);
        WriteClusterTable(w, Clusters.Entries);
        WriteClusterTable(w, Clusters.EmbeddingEntries);
        WriteClusterTable(w, Clusters.NameEntries);
        w.Write(Calibration.MinWeight);
        w.Write(Calibration.MeanWeight);
        w.Write(Calibration.Bias);
        var keys = Weights.Keys;
        var weights = Weights.Weights;
        int stride = Weights.Stride, labels = Labels.Count;
        w.Write(keys.Length);
        foreach (var key in keys) w.Write(key);
        // Columns compress better than rows: all masks (one bit per label), then all non-zero values.
        for (int i = 0; i < keys.Length; i++)
            for (int b = 0; b < labels; b += 8)
            {
                int mask = 0;
                for (int k = b; k < Math.Min(b + 8, labels); k++)
                    if (weights[i * stride + k] != 0f) mask |= 1 << (k - b);
                w.Write((byte)mask);
            }
        for (int i = 0; i < keys.Length; i++)
            for (int k = 0; k < labels; k++)
                if (weights[i * stride + k] is var v && v != 0f) w.Write((Half)v);
        w.Write(EndMarker);
    }

    private static void WriteClusterTable(BinaryWriter w, IReadOnlyDictionary<ulong, ulong> table)
    {
        var entries = table.OrderBy(e => e.Key).ToArray();
        w.Write(entries.Length);
        foreach (var e in entries) w.Write(e.Key);
        foreach (var e in entries) w.Write(e.Value);
    }

    private static Dictionary<ulong, ulong> ReadClusterTable(BinaryReader r, string name)
    {
        int count = CheckCount(r.ReadInt32(), name);
        var keys = new ulong[count];
        for (int i = 0; i < count; i++) keys[i] = r.ReadUInt64();
        var map = new Dictionary<ulong, ulong>(count);
        for (int i = 0; i < count; i++) map[keys[i]] = r.ReadUInt64();
        return map;
    }

    /// <summary>Loads a model file; throws <see cref="ModelLoadException"/> if it is missing, corrupt or of another version.</summary>
    public static EntityModel Load(string path)
    {
        if (!File.Exists(path)) throw new ModelLoadException($"Model file not found: '{path}'.");
        try
        {
            using var file = File.OpenRead(path);
            return Load(file, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException($"Cannot read model file '{path}': {e.Message}", e);
        }
    }

    public static EntityModel Load(Stream stream, string name = "model") => Load(stream, name, anyFeatureVersion: false);

    /// <summary>
    /// The word clusters of a model file of any feature version (clusters depend only on word
    /// hashing), so a retrained model can reuse them without rebuilding.
    /// </summary>
    internal static WordClusters LoadClusters(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file, path, anyFeatureVersion: true).Clusters;
    }

    private static EntityModel Load(Stream stream, string name, bool anyFeatureVersion)
    {
        try
        {
            using var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            Span<byte> magic = stackalloc byte[8];
            if (stream.ReadAtLeast(magic, 8, throwOnEndOfStream: false) != 8 || !magic.SequenceEqual(Magic))
                throw new ModelLoadException($"'{name}' is not a FactExtract entity model (bad magic).");
            int format = header.ReadInt32();
            if (format != FormatVersion && !(anyFeatureVersion && format == PreviousFormatVersion))
                throw new ModelLoadException($"'{name}' has model format {format}; this build reads format {FormatVersion}. Retrain or use a matching build.");
            int features = header.ReadInt32();
            if (features != FeatureVersion && !anyFeatureVersion)
                throw new ModelLoadException($"'{name}' was trained with feature version {features}; this build computes version {FeatureVersion}. Retrain the model.");
            int tokenizer = header.ReadInt32();
            if (tokenizer != TokenizerVersion && !anyFeatureVersion)
                throw new ModelLoadException($"'{name}' was trained with tokenizer version {tokenizer}; this build tokenizes with version {TokenizerVersion}. Retrain the model.");
            int labelCount = header.ReadInt32();
            if (labelCount is < 1 or > 1 + 4 * ExtraEntityTypes.MaxTypes)
                throw new ModelLoadException($"'{name}' is corrupt (implausible label count {labelCount}).");
            var names = new string[labelCount];
            for (int k = 0; k < labelCount; k++) names[k] = header.ReadString();
            LabelSet labels;
            try { labels = LabelSet.Parse(names); }
            catch (FormatException e) { throw new ModelLoadException($"'{name}' has a label set this build cannot use: {e.Message}", e); }
            int stride = labels.Stride, maskBytes = (labels.Count + 7) / 8;

            using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            // Buffered: BinaryReader asks for a few bytes at a time, which GZipStream serves slowly.
            using var buffered = new BufferedStream(gz, 1 << 16);
            using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
            var clusterMap = ReadClusterTable(r, name);
            var embeddingMap = format == PreviousFormatVersion ? new() : ReadClusterTable(r, name);
            var nameMap = format == PreviousFormatVersion ? new() : ReadClusterTable(r, name);
            var calibration = new ConfidenceCalibration(r.ReadSingle(), r.ReadSingle(), r.ReadSingle());
            int count = CheckCount(r.ReadInt32(), name);
            var keys = new ulong[count];
            for (int i = 0; i < count; i++) keys[i] = r.ReadUInt64();
            var masks = r.ReadBytes(count * maskBytes);
            if (masks.Length != count * maskBytes) throw new EndOfStreamException();
            var weights = new float[count * stride];
            for (int i = 0; i < count; i++)
                for (int k = 0; k < labels.Count; k++)
                    if ((masks[i * maskBytes + (k >> 3)] & (1 << (k & 7))) != 0) weights[i * stride + k] = (float)r.ReadHalf();
            if (r.ReadUInt32() != EndMarker) throw new ModelLoadException($"'{name}' is corrupt (no end marker).");
            return new EntityModel(labels, new FeatureTable(keys, weights, stride), new WordClusters(clusterMap, embeddingMap, nameMap), calibration);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or ArgumentException or OverflowException)
        {
            throw new ModelLoadException($"'{name}' is truncated or corrupt: {e.Message}", e);
        }
    }

    private static int CheckCount(int count, string name) =>
        count is >= 0 and <= 50_000_000 ? count : throw new ModelLoadException($"'{name}' is corrupt (implausible count {count}).");
}
