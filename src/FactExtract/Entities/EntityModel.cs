using System.IO.Compression;
using System.Text;

namespace FactExtract.Entities;

/// <summary>
/// The trained recognizer: feature weights (one row of 17 per feature hash), word clusters and
/// the confidence calibration. Immutable; load once and share across threads.
/// File: magic, format version, feature version, label names, then a gzip payload of clusters,
/// calibration, feature keys, non-zero masks and half-precision weights, and an end marker.
/// </summary>
public sealed class EntityModel
{
    public const int FormatVersion = 1;
    public const string FileName = "model.bin";
    private const uint EndMarker = 0x21444E45; // "END!"
    private static ReadOnlySpan<byte> Magic => "FXNERMDL"u8;

    internal EntityModel(FeatureTable weights, WordClusters clusters, ConfidenceCalibration calibration)
    {
        Weights = weights;
        Clusters = clusters;
        Calibration = calibration;
    }

    internal FeatureTable Weights { get; }
    public WordClusters Clusters { get; }
    public ConfidenceCalibration Calibration { get; }
    public int FeatureCount => Weights.Count;
    public static int FeatureVersion => FeatureExtractor.Version;

    /// <summary>
    /// Builds a model from trained weights: values with |w| below <paramref name="prune"/> are
    /// dropped, the rest rounded to half precision (what the file stores, so a model behaves the
    /// same before and after a save/load round trip), and all-zero rows removed.
    /// </summary>
    internal static EntityModel Create(IReadOnlyList<(ulong Key, float[] Row)> rows, WordClusters clusters,
        ConfidenceCalibration calibration, float prune = 0f)
    {
        var kept = new List<(ulong Key, float[] Row)>();
        foreach (var (key, row) in rows)
        {
            var q = new float[FeatureTable.Stride];
            bool any = false;
            for (int k = 0; k < q.Length; k++)
            {
                float v = MathF.Abs(row[k]) < prune ? 0f : (float)(Half)row[k];
                q[k] = v;
                any |= v != 0f;
            }
            if (any) kept.Add((key, q));
        }
        kept.Sort((a, b) => a.Key.CompareTo(b.Key));
        var keys = new ulong[kept.Count];
        var weights = new float[kept.Count * FeatureTable.Stride];
        for (int i = 0; i < kept.Count; i++)
        {
            keys[i] = kept[i].Key;
            kept[i].Row.CopyTo(weights, i * FeatureTable.Stride);
        }
        return new EntityModel(new FeatureTable(keys, weights), clusters, calibration);
    }

    internal EntityModel WithCalibration(ConfidenceCalibration calibration) => new(Weights, Clusters, calibration);

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
            header.Write(BilouTags.Count);
            foreach (var name in BilouTags.LabelNames) header.Write(name);
        }
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8, leaveOpen: true);
        var clusters = Clusters.Entries.OrderBy(e => e.Key).ToArray();
        w.Write(clusters.Length);
        foreach (var e in clusters) w.Write(e.Key);
        foreach (var e in clusters) w.Write(e.Value);
        w.Write(Calibration.MinWeight);
        w.Write(Calibration.MeanWeight);
        w.Write(Calibration.Bias);
        var keys = Weights.Keys;
        var weights = Weights.Weights;
        w.Write(keys.Length);
        foreach (var key in keys) w.Write(key);
        // Columns compress better than rows: all masks, then all non-zero values.
        for (int i = 0; i < keys.Length; i++)
        {
            int mask = 0;
            for (int k = 0; k < FeatureTable.Stride; k++)
                if (weights[i * FeatureTable.Stride + k] != 0f) mask |= 1 << k;
            w.Write((byte)mask);
            w.Write((byte)(mask >> 8));
            w.Write((byte)(mask >> 16));
        }
        foreach (var v in weights)
            if (v != 0f) w.Write((Half)v);
        w.Write(EndMarker);
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
            if (format != FormatVersion)
                throw new ModelLoadException($"'{name}' has model format {format}; this build reads format {FormatVersion}. Retrain or use a matching build.");
            int features = header.ReadInt32();
            if (features != FeatureVersion && !anyFeatureVersion)
                throw new ModelLoadException($"'{name}' was trained with feature version {features}; this build computes version {FeatureVersion}. Retrain the model.");
            int labels = header.ReadInt32();
            if (labels != BilouTags.Count)
                throw new ModelLoadException($"'{name}' has {labels} labels; expected {BilouTags.Count}.");
            for (int k = 0; k < labels; k++)
                if (header.ReadString() != BilouTags.LabelNames[k])
                    throw new ModelLoadException($"'{name}' has a different label set.");

            using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            // Buffered: BinaryReader asks for a few bytes at a time, which GZipStream serves slowly.
            using var buffered = new BufferedStream(gz, 1 << 16);
            using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
            int clusterCount = CheckCount(r.ReadInt32(), name);
            var clusterKeys = new ulong[clusterCount];
            for (int i = 0; i < clusterCount; i++) clusterKeys[i] = r.ReadUInt64();
            var clusterMap = new Dictionary<ulong, ulong>(clusterCount);
            for (int i = 0; i < clusterCount; i++) clusterMap[clusterKeys[i]] = r.ReadUInt64();
            var calibration = new ConfidenceCalibration(r.ReadSingle(), r.ReadSingle(), r.ReadSingle());
            int count = CheckCount(r.ReadInt32(), name);
            var keys = new ulong[count];
            for (int i = 0; i < count; i++) keys[i] = r.ReadUInt64();
            var masks = new int[count];
            for (int i = 0; i < count; i++) masks[i] = r.ReadByte() | r.ReadByte() << 8 | r.ReadByte() << 16;
            var weights = new float[count * FeatureTable.Stride];
            for (int i = 0; i < count; i++)
                for (int k = 0; k < FeatureTable.Stride; k++)
                    if ((masks[i] & (1 << k)) != 0) weights[i * FeatureTable.Stride + k] = (float)r.ReadHalf();
            if (r.ReadUInt32() != EndMarker) throw new ModelLoadException($"'{name}' is corrupt (no end marker).");
            return new EntityModel(new FeatureTable(keys, weights), new WordClusters(clusterMap), calibration);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or ArgumentException or OverflowException)
        {
            throw new ModelLoadException($"'{name}' is truncated or corrupt: {e.Message}", e);
        }
    }

    private static int CheckCount(int count, string name) =>
        count is >= 0 and <= 50_000_000 ? count : throw new ModelLoadException($"'{name}' is corrupt (implausible count {count}).");
}
