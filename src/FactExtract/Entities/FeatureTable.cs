using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

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

    /// <summary>
    /// A Bloom filter over the keys (two bits per key, 8 to 16 bits of room per key): most features a text
    /// produces (word pairs above all) were never given weights, and the filter, small enough to stay in
    /// the core's cache, answers those without touching the slot array. Never a false "absent".
    /// </summary>
    private readonly ulong[] _filter;
    private readonly int _filterMask;

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
        int filterBits = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, keys.Length * 8));
        _filter = new ulong[filterBits / 64];
        _filterMask = filterBits - 1;
        foreach (var key in keys)
        {
            int a = FilterBit(key, 20), b = FilterBit(key, 42);
            _filter[a >> 6] |= 1UL << a;
            _filter[b >> 6] |= 1UL << b;
        }
    }

    /// <summary>A filter bit from other bits of the key than the slot index uses (keys are well-mixed hashes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FilterBit(ulong key, int shift) => (int)(key >> shift) & _filterMask;

    public ulong[] Keys { get; }
    public float[] Weights { get; }
    public int Stride { get; }
    public int Count => Keys.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        if (!MayContain(key)) return -1;
        var slots = _slots;
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var s = ref slots[slot];
            if (s.Row < 0 || s.Key == key) return s.Row;
            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayContain(ulong key)
    {
        var filter = _filter;
        int a = FilterBit(key, 20), b = FilterBit(key, 42);
        return (filter[a >> 6] & (1UL << a)) != 0 && (filter[b >> 6] & (1UL << b)) != 0;
    }

    /// <summary>
    /// Asks the processor to start loading the slot of <paramref name="key"/> (when the filter does not rule it out),
    /// so that a batch of lookups waits for memory once rather than once per feature.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void PrefetchSlot(ulong key)
    {
        if (Sse.IsSupported && MayContain(key)) Sse.Prefetch0(Unsafe.AsPointer(ref _slots[(int)(key & (ulong)_mask)]));
    }

    /// <summary>Asks the processor to start loading a row found by <see cref="Find"/> (its first and last cache line).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void PrefetchRow(int row)
    {
        if (!Sse.IsSupported) return;
        Sse.Prefetch0(Unsafe.AsPointer(ref Weights[row * Stride]));
        Sse.Prefetch0(Unsafe.AsPointer(ref Weights[row * Stride + Stride - 1]));
    }

    /// <summary>Adds row <paramref name="row"/> (from <see cref="Find"/>; nothing when negative) to <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddRow(int row, Span<float> scores)
    {
        if (row >= 0) AddRow(Weights.AsSpan(row * Stride, Stride), scores);
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
