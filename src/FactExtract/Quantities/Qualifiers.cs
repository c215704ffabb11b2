using System.Collections.Frozen;
using FactExtract.Lang;
namespace FactExtract.Quantities;

/// <summary>
/// The fixed set of normalised qualifiers a <see cref="Quantity"/> can carry, and the phrases that
/// map onto them. Many surface forms collapse to one name so downstream code compares constants,
/// never free text:
/// <list type="bullet">
/// <item><see cref="MoreThan"/>: more than, over, above, in excess of, upwards of, just over, well over, greater than, higher than, exceeding; after the number: +, -plus</item>
/// <item><see cref="LessThan"/>: less than, fewer than, under, below, lower than, well under, well below</item>
/// <item><see cref="AtLeast"/>: at least, no fewer than, no less than, not less than, a minimum of; after the number: or more, and over, or above</item>
/// <item><see cref="AtMost"/>: at most, no more than, not more than, a maximum of; after the number: or less, or fewer, and under</item>
/// <item><see cref="Around"/>: around, about, approximately, approx., roughly, some, circa, c., ~, an estimated, estimated; after the number: or so</item>
/// <item><see cref="Almost"/>: almost, nearly, close to, just under, just shy of, just short of, not quite</item>
/// <item><see cref="UpTo"/>: up to, as many as, as much as, as high as</item>
/// <item><see cref="Exactly"/>: exactly, precisely</item>
/// </list>
/// A quantity without a qualifier has <see cref="None"/> (the empty string).
/// </summary>
internal static class Qualifiers
{
    public const string None = "";
    public const string MoreThan = "more than";
    public const string LessThan = "less than";
    public const string AtLeast = "at least";
    public const string AtMost = "at most";
    public const string Around = "around";
    public const string Almost = "almost";
    public const string UpTo = "up to";
    public const string Exactly = "exactly";

    /// <summary>Every normalised qualifier except <see cref="None"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [MoreThan, LessThan, AtLeast, AtMost, Around, Almost, UpTo, Exactly];

    /// <summary>
    /// Surface phrases (lower case, one word per element) and what they normalise to, longest first
    /// so that "just under" wins over "under" and "no more than" over "more than".
    /// </summary>
    internal static readonly (string[] Words, string Qualifier)[] Phrases = SortLongestFirst(English.QualifierPhrases);

    /// <summary>
    /// <see cref="Phrases"/> grouped by their last word (case-insensitive), each group in <see cref="Phrases"/> order:
    /// a qualifier ends right before its number, so only the phrases ending in that word need comparing.
    /// </summary>
    private static readonly FrozenDictionary<string, (string[] Words, string Qualifier)[]>.AlternateLookup<ReadOnlySpan<char>> ByLastWord =
        Phrases.GroupBy(p => p.Words[^1], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The phrases whose last word is <paramref name="word"/>, longest first; empty when none is.</summary>
    internal static ReadOnlySpan<(string[] Words, string Qualifier)> EndingWith(ReadOnlySpan<char> word) =>
        ByLastWord.TryGetValue(word, out var phrases) ? phrases : default;

    private static (string[] Words, string Qualifier)[] SortLongestFirst((string[] Words, string Qualifier)[] phrases)
    {
        // Stable sort keeps the declaration order among phrases of equal length: deterministic.
        return phrases.OrderByDescending(p => p.Words.Length).ToArray();
    }
}
