using System.Collections.Frozen;

namespace FactExtract.Facts;

/// <summary>
/// An immutable, case-insensitive word list that can be probed with a span of the article text,
/// so the fact helpers look words up without allocating a string per token.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(params string[] words)
    {
        var set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
