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

    /// <summary>Confidence of a place found by its compass adjective alone.</summary>
    private const double CompassPlaceConfidence = 0.7;

    /// <summary>
    /// "in southern Rendia", "across northern Marovia": capitalised words after a preposition and a
    /// lower-case compass adjective name a place. The tagger misses such names when it has never
    /// seen the word (a small country, a province); the phrase itself says what they are.
    /// </summary>
    private static void AddCompassPlaces(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<Entity> mentions)
    {
        List<Entity>? added = null;
        int next = 0; // the first mention not ending before the name looked at: mentions are in text order
        for (int s = 0; s < sentences.Length; s++)
        {
            int end = sentences[s].TokenEnd;
            for (int i = sentences[s].FirstToken + 1; i + 1 < end; i++)
            {
                if (!English.CompassAdjectives.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)) || !char.IsLower(text[tokens[i].Start])) continue;
                if (!English.PlacePrepositions.Contains(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length))) continue;
                int last = i;
                while (last + 1 < end && last - i < 3 && IsCapitalised(text, tokens[last + 1]) && IsLetters(text, tokens[last + 1])) last++;
                if (last == i) continue;
                int a = tokens[i + 1].Start, b = tokens[last].End;
                while (next < mentions.Count && mentions[next].End <= a) next++;
                if (next < mentions.Count && mentions[next].Start < b) continue; // the tagger named something here already
                (added ??= []).Add(new Entity(a, b, text[a..b], EntityType.Location, CompassPlaceConfidence, EntitySource.Model, s));
            }
        }
        if (added is null) return;
        mentions.AddRange(added);
        mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
    }
}
