namespace FactExtract.Entities;

/// <summary>
/// Per distinct word, the summed weights of the features that depend on that word alone: its own
/// (<see cref="FeatureExtractor.OwnWord"/>) and the ones it gives its neighbours at i-2..i+2
/// (<see cref="FeatureExtractor.Role"/>). Most features are of this kind, so a token's static
/// score becomes five row additions plus the few multi-word features. One cache per thread and
/// model (never shared, so no locks); bounded, emptied when full.
/// </summary>
internal sealed class WordScoreCache
{
    /// <summary>Own, Left, Right, SecondLeft, SecondRight.</summary>
    public const int Parts = 5;
    private const int Capacity = 1 << 15;

    [ThreadStatic] private static WordScoreCache? t_current;

    private readonly EntityModel _model;
    private readonly int _stride;
    private readonly Dictionary<ulong, int> _index = new(Capacity);
    private float[] _sums;
    private readonly float[] _boundary;
    private readonly ulong[] _features = new ulong[FeatureExtractor.MaxFeatures];

    private WordScoreCache(EntityModel model)
    {
        _model = model;
        _stride = model.Labels.Stride;
        _sums = new float[1024 * Parts * _stride];
        // The sentence edges act as words too (start before the first token, end after the last).
        _boundary = new float[Parts * _stride];
        for (var role = WordRole.Left; role <= WordRole.SecondRight; role++)
        {
            int n = FeatureExtractor.BoundaryRole(role, _features);
            model.Weights.Score(_features.AsSpan(0, n), Part(_boundary, 0, role));
        }
    }

    /// <summary>This thread's cache for <paramref name="model"/>.</summary>
    public static WordScoreCache For(EntityModel model)
    {
        var cache = t_current;
        if (cache is null || !ReferenceEquals(cache._model, model)) t_current = cache = new WordScoreCache(model);
        return cache;
    }

    public float[] Sums => _sums;
    public float[] Boundary => _boundary;
    public int Stride => _stride;

    /// <summary>Makes room for a sentence of <paramref name="tokens"/> words (offsets stay valid through one sentence).</summary>
    public void BeginSentence(int tokens)
    {
        if (_index.Count + tokens > Capacity) _index.Clear();
    }

    /// <summary>Offset of the word's own-feature row in <see cref="Sums"/>; a role's row is at offset + (1 + role) * Stride.</summary>
    public int Offset(ReadOnlySpan<char> text, in TokenInfo token)
    {
        var word = text.Slice(token.Start, token.Length);
        // Every feature of the word is a function of its exact characters (digits included, for the affixes).
        ulong key = FeatureHash.Word(word, WordForm.Exact, abstractDigits: false);
        if (_index.TryGetValue(key, out int entry)) return entry * Parts * _stride;
        entry = _index.Count;
        _index.Add(key, entry);
        if ((entry + 1) * Parts * _stride > _sums.Length) Array.Resize(ref _sums, (entry + 1) * 2 * Parts * _stride);
        var info = token;
        FeatureExtractor.CompleteWord(text, ref info, _model.Clusters);
        var weights = _model.Weights;
        var sums = _sums.AsSpan(entry * Parts * _stride, Parts * _stride);
        sums.Clear();
        int n = FeatureExtractor.OwnWord(text, info, _features);
        weights.Score(_features.AsSpan(0, n), sums[.._stride]);
        for (var role = WordRole.Left; role <= WordRole.SecondRight; role++)
        {
            n = FeatureExtractor.Role(role, info, _features);
            weights.Score(_features.AsSpan(0, n), Part(_sums, entry * Parts * _stride, role));
        }
        return entry * Parts * _stride;
    }

    private Span<float> Part(float[] rows, int offset, WordRole role) => rows.AsSpan(offset + (1 + (int)role) * _stride, _stride);
}
