using FactExtract.Lang;

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
}
