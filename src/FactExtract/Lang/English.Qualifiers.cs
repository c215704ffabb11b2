namespace FactExtract.Lang;

internal static partial class English
{
    /// <summary>
    /// Phrases that qualify a number (lower case, one word per element) and the normalised
    /// qualifier each stands for; the normalised names are those of <c>Quantities.Qualifiers</c>.
    /// </summary>
    public static readonly (string[] Words, string Qualifier)[] QualifierPhrases =
    [
        (["more", "than"], "more than"), (["over"], "more than"), (["above"], "more than"),
        (["in", "excess", "of"], "more than"), (["upwards", "of"], "more than"), (["upward", "of"], "more than"),
        (["just", "over"], "more than"), (["well", "over"], "more than"), (["well", "above"], "more than"),
        (["greater", "than"], "more than"), (["higher", "than"], "more than"), (["exceeding"], "more than"),
        (["larger", "than"], "more than"), (["bigger", "than"], "more than"),
        (["less", "than"], "less than"), (["fewer", "than"], "less than"), (["under"], "less than"), (["below"], "less than"),
        (["lower", "than"], "less than"), (["well", "under"], "less than"), (["well", "below"], "less than"),
        (["smaller", "than"], "less than"),
        (["at", "least"], "at least"), (["no", "fewer", "than"], "at least"), (["no", "less", "than"], "at least"),
        (["not", "less", "than"], "at least"), (["a", "minimum", "of"], "at least"),
        // A comparison joined to "equal to", either way round: the bound itself is included.
        (["more", "than", "or", "equal", "to"], "at least"), (["greater", "than", "or", "equal", "to"], "at least"),
        (["equal", "to", "or", "more", "than"], "at least"), (["equal", "to", "or", "greater", "than"], "at least"),
        (["equal", "to", "or", "higher", "than"], "at least"), (["equal", "to", "or", "above"], "at least"),
        (["at", "most"], "at most"), (["no", "more", "than"], "at most"), (["not", "more", "than"], "at most"),
        (["a", "maximum", "of"], "at most"),
        (["less", "than", "or", "equal", "to"], "at most"), (["fewer", "than", "or", "equal", "to"], "at most"),
        (["equal", "to", "or", "less", "than"], "at most"), (["equal", "to", "or", "fewer", "than"], "at most"),
        (["equal", "to", "or", "lower", "than"], "at most"), (["equal", "to", "or", "below"], "at most"),
        (["around"], "around"), (["about"], "around"), (["approximately"], "around"), (["approx"], "around"),
        (["roughly"], "around"), (["some"], "around"), (["circa"], "around"), (["an", "estimated"], "around"),
        (["estimated"], "around"), (["~"], "around"), (["some", "estimated"], "around"),
        (["almost"], "almost"), (["nearly"], "almost"), (["close", "to"], "almost"), (["just", "under"], "almost"),
        (["just", "shy", "of"], "almost"), (["just", "short", "of"], "almost"), (["not", "quite"], "almost"),
        (["up", "to"], "up to"), (["as", "many", "as"], "up to"), (["as", "much", "as"], "up to"), (["as", "high", "as"], "up to"),
        (["exactly"], "exactly"), (["precisely"], "exactly"),
    ];
}
