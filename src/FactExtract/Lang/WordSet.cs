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
    // Cheap rejection before the hash lookup, which matters because most probes miss (the fact
    // helpers ask several lists about every token they pass): bit n of _lengths is set when some
    // word has n chars (63 stands for 63 or more); _firstLetters has bit (c & 63) set for each
    // word's ASCII first letter c, lower-cased when case does not count (letters sharing a bit only
    // let more words through to the lookup). Any non-ASCII first letter turns that test off.
    private readonly ulong _lengths;
    private readonly ulong _firstLetters;
    private readonly bool _ignoreCase;

    public WordSet(params string[] words) : this(StringComparer.OrdinalIgnoreCase, words) { }

    private WordSet(StringComparer comparer, IEnumerable<string> words)
    {
        _set = words.ToFrozenSet(comparer);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
        _ignoreCase = comparer.Equals("A", "a");
        foreach (var word in _set)
        {
            _lengths |= 1UL << Math.Min(word.Length, 63);
            if (word.Length == 0) continue;
            char first = word[0];
            _firstLetters |= char.IsAscii(first) ? 1UL << Fold(first) : ulong.MaxValue;
        }
    }

    /// <summary>A list matched exactly, for words whose capital letter is the cue ("Council", not "council").</summary>
    public static WordSet CaseSensitive(params string[] words) => new(StringComparer.Ordinal, words);

    /// <summary>This list plus <paramref name="words"/>, with the same case rule.</summary>
    public WordSet With(params string[] words) => new((StringComparer)_set.Comparer, _set.Concat(words));

    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((_lengths & (1UL << Math.Min(word.Length, 63))) == 0) return false;
        // A non-ASCII first letter may still fold onto an ASCII one ("ı" is "i" ignoring case): the lookup decides.
        if (word.Length > 0 && char.IsAscii(word[0]) && (_firstLetters & (1UL << Fold(word[0]))) == 0) return false;
        return _lookup.Contains(word);
    }

    private int Fold(char c) => (_ignoreCase && c is >= 'A' and <= 'Z' ? c | 0x20 : c) & 63;

    public IEnumerable<string> Words => _set;
}
