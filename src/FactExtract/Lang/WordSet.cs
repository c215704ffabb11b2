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
    // Cheap rejection before the hash lookup, which matters because most probes miss (the fact helpers
    // ask several lists about every token they pass): one bit per (first letter, length) of the words,
    // then one per (last letter, length). A letter keeps its low five bits, so 'A' and 'a' share one
    // (letters sharing a bit only let more words through to the lookup); lengths from 31 up share one.
    // A word with a non-ASCII first or last letter turns that half off: such a letter may fold onto an
    // ASCII one ignoring case ("ſ" is "s"), and a probe with one always goes on to the lookup.
    private readonly ulong[] _shapes = new ulong[32];
    private const int LastHalf = 1024;

    public WordSet(params string[] words) : this(StringComparer.OrdinalIgnoreCase, words) { }

    private WordSet(StringComparer comparer, IEnumerable<string> words)
    {
        _set = words.ToFrozenSet(comparer);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
        bool firstAscii = true, lastAscii = true;
        foreach (var word in _set)
        {
            if (word.Length == 0) continue;
            firstAscii &= char.IsAscii(word[0]);
            lastAscii &= char.IsAscii(word[^1]);
            int first = Shape(word[0], word.Length), last = LastHalf + Shape(word[^1], word.Length);
            _shapes[first >> 6] |= 1UL << first;
            _shapes[last >> 6] |= 1UL << last;
        }
        if (!firstAscii) Array.Fill(_shapes, ulong.MaxValue, 0, 16);
        if (!lastAscii) Array.Fill(_shapes, ulong.MaxValue, 16, 16);
    }

    /// <summary>A list matched exactly, for words whose capital letter is the cue ("Council", not "council").</summary>
    public static WordSet CaseSensitive(params string[] words) => new(StringComparer.Ordinal, words);

    /// <summary>This list plus <paramref name="words"/>, with the same case rule.</summary>
    public WordSet With(params string[] words) => new((StringComparer)_set.Comparer, _set.Concat(words));

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length > 0)
        {
            char first = word[0], last = word[^1];
            if (char.IsAscii(first) && Absent(Shape(first, word.Length))) return false;
            if (char.IsAscii(last) && Absent(LastHalf + Shape(last, word.Length))) return false;
        }
        return _lookup.Contains(word);
    }

    private bool Absent(int bit) => (_shapes[bit >> 6] & (1UL << bit)) == 0;

    private static int Shape(char letter, int length) => ((letter & 31) << 5) | Math.Min(length, 31);

    public IEnumerable<string> Words => _set;
}
