namespace FactExtract.Entities;

/// <summary>
/// The labels a model predicts: O, then B/I/L/U for each of its entity types, in the model's
/// order. Read from the model file, so a model trained with other types works without a code
/// change. Label index 0 is O; index 1 + 4 * typeIndex + position is that type's tag. For the
/// built-in types in enum order (<see cref="Default"/>) the index equals the <see cref="BilouTag"/> value.
/// </summary>
internal sealed class LabelSet
{
    private static readonly string[] Prefixes = ["B-", "I-", "L-", "U-"];
    private readonly EntityType[] _types;
    private readonly bool[] _follows;
    private readonly int[] _indexOfType = new int[ExtraEntityTypes.MaxTypes + 1];

    public LabelSet(IReadOnlyList<EntityType> types)
    {
        if (types.Count == 0) throw new ArgumentException("A label set needs at least one entity type.", nameof(types));
        if (types.Distinct().Count() != types.Count) throw new ArgumentException("Entity types repeat.", nameof(types));
        _types = types.ToArray();
        Array.Fill(_indexOfType, -1);
        for (int t = 0; t < _types.Length; t++) _indexOfType[(int)_types[t]] = t;
        Count = 1 + 4 * _types.Length;
        Stride = (Count + VectorWidth - 1) / VectorWidth * VectorWidth;
        Names = Enumerable.Range(0, Count).Select(k => ToTag(k).ToName()).ToArray();
        _follows = new bool[Count * Count];
        for (int a = 0; a < Count; a++)
            for (int b = 0; b < Count; b++)
                _follows[a * Count + b] = BilouTags.CanFollow(ToTag(a), ToTag(b));
    }

    /// <summary>PER, LOC, ORG, MISC: the types the shipped English model is trained with.</summary>
    public static LabelSet Default { get; } = new([EntityType.Person, EntityType.Location, EntityType.Organization, EntityType.Misc]);

    /// <summary>Weight rows are padded to a multiple of this many floats, so scores add a vector at a time.</summary>
    public static int VectorWidth => System.Numerics.Vector<float>.Count;

    public IReadOnlyList<EntityType> Types => _types;
    public int Count { get; }
    /// <summary><see cref="Count"/> rounded up to <see cref="VectorWidth"/>.</summary>
    public int Stride { get; }
    public IReadOnlyList<string> Names { get; }

    public bool Contains(EntityType type) => _indexOfType[(int)type] >= 0;

    public BilouTag ToTag(int label) =>
        label == 0 ? BilouTag.O : BilouTags.Make((BilouPosition)((label - 1) & 3), _types[(label - 1) >> 2]);

    /// <summary>The label index of <paramref name="tag"/>, or -1 when its type is not in the set.</summary>
    public int IndexOf(BilouTag tag)
    {
        if (tag == BilouTag.O) return 0;
        int t = _indexOfType[(int)tag.Type()];
        return t < 0 ? -1 : 1 + 4 * t + (int)tag.Position();
    }

    public bool CanFollow(int previous, int next) => _follows[previous * Count + next];

    /// <summary>B and I: the mention must be continued.</summary>
    public static bool IsOpen(int label) => label != 0 && ((label - 1) & 3) <= (int)BilouPosition.Inside;

    /// <summary>
    /// Reads label names as stored in a model file: "O", then B-/I-/L-/U- of each type in turn.
    /// Types other than the built-in four are registered as <see cref="ExtraEntityTypes"/>.
    /// </summary>
    /// <exception cref="FormatException">The names are not a BILOU label set.</exception>
    public static LabelSet Parse(IReadOnlyList<string> names)
    {
        if (names.Count < 5 || (names.Count - 1) % 4 != 0 || names[0] != "O")
            throw new FormatException($"{names.Count} labels do not form a BILOU label set (O, then B-, I-, L-, U- per type).");
        var types = new List<EntityType>();
        for (int k = 1; k < names.Count; k += 4)
        {
            var name = names[k].StartsWith("B-", StringComparison.Ordinal) ? names[k][2..] : "";
            if (!ExtraEntityTypes.IsValidName(name))
                throw new FormatException($"label '{names[k]}' is not a B- label of an entity type.");
            for (int p = 0; p < 4; p++)
                if (names[k + p] != Prefixes[p] + name)
                    throw new FormatException($"label '{names[k + p]}' where '{Prefixes[p] + name}' belongs.");
            var type = ExtraEntityTypes.Register(name);
            if (types.Contains(type)) throw new FormatException($"type {name} appears twice.");
            types.Add(type);
        }
        return new LabelSet(types);
    }

    /// <summary>Types from short names ("PER,LOC,ORG,MISC,PRODUCT"), registering new ones.</summary>
    public static LabelSet FromTypeNames(IEnumerable<string> shortNames) =>
        new(shortNames.Select(n => EntityTypeNames.TryParse(n, out var t) ? t : ExtraEntityTypes.Register(n.ToUpperInvariant())).ToList());
}
