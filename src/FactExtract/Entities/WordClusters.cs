namespace FactExtract.Entities;

/// <summary>
/// Word → cluster ids at <see cref="Levels"/> granularities (coarse to fine), learned from
/// unlabeled text by the trainer and stored in the model. Keyed by the
/// <see cref="WordForm.Exact"/> hash; lookups fall back to title case and lower case so
/// headline capitals still find their word.
/// </summary>
internal sealed class WordClusters
{
    public const int Levels = 3;

    private readonly Dictionary<ulong, ulong> _ids;

    /// <param name="ids">Exact-form word hash → packed ids: 16 bits per level, each id + 1 (0 = none).</param>
    internal WordClusters(Dictionary<ulong, ulong> ids) => _ids = ids;

    public static WordClusters Empty { get; } = new(new());

    public int Count => _ids.Count;

    internal IReadOnlyDictionary<ulong, ulong> Entries => _ids;

    internal static ulong Pack(ReadOnlySpan<int> idsPerLevel)
    {
        ulong packed = 0;
        for (int l = 0; l < Levels; l++) packed |= (ulong)(ushort)(idsPerLevel[l] + 1) << (16 * l);
        return packed;
    }

    /// <summary>Cluster id + 1 at <paramref name="level"/>, or 0 when the word is unknown.</summary>
    internal static int Level(ulong packed, int level) => (int)((packed >> (16 * level)) & 0xFFFF);

    internal ulong Lookup(ReadOnlySpan<char> word, ulong exactHash, ulong lowerHash)
    {
        if (_ids.Count == 0) return 0;
        if (_ids.TryGetValue(exactHash, out var p)) return p;
        if (_ids.TryGetValue(FeatureHash.Word(word, WordForm.Title), out p)) return p;
        return _ids.TryGetValue(lowerHash, out p) ? p : 0;
    }

    /// <summary>Hash key for a word as the cluster builder sees it.</summary>
    public static ulong KeyOf(string word) => FeatureHash.Word(word, WordForm.Exact);
}
