using System.Collections.Frozen;
using FactExtract.Lang;

namespace FactExtract.Text;

/// <summary>How an abbreviation's period behaves at a possible sentence boundary.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Stands before a name or number (<c>Mr.</c>, <c>Dr.</c>, <c>No.</c>, <c>vs.</c>, <c>e.g.</c>): never ends a sentence.</summary>
    Prefix,

    /// <summary>Can close a sentence (<c>Inc.</c>, <c>Jr.</c>, <c>Jan.</c>, <c>U.S.</c>): ends one only before a typical sentence opener.</summary>
    Suffix,

    /// <summary>Closes a list (<c>etc.</c>, <c>et al.</c>): ends a sentence whenever a capitalised word follows.</summary>
    ListEnd,
}

/// <summary>
/// Words that keep their period (<c>Mr.</c>, <c>Inc.</c>), spelled without it and matched
/// case-sensitively, so <c>No.</c> is an abbreviation and the word <c>no.</c> is not. Dotted
/// acronyms (<c>U.S.</c>) and single initials (<c>J.</c>) are recognised by shape, not listed.
/// Immutable; build a custom list with the constructor.
/// </summary>
internal sealed class Abbreviations
{
    private readonly FrozenDictionary<string, AbbreviationKind> _entries;
    private readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Abbreviations(IEnumerable<KeyValuePair<string, AbbreviationKind>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = entries.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in _entries.Keys)
        {
            if (key.Length == 0 || key.EndsWith('.'))
                throw new ArgumentException($"Abbreviation '{key}' must be non-empty and spelled without its final period.", nameof(entries));
            MaxLength = Math.Max(MaxLength, key.Length);
        }
    }

    /// <summary>The built-in English news list (AP style titles, months, company suffixes, US states).</summary>
    public static Abbreviations Default { get; } = new(BuildDefault());

    /// <summary>Length of the longest entry; longer words skip the lookup.</summary>
    public int MaxLength { get; }

    public int Count => _entries.Count;

    public bool TryGetKind(ReadOnlySpan<char> word, out AbbreviationKind kind)
    {
        if (word.Length > MaxLength) { kind = default; return false; }
        return _lookup.TryGetValue(word, out kind);
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGetKind(word, out _);

    private static IEnumerable<KeyValuePair<string, AbbreviationKind>> BuildDefault()
    {
        var map = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        Add(map, English.PrefixAbbreviations, AbbreviationKind.Prefix);
        Add(map, English.SuffixAbbreviations, AbbreviationKind.Suffix);
        Add(map, English.ListEndAbbreviations, AbbreviationKind.ListEnd);
        return map;
    }

    private static void Add(Dictionary<string, AbbreviationKind> map, string[] words, AbbreviationKind kind)
    {
        foreach (var w in words)
            map.TryAdd(w, kind);
    }
}
