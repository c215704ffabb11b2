using FactExtract.Entities;

namespace FactExtract.Training;

/// <summary>
/// Perceptron weights with averaging over every update, done lazily: each weight remembers
/// when it last changed, so the running sum is brought up to date only when it is touched
/// (the "lazy timestamp" trick). Rows are created only for features that get an update.
/// </summary>
internal sealed class AveragedWeights
{
    private readonly int Stride;
    private readonly Dictionary<ulong, int> _index = new();
    private float[] _w;
    private double[] _total;
    private int[] _stamp;
    private int _now;
    private readonly HashSet<ulong>? _frozen;

    /// <param name="labels">How many labels (weights per feature).</param>
    /// <param name="frozen">Features that are never given a weight (rare ones, under a count cut-off).</param>
    public AveragedWeights(int labels, HashSet<ulong>? frozen = null)
    {
        Stride = labels;
        _w = new float[Stride * 1024];
        _total = new double[Stride * 1024];
        _stamp = new int[Stride * 1024];
        _frozen = frozen;
    }

    public int Count => _index.Count;

    /// <summary>One more training instance has been seen (the averaging clock).</summary>
    public void Tick() => _now++;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            if (!_index.TryGetValue(f, out int row)) continue;
            var r = _w.AsSpan(row * Stride, Stride);
            for (int k = 0; k < Stride; k++) scores[k] += r[k];
        }
    }

    /// <param name="gold">Label index the update rewards.</param>
    /// <param name="predicted">Label index it penalises.</param>
    public void Update(ReadOnlySpan<ulong> features, int gold, int predicted)
    {
        foreach (var f in features)
        {
            if (_frozen is not null && _frozen.Contains(f)) continue;
            int row = RowOf(f);
            Add(row * Stride + gold, 1f);
            Add(row * Stride + predicted, -1f);
        }
    }

    private void Add(int i, float delta)
    {
        _total[i] += (double)(_now - _stamp[i]) * _w[i];
        _stamp[i] = _now;
        _w[i] += delta;
    }

    private int RowOf(ulong feature)
    {
        if (_index.TryGetValue(feature, out int row)) return row;
        row = _index.Count;
        if ((row + 1) * Stride > _w.Length)
        {
            int size = _w.Length * 2;
            Array.Resize(ref _w, size);
            Array.Resize(ref _total, size);
            Array.Resize(ref _stamp, size);
        }
        _index.Add(feature, row);
        return row;
    }

    /// <summary>The averaged weights as of now (training can continue afterwards).</summary>
    public List<(ulong Key, float[] Row)> Averaged()
    {
        var rows = new List<(ulong, float[])>(_index.Count);
        double now = Math.Max(1, _now);
        foreach (var (key, row) in _index)
        {
            var avg = new float[Stride];
            for (int k = 0; k < Stride; k++)
            {
                int i = row * Stride + k;
                avg[k] = (float)((_total[i] + (double)(_now - _stamp[i]) * _w[i]) / now);
            }
            rows.Add((key, avg));
        }
        return rows;
    }
}
