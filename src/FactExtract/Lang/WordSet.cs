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

    public WordSet(params string[] words) : this(StringComparer.OrdinalIgnoreCase, words) { }

    private WordSet(StringComparer comparer, IEnumerable<string> words)
    {
        _set = words.ToFrozenSet(comparer);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A list matched exactly, for words whose capital letter is the cue ("Council", not "council").</summary>
    public static WordSet CaseSensitive(params string[] words) => new(StringComparer.Ordinal, words);

    /// <summary>This list plus <paramref name="words"/>, with the same case rule.</summary>
    public WordSet With(params string[] words) => new((StringComparer)_set.Comparer, _set.Concat(words));

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public IEnumerable<string> Words => _set;
}
