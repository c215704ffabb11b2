namespace FactExtract.Entities;

/// <summary>Entity classes; their CSV/JSON names are the upper-case names (see <see cref="EntityTypeNames"/>).</summary>
public enum EntityType : byte
{
    Person,
    Location,
    Organization,
    Misc,
}

/// <summary>Where an entity mention came from.</summary>
public enum EntitySource : byte
{
    Model,
    Gazetteer,
}

/// <summary>The one mapping between entity enums and their names in files.</summary>
public static class EntityTypeNames
{
    public static string ToName(this EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Location => "LOCATION",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Misc => "MISC",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string ToName(this EntitySource source) => source switch
    {
        EntitySource.Model => "model",
        EntitySource.Gazetteer => "gazetteer",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>Parses PERSON/PER, LOCATION/LOC/GEO, ORGANIZATION/ORGANISATION/ORG, MISC (case-insensitive).</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out EntityType type)
    {
        switch (name.ToString().ToUpperInvariant())
        {
            case "PERSON": case "PER": type = EntityType.Person; return true;
            case "LOCATION": case "LOC": case "GEO": type = EntityType.Location; return true;
            case "ORGANIZATION": case "ORGANISATION": case "ORG": type = EntityType.Organization; return true;
            case "MISC": case "MISCELLANEOUS": type = EntityType.Misc; return true;
            default: type = default; return false;
        }
    }
}
