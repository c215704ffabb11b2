namespace FactExtract.Entities;

/// <summary>
/// Gives every entity mention of one article its canonical name. First cut: the mention text
/// with leading titles removed. (Full version: resolves "Starmer"/"Sir Keir" to "Keir Starmer"
/// and acronyms to their definitions within the article.)
/// </summary>
public sealed class CanonicalNameResolver
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Sir", "Dame", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "President", "Prime", "Minister",
    };

    /// <param name="text">The article text.</param>
    /// <param name="mentions">The article's mentions in text order.</param>
    public IReadOnlyList<Entity> Resolve(string text, IReadOnlyList<Entity> mentions)
    {
        var result = new Entity[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var words = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int skip = 0;
            while (skip < words.Length - 1 && Titles.Contains(words[skip])) skip++;
            result[i] = m with { Canonical = string.Join(' ', words, skip, words.Length - skip) };
        }
        return result;
    }
}
