using System.Collections.Frozen;

namespace FactExtract.Lang;

/// <summary>
/// An immutable word list that can be probed with a span of the article text, so callers look
/// words up without allocating a string per token. Case-insensitive unless made with
/// <see cref="CaseSensitive"/>.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _set;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly bool _ignoreCase;
    // Cheap rejection before the hash lookup, which matters because most probes miss (the fact helpers
    // ask several lists about every token they pass): a bit per (first letter, length) and per (last
    // letter, length) of the words. Letters are ASCII, lower-cased when case does not count, and keep
    // their low five bits (letters sharing bits only let more words through to the lookup); lengths
    // from 31 up share a bit. A word with a non-ASCII first or last letter turns that table off.
    private readonly ulong[] _firstShapes = new ulong[16];
    private readonly ulong[] _lastShapes = new ulong[16];

    public WordSet(params string[] words) : this(StringComparer.OrdinalIgnoreCase, words) { }

    private WordSet(StringComparer comparer, IEnumerable<string> words)
    {
        _set = words.ToFrozenSet(comparer);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
        _ignoreCase = comparer.Equals("A", "a");
        foreach (var word in _set)
        {
            if (word.Length == 0) continue;
            Mark(_firstShapes, word[0], word.Length);
            Mark(_lastShapes, word[^1], word.Length);
        }
    }

    /// <summary>A list matched exactly, for words whose capital letter is the cue ("Council", not "council").</summary>
    public static WordSet CaseSensitive(params string[] words) => new(StringComparer.Ordinal, words);

    /// <summary>This list plus <paramref name="words"/>, with the same case rule.</summary>
    public WordSet With(params string[] words) => new((StringComparer)_set.Comparer, _set.Concat(words));

    public bool Contains(ReadOnlySpan<char> word)
    {
        // A non-ASCII letter may still fold onto an ASCII one ("ſ" is "s" ignoring case): then the lookup decides.
        if (word.Length > 0 && (Absent(_firstShapes, word[0], word.Length) || Absent(_lastShapes, word[^1], word.Length)))
            return false;
        return _lookup.Contains(word);
    }

    private void Mark(ulong[] shapes, char letter, int length)
    {
        if (!char.IsAscii(letter)) { Array.Fill(shapes, ulong.MaxValue); return; }
        int bit = Shape(letter, length);
        shapes[bit >> 6] |= 1UL << bit;
    }

    private bool Absent(ulong[] shapes, char letter, int length)
    {
        if (!char.IsAscii(letter)) return false;
        int bit = Shape(letter, length);
        return (shapes[bit >> 6] & (1UL << bit)) == 0;
    }

    private int Shape(char letter, int length)
    {
        int c = _ignoreCase && letter is >= 'A' and <= 'Z' ? letter | 0x20 : letter;
        return ((c & 31) << 5) | Math.Min(length, 31);
    }

    public IEnumerable<string> Words => _set;
}
