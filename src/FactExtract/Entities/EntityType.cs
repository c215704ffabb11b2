namespace FactExtract.Entities;

/// <summary>
/// Entity classes; their CSV/JSON names are the upper-case names (see <see cref="EntityTypeNames"/>).
/// The four named values are the ones the code knows; a model trained with further types
/// (its label set is read from the model file) gives its entities further values, named by
/// <see cref="EntityTypeNames.ToName(EntityType)"/> ("PRODUCT") and found by <see cref="EntityTypeNames.TryParse"/>.
/// </summary>
public enum EntityType : byte
{
    Person,
    Location,
    Organization,
    Misc,
}

/// <summary>
/// Entity types beyond the four built-in ones, named by the label set of a model file
/// ("PRODUCT" in B-PRODUCT). Process-wide and append-only, so one name always has one value.
/// Not API: only loading a model (and training one) registers types; a library user meets them as
/// <see cref="EntityType"/> values and reads their names with <see cref="EntityTypeNames"/>.
/// </summary>
internal static class ExtraEntityTypes
{
    private const int First = (int)EntityType.Misc + 1;
    /// <summary>BILOU tag values are 1 + 4 * type + position and must fit in a byte.</summary>
    public const int MaxTypes = 63;
    private static readonly object Gate = new();
    private static volatile string[] _names = [];

    /// <summary>The type named <paramref name="shortName"/> (upper case, e.g. PRODUCT), registered on first use.</summary>
    public static EntityType Register(string shortName)
    {
        if (!IsValidName(shortName)) throw new ArgumentException($"'{shortName}' is not an entity type name (A-Z, 0-9, _).", nameof(shortName));
        if (EntityTypeNames.TryParse(shortName, out var known)) return known;
        lock (Gate)
        {
            int index = Array.IndexOf(_names, shortName);
            if (index >= 0) return (EntityType)(First + index);
            if (First + _names.Length >= MaxTypes) throw new InvalidOperationException($"More than {MaxTypes} entity types.");
            _names = [.. _names, shortName];
            return (EntityType)(First + _names.Length - 1);
        }
    }

    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= 32 && char.IsAsciiLetterUpper(name[0]) && name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    internal static string? NameOf(EntityType type)
    {
        int index = (int)type - First;
        var names = _names;
        return index >= 0 && index < names.Length ? names[index] : null;
    }

    internal static bool TryFind(string name, out EntityType type)
    {
        int index = Array.IndexOf(_names, name);
        type = (EntityType)(First + Math.Max(index, 0));
        return index >= 0;
    }
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
        _ => ExtraEntityTypes.NameOf(type) ?? throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string ToName(this EntitySource source) => source switch
    {
        EntitySource.Model => "model",
        EntitySource.Gazetteer => "gazetteer",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>Parses PERSON/PER, LOCATION/LOC/GEO, ORGANIZATION/ORGANISATION/ORG, MISC and registered extra types (case-insensitive).</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out EntityType type)
    {
        switch (name.ToString().ToUpperInvariant())
        {
            case "PERSON": case "PER": type = EntityType.Person; return true;
            case "LOCATION": case "LOC": case "GEO": type = EntityType.Location; return true;
            case "ORGANIZATION": case "ORGANISATION": case "ORG": type = EntityType.Organization; return true;
            case "MISC": case "MISCELLANEOUS": type = EntityType.Misc; return true;
            default: return ExtraEntityTypes.TryFind(name.ToString().ToUpperInvariant(), out type);
        }
    }
}
