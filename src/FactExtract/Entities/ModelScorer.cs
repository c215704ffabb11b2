using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>
/// Inference scoring: before decoding a sentence, each token's static score is put together from
/// the per-word sums of <see cref="WordScoreCache"/> (own word and the words at i-2..i+2), the
/// precomputed rows of <see cref="FixedScoreRows"/> (case window, gazetteer bits) and the six
/// word-pair features; decoding then adds the history: a fixed row for the two previous labels,
/// the word's row after O or at the sentence start (or two lookups after an entity label) and the
/// document-memory row. The sums are those of the features the trainer lists
/// (<see cref="FeatureExtractor.Static"/> and <see cref="FeatureExtractor.Dynamic"/>), added in another order.
/// Local to one recognizer call.
/// </summary>
internal sealed class ModelScorer(EntityModel model) : IFeatureScorer
{
    private readonly FeatureTable _table = model.Weights;
    private readonly FixedScoreRows _fixed = model.FixedRows;
    private readonly WordScoreCache _cache = WordScoreCache.For(model);
    private readonly ulong[] _features = new ulong[FeatureExtractor.MaxContextFeatures];
    private int[] _offsets = new int[64];
    private float[] _static = new float[64 * model.Labels.Stride];

    public bool ListsFeatures => false;

    public bool Describe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenInfo> infos)
    {
        int n = tokens.Length;
        if (_offsets.Length < n)
        {
            _offsets = new int[Math.Max(n, _offsets.Length * 2)];
            _static = new float[_offsets.Length * _cache.Stride];
        }
        _cache.BeginSentence(n);
        for (int j = 0; j < n; j++) _offsets[j] = _cache.Describe(text, tokens[j], ref infos[j]);
        return true;
    }

    /// <remarks>Needs <see cref="Describe"/> called first on the same sentence (the word rows' offsets).</remarks>
    public void BeginSentence(ReadOnlySpan<char> text, Span<TokenInfo> infos, bool headline)
    {
        int n = infos.Length, stride = _cache.Stride;
        var sums = _cache.Sums;
        var boundary = _cache.Boundary;
        Span<ulong> f = _features;
        for (int i = 0; i < n; i++)
        {
            var row = _static.AsSpan(i * stride, stride);
            sums.AsSpan(_offsets[i], stride).CopyTo(row);
            AddRole(i - 1, WordRole.Left, row);
            AddRole(i + 1, WordRole.Right, row);
            AddRole(i - 2, WordRole.SecondLeft, row);
            AddRole(i + 2, WordRole.SecondRight, row);
            _table.Score(f[..FeatureExtractor.Window(infos, i, f)], row);
            FeatureTable.AddRow(_fixed.CapWindow(FeatureExtractor.CapWindowIndex(infos, i)), row);
            // The sentence-initial features are in the word's at-start row (added while decoding).
            int count = FeatureExtractor.WindowCount + 1 + (i == 0 ? 2 : 0);
            if (headline)
            {
                _table.Score(f[..FeatureExtractor.Headline(text, infos[i], f)], row);
                count += FeatureExtractor.HeadlineCount;
            }
            AddGazetteer(infos, i, count, row);
        }

        void AddRole(int j, WordRole role, Span<float> row)
        {
            int part = (1 + (int)role) * stride;
            FeatureTable.AddRow(j >= 0 && j < n ? sums.AsSpan(_offsets[j] + part, stride) : boundary.AsSpan(part, stride), row);
        }
    }

    /// <summary>The gazetteer features of <see cref="FeatureExtractor.Context"/>, with its cut-off at the same count.</summary>
    private void AddGazetteer(ReadOnlySpan<TokenInfo> s, int i, int count, Span<float> row)
    {
        var cap = s[i].Cap;
        for (int off = -1; off <= 1; off++)
        {
            int j = i + off;
            if (j < 0 || j >= s.Length) continue;
            ulong bits = s[j].Gazetteer;
            while (bits != 0 && count < FeatureExtractor.MaxContextFeatures - 2)
            {
                int b = System.Numerics.BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                FeatureTable.AddRow(_fixed.GazetteerBit(off, b), row);
                count++;
                if (off == 0)
                {
                    FeatureTable.AddRow(_fixed.GazetteerBitCap(b, cap), row);
                    count++;
                }
            }
        }
    }

    public void ScoreToken(int i, in TokenInfo token, int prev1, int prev2, byte memory, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int stride = _cache.Stride;
        FeatureTable.AddRow(_static.AsSpan(i * stride, stride), scores);
        FeatureTable.AddRow(_fixed.History(prev1, prev2), scores);
        if (prev1 <= 0)
        {
            int part = prev1 == 0 ? WordScoreCache.AfterOutsidePart : WordScoreCache.AtStartPart;
            FeatureTable.AddRow(_cache.Sums.AsSpan(_offsets[i] + part * stride, stride), scores);
        }
        else
        {
            Span<ulong> f = _features;
            _table.Score(f[..FeatureExtractor.AfterTag(prev1, token.Lower, token.ShortShape, f)], scores);
        }
        if (memory != 0) FeatureTable.AddRow(_fixed.Memory(memory, token.Cap), scores);
    }

    public void Observe(int position, ReadOnlySpan<ulong> features, int predicted) { }
}
