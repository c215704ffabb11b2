using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>
/// Per distinct word, the summed weights of the features that depend on that word alone: its own
/// (<see cref="FeatureExtractor.OwnWord"/>), the ones it gives its neighbours at i-2..i+2
/// (<see cref="FeatureExtractor.Role"/>), and the word with the previous label when that label is
/// O or the sentence start (<see cref="FeatureExtractor.AfterTag"/>, plus the sentence-initial
/// features), the two previous labels almost every token has. So a token's score becomes a few
/// row additions plus the few word-pair features. One cache per thread and model (never shared,
/// so no locks); bounded, emptied when full.
/// </summary>
internal sealed class WordScoreCache
{
    /// <summary>Rows per word: own, the four roles (left, right, second left, second right), after O, at sentence start.</summary>
    public const int Parts = 7;
    public const int AfterOutsidePart = 5, AtStartPart = 6;
    private const int Capacity = 1 << 15;

    [ThreadStatic] private static WordScoreCache? t_current;

    private readonly EntityModel _model;
    private readonly int _stride;
    private readonly WordIndex _index = new(Capacity);
    private float[] _sums;
    private Description[] _descriptions = new Description[1024];
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
            model.Weights.Score(_features.AsSpan(0, n), Part(_boundary, 0, 1 + (int)role));
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

    /// <summary>
    /// Fills <paramref name="info"/> as <see cref="FeatureExtractor.Describe"/> does, from the cache when the word
    /// was seen; returns the offset of the word's own-feature row in <see cref="Sums"/> (part p's row is at offset + p * Stride).
    /// </summary>
    public int Describe(ReadOnlySpan<char> text, in Token token, ref TokenInfo info)
    {
        var word = text.Slice(token.Start, token.Length);
        // Every feature of the word is a function of its exact characters (digits included, for the affixes).
        ulong key = FeatureHash.Word(word, WordForm.Exact, abstractDigits: false);
        int entry = _index.Find(key);
        if (entry >= 0)
        {
            info.Start = token.Start;
            info.Length = token.Length;
            info.Kind = token.Kind;
            ref readonly var d = ref _descriptions[entry];
            info.Lower = d.Lower;
            info.ShortShape = d.ShortShape;
            info.Cap = d.Cap;
            return entry * Parts * _stride;
        }
        FeatureExtractor.Describe(text, token, ref info);
        entry = _index.Add(key);
        if ((entry + 1) * Parts * _stride > _sums.Length) Array.Resize(ref _sums, (entry + 1) * 2 * Parts * _stride);
        if (entry >= _descriptions.Length) Array.Resize(ref _descriptions, _descriptions.Length * 2);
        _descriptions[entry] = new Description(info.Lower, info.ShortShape, info.Cap);
        var complete = info;
        FeatureExtractor.CompleteWord(text, ref complete, _model.Clusters);
        int offset = entry * Parts * _stride;
        SumWordRows(text, complete, offset);
        return offset;
    }

    private void SumWordRows(ReadOnlySpan<char> text, in TokenInfo info, int offset)
    {
        var weights = _model.Weights;
        _sums.AsSpan(offset, Parts * _stride).Clear();
        int n = FeatureExtractor.OwnWord(text, info, _features);
        weights.Score(_features.AsSpan(0, n), Part(_sums, offset, 0));
        for (var role = WordRole.Left; role <= WordRole.SecondRight; role++)
        {
            n = FeatureExtractor.Role(role, info, _features);
            weights.Score(_features.AsSpan(0, n), Part(_sums, offset, 1 + (int)role));
        }
        n = FeatureExtractor.AfterTag(0, info.Lower, info.ShortShape, _features);
        weights.Score(_features.AsSpan(0, n), Part(_sums, offset, AfterOutsidePart));
        n = FeatureExtractor.AfterTag(-1, info.Lower, info.ShortShape, _features);
        n += FeatureExtractor.SentenceInitial(info, _features.AsSpan(n));
        weights.Score(_features.AsSpan(0, n), Part(_sums, offset, AtStartPart));
    }

    /// <summary>What <see cref="FeatureExtractor.Describe"/> computes from a word's characters.</summary>
    private readonly record struct Description(ulong Lower, ulong ShortShape, CapClass Cap);

    private Span<float> Part(float[] rows, int offset, int part) => rows.AsSpan(offset + part * _stride, _stride);

    /// <summary>Word hash → entry number, open addressing (a Dictionary's bucket indirection costs more here).</summary>
    private sealed class WordIndex(int capacity)
    {
        private readonly ulong[] _keys = new ulong[capacity * 2];
        private readonly int[] _entries = new int[capacity * 2];
        private readonly int _mask = capacity * 2 - 1;

        public int Count { get; private set; }

        public int Find(ulong key)
        {
            int slot = (int)(key & (ulong)_mask);
            while (true)
            {
                int e = _entries[slot] - 1;
                if (e < 0 || _keys[slot] == key) return e;
                slot = (slot + 1) & _mask;
            }
        }

        /// <summary>Adds a key not present; returns its entry number.</summary>
        public int Add(ulong key)
        {
            int slot = (int)(key & (ulong)_mask);
            while (_entries[slot] != 0) slot = (slot + 1) & _mask;
            _keys[slot] = key;
            _entries[slot] = ++Count;
            return Count - 1;
        }

        public void Clear()
        {
            Array.Clear(_entries);
            Count = 0;
        }
    }
}
