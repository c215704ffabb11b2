using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FactExtract.Entities;

/// <summary>
/// Read-only open-addressing map from feature hash to a row of weights, one per label, each row
/// padded to <see cref="Stride"/> (a multiple of the SIMD width) so a row adds to the scores a
/// vector at a time. Built once at load; lookups are a mask and usually one probe.
/// </summary>
internal sealed class FeatureTable
{
    /// <summary>A slot: key and row side by side, so a probe touches one cache line.</summary>
    private struct Slot
    {
        public ulong Key;
        public int Row;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <param name="keys">Distinct feature hashes.</param>
    /// <param name="weights">Row i (i * stride .. + stride) belongs to keys[i]; padding columns are 0.</param>
    public FeatureTable(ulong[] keys, float[] weights, int stride)
    {
        if (stride <= 0 || stride % LabelSet.VectorWidth != 0) throw new ArgumentException("Stride must be a multiple of the vector width.", nameof(stride));
        if (weights.Length != keys.Length * stride) throw new ArgumentException("Weights do not match keys.", nameof(weights));
        Keys = keys;
        Weights = weights;
        Stride = stride;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _mask = capacity - 1;
        _slots = new Slot[capacity];
        for (int i = 0; i < capacity; i++) _slots[i].Row = -1;
        for (int i = 0; i < keys.Length; i++)
        {
            int slot = (int)(keys[i] & (ulong)_mask);
            while (_slots[slot].Row >= 0)
            {
                if (_slots[slot].Key == keys[i]) throw new ArgumentException("Duplicate feature key.", nameof(keys));
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = new Slot { Key = keys[i], Row = i };
        }
    }

    public ulong[] Keys { get; }
    public float[] Weights { get; }
    public int Stride { get; }
    public int Count => Keys.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var slots = _slots;
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var s = ref slots[slot];
            if (s.Row < 0 || s.Key == key) return s.Row;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Adds the rows of <paramref name="features"/> to <paramref name="scores"/> (length <see cref="Stride"/>).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            int row = Find(feature);
            if (row >= 0) AddRow(Weights.AsSpan(row * Stride, Stride), scores);
        }
    }

    /// <summary><paramref name="target"/> += <paramref name="row"/>, a SIMD vector at a time (lengths are multiples of the vector width).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddRow(ReadOnlySpan<float> row, Span<float> target)
    {
        var src = MemoryMarshal.Cast<float, Vector<float>>(row);
        var dst = MemoryMarshal.Cast<float, Vector<float>>(target);
        for (int v = 0; v < src.Length; v++) dst[v] += src[v];
    }
}
