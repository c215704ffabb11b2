namespace FactExtract.Entities;

/// <summary>
/// Word → cluster ids at up to <see cref="Levels"/> granularities (coarse to fine), from two
/// sources, both stored in the model: distributional clusters learned by the trainer from
/// unlabeled text (keyed by the <see cref="WordForm.Exact"/> hash; lookups fall back to title
/// case and lower case so headline capitals still find their word) and clusters of word
/// embeddings (GloVe: lower-cased vocabulary, keyed by the <see cref="WordForm.Lower"/> hash).
/// It also holds the large forename and surname lists as per-word flags (<see cref="NameFlags"/>,
/// by lower-case hash): too noisy for the gazetteer ("will", "may" are forenames there), useful
/// as soft features with the word's case.
/// </summary>
internal sealed class WordClusters
{
    public const int Levels = 3;

    private readonly Dictionary<ulong, ulong> _ids;
    private readonly Dictionary<ulong, ulong> _embedding;
    private readonly Dictionary<ulong, ulong> _names;

    /// <summary>Name-list flags of a word.</summary>
    [Flags]
    internal enum NameFlags : ulong { None = 0, Forename = 1, Surname = 2 }

    /// <param name="ids">Exact-form word hash → packed ids: 16 bits per level, each id + 1 (0 = none).</param>
    /// <param name="embedding">Lower-case word hash → packed ids of the embedding clusters (may be empty).</param>
    /// <param name="names">Lower-case word hash → <see cref="NameFlags"/> (may be empty).</param>
    internal WordClusters(Dictionary<ulong, ulong> ids, Dictionary<ulong, ulong>? embedding = null, Dictionary<ulong, ulong>? names = null)
    {
        _ids = ids;
        _embedding = embedding ?? new();
        _names = names ?? new();
    }

    public static WordClusters Empty { get; } = new(new());

    public int Count => _ids.Count;

    public int EmbeddingCount => _embedding.Count;

    internal IReadOnlyDictionary<ulong, ulong> Entries => _ids;

    internal IReadOnlyDictionary<ulong, ulong> EmbeddingEntries => _embedding;

    public int NameCount => _names.Count;

    internal IReadOnlyDictionary<ulong, ulong> NameEntries => _names;

    /// <summary>These distributional clusters and name flags with the embedding clusters of <paramref name="other"/>.</summary>
    internal WordClusters WithEmbedding(WordClusters other) => new(_ids, other._embedding, _names);

    /// <summary>These clusters with other name-list flags.</summary>
    internal WordClusters WithNames(Dictionary<ulong, ulong> names) => new(_ids, _embedding, names);

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

    /// <summary>Packed embedding-cluster ids of a word (by its lower-case hash), or 0.</summary>
    internal ulong LookupEmbedding(ulong lowerHash) => _embedding.TryGetValue(lowerHash, out var p) ? p : 0;

    /// <summary>The <see cref="NameFlags"/> of a word (by its lower-case hash).</summary>
    internal ulong LookupNames(ulong lowerHash) => _names.TryGetValue(lowerHash, out var p) ? p : 0;

    /// <summary>Hash key for a word as the cluster builder sees it.</summary>
    public static ulong KeyOf(string word) => FeatureHash.Word(word, WordForm.Exact);

    /// <summary>Hash key for a word of the (lower-cased) embedding vocabulary.</summary>
    public static ulong EmbeddingKeyOf(string word) => FeatureHash.Word(word, WordForm.Lower);
}
