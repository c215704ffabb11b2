using System.Collections.Frozen;
using FactExtract.Lang;
namespace FactExtract.Quantities;

/// <summary>
/// The normalised qualifier of a <see cref="Quantity"/>: a closed set. Many surface forms collapse to
/// one value, so downstream code compares enum values, never free text:
/// <list type="bullet">
/// <item><see cref="QuantityQualifier.MoreThan"/>: more than, over, above, in excess of, upwards of, just over, well over, greater than, higher than, exceeding; after the number: +, -plus</item>
/// <item><see cref="QuantityQualifier.LessThan"/>: less than, fewer than, under, below, lower than, well under, well below</item>
/// <item><see cref="QuantityQualifier.AtLeast"/>: at least, no fewer than, no less than, not less than, a minimum of; after the number: or more, and over, or above</item>
/// <item><see cref="QuantityQualifier.AtMost"/>: at most, no more than, not more than, a maximum of; after the number: or less, or fewer, and under</item>
/// <item><see cref="QuantityQualifier.Around"/>: around, about, approximately, approx., roughly, some, circa, c., ~, an estimated, estimated; after the number: or so</item>
/// <item><see cref="QuantityQualifier.Almost"/>: almost, nearly, close to, just under, just shy of, just short of, not quite</item>
/// <item><see cref="QuantityQualifier.UpTo"/>: up to, as many as, as much as, as high as</item>
/// <item><see cref="QuantityQualifier.Exactly"/>: exactly, precisely</item>
/// </list>
/// A quantity without a qualifier has <see cref="None"/>. The outputs write the names of
/// <see cref="QuantityQualifierNames.ToName"/> ("more than"; empty for none).
/// </summary>
public enum QuantityQualifier : byte
{
    None,
    MoreThan,
    LessThan,
    AtLeast,
    AtMost,
    Around,
    Almost,
    UpTo,
    Exactly,
}

/// <summary>The one mapping between qualifiers and their names in files.</summary>
public static class QuantityQualifierNames
{
    public static string ToName(this QuantityQualifier qualifier) => qualifier switch
    {
        QuantityQualifier.None => "",
        QuantityQualifier.MoreThan => "more than",
        QuantityQualifier.LessThan => "less than",
        QuantityQualifier.AtLeast => "at least",
        QuantityQualifier.AtMost => "at most",
        QuantityQualifier.Around => "around",
        QuantityQualifier.Almost => "almost",
        QuantityQualifier.UpTo => "up to",
        QuantityQualifier.Exactly => "exactly",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    /// <summary>The qualifier named <paramref name="name"/> ("" is <see cref="QuantityQualifier.None"/>); false for any other text.</summary>
    public static bool TryParse(string name, out QuantityQualifier qualifier)
    {
        foreach (var q in Enum.GetValues<QuantityQualifier>())
            if (q.ToName() == name) { qualifier = q; return true; }
        qualifier = QuantityQualifier.None;
        return false;
    }
}

/// <summary>The phrases that map onto each <see cref="QuantityQualifier"/> (English.QualifierPhrases), looked up by their last word.</summary>
internal static class Qualifiers
{
    /// <summary>
    /// Surface phrases (lower case, one word per element) and what they normalise to, longest first
    /// so that "just under" wins over "under" and "no more than" over "more than".
    /// </summary>
    internal static readonly (string[] Words, QuantityQualifier Qualifier)[] Phrases = SortLongestFirst(English.QualifierPhrases.Select(p => (p.Words, Parse(p.Qualifier))).ToArray());

    private static QuantityQualifier Parse(string name) =>
        QuantityQualifierNames.TryParse(name, out var q) && q != QuantityQualifier.None ? q : throw new InvalidOperationException($"'{name}' is no qualifier name.");

    /// <summary>
    /// <see cref="Phrases"/> grouped by their last word (case-insensitive), each group in <see cref="Phrases"/> order:
    /// a qualifier ends right before its number, so only the phrases ending in that word need comparing.
    /// </summary>
    private static readonly FrozenDictionary<string, (string[] Words, QuantityQualifier Qualifier)[]>.AlternateLookup<ReadOnlySpan<char>> ByLastWord =
        Phrases.GroupBy(p => p.Words[^1], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The phrases whose last word is <paramref name="word"/>, longest first; empty when none is.</summary>
    internal static ReadOnlySpan<(string[] Words, QuantityQualifier Qualifier)> EndingWith(ReadOnlySpan<char> word) =>
        ByLastWord.TryGetValue(word, out var phrases) ? phrases : default;

    private static (string[] Words, QuantityQualifier Qualifier)[] SortLongestFirst((string[] Words, QuantityQualifier Qualifier)[] phrases)
    {
        // Stable sort keeps the declaration order among phrases of equal length: deterministic.
        return phrases.OrderByDescending(p => p.Words.Length).ToArray();
    }
}
