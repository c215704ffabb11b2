using System.Numerics;

namespace FactExtract.Entities;

/// <summary>
/// The gazetteer's phrase hashes in one open-addressing table: per hash, the kinds of the phrase
/// it ends (0 if none) and whether a longer phrase continues it, so each step of the phrase walk
/// is one probe instead of a dictionary and a set lookup. Read-only after construction.
/// </summary>
internal sealed class PhraseTable
{
    private struct Slot
    {
        public ulong Key;
        public ushort Kinds;
        public bool Used, Prefix;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;

    public PhraseTable(IReadOnlyDictionary<ulong, ushort> phrases, IReadOnlySet<ulong> prefixes)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (phrases.Count + prefixes.Count) * 2));
        _mask = capacity - 1;
        _slots = new Slot[capacity];
        foreach (var (key, kinds) in phrases) SlotOf(key).Kinds = kinds;
        foreach (var key in prefixes) SlotOf(key).Prefix = true;
    }

    private ref Slot SlotOf(ulong key)
    {
        int slot = (int)(key & (ulong)_mask);
        while (_slots[slot].Used && _slots[slot].Key != key) slot = (slot + 1) & _mask;
        ref var s = ref _slots[slot];
        s.Used = true;
        s.Key = key;
        return ref s;
    }

    /// <summary>The kinds of the phrase with this hash (0 if none) and whether it is the start of a longer phrase.</summary>
    public (ushort Kinds, bool Prefix) Find(ulong key)
    {
        var slots = _slots;
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var s = ref slots[slot];
            if (!s.Used) return (0, false);
            if (s.Key == key) return (s.Kinds, s.Prefix);
            slot = (slot + 1) & _mask;
        }
    }
}
