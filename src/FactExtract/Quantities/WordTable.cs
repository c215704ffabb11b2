using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace FactExtract.Quantities;

/// <summary>
/// A read-only word dictionary looked up case-insensitively (<see cref="StringComparer.OrdinalIgnoreCase"/>)
/// straight from a span. The quantity stage looks up every word of every document, and almost all of
/// them are ASCII: those go to an open-addressing table hashed on their lower-cased characters, several
/// times cheaper than the frozen dictionary's case-insensitive hashing. Words with other characters go to
/// the frozen dictionary, so every word gets the answer <see cref="StringComparer.OrdinalIgnoreCase"/> gives.
/// </summary>
internal sealed class WordTable<TValue>
{
    /// <summary>The hash of the empty word; <see cref="AddAsciiLetter"/> extends it a letter at a time.</summary>
    public const uint EmptyHash = 2166136261;

    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _dictionary;
    private readonly string[] _keys;
    private readonly TValue[] _values;
    /// <summary>Per slot: the key's hash, and its index + 1 into <see cref="_keys"/> (0 for an empty slot).</summary>
    private readonly (uint Hash, int Entry)[] _slots;
    private readonly int _mask;
    /// <summary>
    /// False when some non-ASCII key could equal an ASCII word ignoring case (as "ı" does "I"): then the
    /// table could miss that key, and every word goes to the dictionary.
    /// </summary>
    private readonly bool _asciiTableComplete;

    public WordTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var dictionary = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _dictionary = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxLength = dictionary.Count == 0 ? 0 : dictionary.Keys.Max(k => k.Length);
        var ascii = dictionary.Where(e => Ascii.IsValid(e.Key)).ToArray();
        _keys = ascii.Select(e => e.Key).ToArray();
        _values = ascii.Select(e => e.Value).ToArray();
        // Mostly empty slots: a word not in the table (most words) usually ends on its first probe.
        int size = 16;
        while (size < _keys.Length * 8) size *= 2;
        _slots = new (uint, int)[size];
        _mask = size - 1;
        for (int i = 0; i < _keys.Length; i++)
        {
            TryHash(_keys[i], out uint hash);
            int slot = (int)(hash & (uint)_mask);
            while (_slots[slot].Entry != 0) slot = (slot + 1) & _mask;
            _slots[slot] = (hash, i + 1);
        }
        _asciiTableComplete = dictionary.Keys.Where(k => !Ascii.IsValid(k))
            .All(k => k.All(c => c < 0x80 || !Enumerable.Range(0, 0x80).Any(a => string.Equals(c.ToString(), ((char)a).ToString(), StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>Length of the longest key.</summary>
    public int MaxLength { get; }

    /// <summary>Extends the hash of a word by one more ASCII letter (of either case).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint AddAsciiLetter(uint hash, char asciiLetter) => (hash ^ (uint)(asciiLetter | 0x20)) * 16777619;

    public bool TryGetValue(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out TValue value)
    {
        if (word.Length <= MaxLength && TryHash(word, out uint hash)) return TryGetAsciiValue(word, hash, out value);
        if (word.Length > MaxLength)
        {
            value = default;
            return false;
        }
        return _dictionary.TryGetValue(word, out value);
    }

    /// <summary>
    /// <see cref="TryGetValue(ReadOnlySpan{char}, out TValue)"/> for a word of ASCII characters only, whose
    /// <paramref name="hash"/> the caller built with <see cref="AddAsciiLetter"/> while reading it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per word of every document
    public bool TryGetAsciiValue(ReadOnlySpan<char> word, uint hash, [MaybeNullWhen(false)] out TValue value)
    {
        if (word.Length > MaxLength)
        {
            value = default;
            return false;
        }
        if (!_asciiTableComplete) return _dictionary.TryGetValue(word, out value);
        var slots = _slots;
        for (int slot = (int)(hash & (uint)_mask); ; slot = (slot + 1) & _mask)
        {
            var (slotHash, entry) = slots[slot];
            if (entry == 0) break;
            if (slotHash != hash) continue;
            var key = _keys[entry - 1];
            if (key.Length == word.Length && Ascii.EqualsIgnoreCase(key, word))
            {
                value = _values[entry - 1];
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>FNV-1a over the lower-cased characters; false for a word with a non-ASCII character.</summary>
    private static bool TryHash(ReadOnlySpan<char> word, out uint hash)
    {
        hash = EmptyHash;
        foreach (char c in word)
        {
            if (c >= 0x80) return false;
            uint lower = (uint)(c - 'A') <= 'Z' - 'A' ? (uint)(c | 0x20) : c;
            hash = (hash ^ lower) * 16777619;
        }
        return true;
    }
}
