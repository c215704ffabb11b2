using System.Runtime.CompilerServices;

namespace FactExtract.Entities;

/// <summary>
/// Read-only open-addressing map from feature hash to a row of <see cref="BilouTags.Count"/>
/// weights. Built once at load; lookups are a multiply, a mask and usually one probe.
/// </summary>
internal sealed class FeatureTable : IFeatureScorer
{
    public const int Stride = BilouTags.Count;

    private readonly ulong[] _keys;
    private readonly int[] _slots;
    private readonly int _mask;

    /// <param name="keys">Distinct feature hashes.</param>
    /// <param name="weights">Row i (i * Stride .. + Stride) belongs to keys[i].</param>
    public FeatureTable(ulong[] keys, float[] weights)
    {
        if (weights.Length != keys.Length * Stride) throw new ArgumentException("Weights do not match keys.", nameof(weights));
        Keys = keys;
        Weights = weights;
        int capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _mask = capacity - 1;
        _keys = new ulong[capacity];
        _slots = new int[capacity];
        Array.Fill(_slots, -1);
        for (int i = 0; i < keys.Length; i++)
        {
            int slot = (int)(keys[i] & (ulong)_mask);
            while (_slots[slot] >= 0)
            {
                if (_keys[slot] == keys[i]) throw new ArgumentException("Duplicate feature key.", nameof(keys));
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = keys[i];
            _slots[slot] = i;
        }
    }

    public ulong[] Keys { get; }
    public float[] Weights { get; }
    public int Count => Keys.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            int row = _slots[slot];
            if (row < 0 || _keys[slot] == key) return row;
            slot = (slot + 1) & _mask;
        }
    }

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var w = Weights;
        foreach (var feature in features)
        {
            int row = Find(feature);
            if (row < 0) continue;
            var r = w.AsSpan(row * Stride, Stride);
            for (int k = 0; k < Stride; k++) scores[k] += r[k];
        }
    }

    public void Observe(int position, ReadOnlySpan<ulong> features, BilouTag predicted) { }
}
