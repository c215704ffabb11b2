namespace FactExtract.Entities;

/// <summary>
/// BILOU labels: O plus Begin/Inside/Last/Unit for each <see cref="EntityType"/>, value =
/// 1 + 4 * type + position. The named values are those of the four built-in types; a model's
/// own label set (<see cref="LabelSet"/>, read from the model file) may hold further types.
/// </summary>
internal enum BilouTag : byte
{
    O,
    BPer, IPer, LPer, UPer,
    BLoc, ILoc, LLoc, ULoc,
    BOrg, IOrg, LOrg, UOrg,
    BMisc, IMisc, LMisc, UMisc,
}

/// <summary>Position of a token inside an entity mention.</summary>
internal enum BilouPosition : byte
{
    Begin,
    Inside,
    Last,
    Unit,
}

internal static class BilouTags
{
    /// <summary>Labels of the four built-in types (<see cref="LabelSet.Default"/>).</summary>
    public const int Count = 17;

    public static BilouTag Make(BilouPosition position, EntityType type) =>
        (BilouTag)(1 + 4 * (int)type + (int)position);

    public static BilouPosition Position(this BilouTag tag) =>
        tag == BilouTag.O ? throw new ArgumentException("O has no position.", nameof(tag)) : (BilouPosition)(((int)tag - 1) & 3);

    public static EntityType Type(this BilouTag tag) =>
        tag == BilouTag.O ? throw new ArgumentException("O has no type.", nameof(tag)) : (EntityType)(((int)tag - 1) >> 2);

    /// <summary>True for B and I: the mention is still open and must be continued.</summary>
    public static bool IsOpen(this BilouTag tag) =>
        tag != BilouTag.O && ((int)tag - 1 & 3) <= (int)BilouPosition.Inside;

    /// <summary>
    /// BILOU grammar: after an open tag (B-x, I-x) only I-x or L-x may follow; after O, L or U
    /// (or at the start) only O, B-* or U-*.
    /// </summary>
    public static bool CanFollow(BilouTag previous, BilouTag next)
    {
        if (previous.IsOpen())
        {
            if (next == BilouTag.O) return false;
            var pos = next.Position();
            return next.Type() == previous.Type() && pos is BilouPosition.Inside or BilouPosition.Last;
        }
        return next == BilouTag.O || next.Position() is BilouPosition.Begin or BilouPosition.Unit;
    }

    private static readonly string[] Names =
    [
        "O",
        "B-PER", "I-PER", "L-PER", "U-PER",
        "B-LOC", "I-LOC", "L-LOC", "U-LOC",
        "B-ORG", "I-ORG", "L-ORG", "U-ORG",
        "B-MISC", "I-MISC", "L-MISC", "U-MISC",
    ];

    /// <summary>The label names of the built-in types, in enum order.</summary>
    public static IReadOnlyList<string> LabelNames => Names;

    public static string ToName(this BilouTag tag) =>
        (int)tag < Names.Length ? Names[(int)tag] : $"{"BILU"[(int)tag.Position()]}-{tag.Type().ShortName()}";

    /// <summary>Short corpus-style type code: PER, LOC, ORG, MISC.</summary>
    public static string ShortName(this EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Location => "LOC",
        EntityType.Organization => "ORG",
        EntityType.Misc => "MISC",
        _ => ExtraEntityTypes.NameOf(type) ?? throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
