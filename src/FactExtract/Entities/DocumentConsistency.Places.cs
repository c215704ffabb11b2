using FactExtract.Lang;
using FactExtract.Text;

namespace FactExtract.Entities;

internal sealed partial class DocumentConsistency
{
    /// <summary>
    /// A region named by a compass word and a place ("Eastern Mediterranean", "South Sudan") that the
    /// tagger typed as an organisation is a place when the article names that place as a place
    /// elsewhere, bare ("Sudan") or with another compass word ("Central Mediterranean"). Companies
    /// named this way ("Western Union", "Southern Water") keep their type: the article does not
    /// call "Union" or "Water" a place.
    /// </summary>
    private static void RetypeCompassPlaces(List<Entity> mentions)
    {
        HashSet<string>? places = null;
        foreach (var e in mentions)
        {
            if (e.Type != EntityType.Location) continue;
            places ??= new HashSet<string>(StringComparer.Ordinal);
            places.Add(e.Text);
            if (CompassCore(e.Text) is { } core) places.Add(core);
        }
        if (places is null) return;
        for (int m = 0; m < mentions.Count; m++)
            if (mentions[m].Type == EntityType.Organization && CompassCore(mentions[m].Text) is { } core && places.Contains(core))
                mentions[m] = mentions[m] with { Type = EntityType.Location };
    }

    /// <summary>"Mediterranean" for "Eastern Mediterranean"; null when the name does not open with a compass word.</summary>
    private static string? CompassCore(string name)
    {
        int space = name.IndexOf(' ');
        return space > 0 && space + 1 < name.Length && English.CompassWords.Contains(name.AsSpan(0, space)) ? name[(space + 1)..] : null;
    }

    /// <summary>Confidence of a place found by the phrase around it alone.</summary>
    private const double PhrasePlaceConfidence = 0.7;

    /// <summary>
    /// Untagged capitalised words that the phrase around them marks as a place: after a preposition
    /// and a lower-case compass adjective ("in southern Rendia", "across northern Marovia"), or
    /// between "the" (or a preposition) and a lower-case kind of region ("the Harbour district",
    /// "in Donetsk region"). The tagger misses such names when it has never seen the word (a small
    /// country, a province); the phrase itself says what they are.
    /// </summary>
    private static void AddPhrasePlaces(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<Entity> mentions)
    {
        List<Entity>? added = null;
        int next = 0; // the first mention not ending before the name looked at: mentions are in text order
        for (int s = 0; s < sentences.Length; s++)
        {
            int end = sentences[s].TokenEnd;
            for (int i = sentences[s].FirstToken; i + 1 < end; i++)
            {
                if (!IsName(text, tokens[i + 1])) continue; // both phrases go on with a name: most tokens stop here
                int first, last;
                if (IsLowerWordIn(English.CompassAdjectives, text, tokens[i]) && i > sentences[s].FirstToken && IsWordIn(English.PlacePrepositions, text, tokens[i - 1]))
                {
                    first = last = i + 1;
                    while (last + 1 < end && last - first < 2 && IsName(text, tokens[last + 1])) last++;
                }
                else if (IsWordIn(English.PlacePrepositions, text, tokens[i]) || text.AsSpan(tokens[i].Start, tokens[i].Length).Equals("the", StringComparison.OrdinalIgnoreCase))
                {
                    first = last = i + 1;
                    while (last < end && last - first < 3 && IsName(text, tokens[last])) last++;
                    if (last == first || last >= end || !IsLowerWordIn(English.RegionKinds, text, tokens[last])) continue;
                    last--;
                }
                else continue;
                int a = tokens[first].Start, b = tokens[last].End;
                while (next < mentions.Count && mentions[next].End <= a) next++;
                if (next < mentions.Count && mentions[next].Start < b) continue; // the tagger named something here already
                (added ??= []).Add(new Entity(a, b, text[a..b], EntityType.Location, PhrasePlaceConfidence, EntitySource.Model, s));
                i = last;
            }
        }
        InsertInOrder(mentions, added);
    }

    private static bool IsName(string text, Token t) => IsCapitalised(text, t) && IsLetters(text, t);

    private static bool IsWordIn(WordSet words, string text, Token t) => words.Contains(text.AsSpan(t.Start, t.Length));

    private static bool IsLowerWordIn(WordSet words, string text, Token t) => char.IsLower(text[t.Start]) && IsWordIn(words, text, t);
}
