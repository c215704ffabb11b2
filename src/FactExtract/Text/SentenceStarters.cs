using System.Collections.Frozen;

namespace FactExtract.Text;

/// <summary>
/// Capitalised function words that typically open an English sentence (The, He, But, However...).
/// After an abbreviation that may close a sentence (<c>U.S.</c>, <c>Inc.</c>), the splitter ends
/// the sentence only when one of these follows: "in the U.S. The" ends, "the U.S. Army" does not.
/// The list is closed-class on purpose: proper nouns and content words never appear in it.
/// </summary>
internal sealed class SentenceStarters
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SentenceStarters(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = words.ToFrozenSet(StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static SentenceStarters Default { get; } = new((
        "The A An This That These Those There Here It Its He She They We I You His Her Their Our My Your " +
        "But And Or So Yet Nor However Meanwhile Moreover Furthermore Also Still Then Now Thus Instead Indeed " +
        "In On At For From With By As After Before During When While If Although Though Since Because Once " +
        "Until Unless Some Many Most Several Such Both Each Every All Another Neither Either Not What Who " +
        "Why How Where Which Whether Last Earlier Later Despite Among Between Without Within Through " +
        "According Separately Elsewhere Overall Even Only More Much Few Under Over Against Like Unlike"
        ).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public int Count => _words.Count;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
