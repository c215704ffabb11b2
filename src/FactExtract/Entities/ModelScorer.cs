namespace FactExtract.Entities;

/// <summary>
/// Inference scoring: before decoding a sentence, each token's static score is put together from
/// the per-word sums of <see cref="WordScoreCache"/> (own word and the words at i-2..i+2) and the
/// few features that look at several words; decoding then adds only the history features.
/// Local to one recognizer call.
/// </summary>
internal sealed class ModelScorer(EntityModel model) : IFeatureScorer
{
    private readonly FeatureTable _table = model.Weights;
    private readonly WordScoreCache _cache = WordScoreCache.For(model);
    private readonly ulong[] _features = new ulong[FeatureExtractor.MaxContextFeatures];
    private int[] _offsets = new int[64];
    private float[] _static = new float[64 * model.Labels.Stride];

    public bool NeedsStaticFeatures => false;

    public void BeginSentence(ReadOnlySpan<char> text, Span<TokenInfo> infos, bool headline)
    {
        int n = infos.Length, stride = _cache.Stride;
        if (_offsets.Length < n)
        {
            _offsets = new int[Math.Max(n, _offsets.Length * 2)];
            _static = new float[_offsets.Length * stride];
        }
        _cache.BeginSentence(n);
        for (int j = 0; j < n; j++) _offsets[j] = _cache.Offset(text, infos[j]);
        var sums = _cache.Sums;
        var boundary = _cache.Boundary;
        for (int i = 0; i < n; i++)
        {
            var row = _static.AsSpan(i * stride, stride);
            sums.AsSpan(_offsets[i], stride).CopyTo(row);
            AddRole(i - 1, WordRole.Left, row);
            AddRole(i + 1, WordRole.Right, row);
            AddRole(i - 2, WordRole.SecondLeft, row);
            AddRole(i + 2, WordRole.SecondRight, row);
            int count = FeatureExtractor.Context(infos, i, headline, _features);
            _table.Score(_features.AsSpan(0, count), row);
        }

        void AddRole(int j, WordRole role, Span<float> row)
        {
            int part = (1 + (int)role) * stride;
            FeatureTable.AddRow(j >= 0 && j < n ? sums.AsSpan(_offsets[j] + part, stride) : boundary.AsSpan(part, stride), row);
        }
    }

    public void ScoreStatic(int i, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int stride = _cache.Stride;
        FeatureTable.AddRow(_static.AsSpan(i * stride, stride), scores);
    }

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => _table.Score(features, scores);

    public void Observe(int position, ReadOnlySpan<ulong> features, int predicted) { }
}
