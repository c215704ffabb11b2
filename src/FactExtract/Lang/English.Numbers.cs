namespace FactExtract.Lang;

/// <summary>
/// The English the pipeline knows, each list defined once: number words, month and day names,
/// titles and roles, organisation heads, abbreviations, change and qualifier words.
/// Stages build their fast lookups from these lists; to teach the pipeline a word, add it here.
/// </summary>
internal static partial class English
{
    /// <summary>Cardinals below twenty; the index is the value.</summary>
    public static readonly string[] CardinalUnits =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    /// <summary>Tens from twenty; index i is (i + 2) * 10.</summary>
    public static readonly string[] CardinalTens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>Ordinals below twentieth; the index is the value (index 0 is unused in text).</summary>
    public static readonly string[] OrdinalUnits =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    /// <summary>Tens ordinals from twentieth; index i is (i + 2) * 10.</summary>
    public static readonly string[] OrdinalTens = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    /// <summary>Scale words the quantity span normally swallows (spelled and abbreviated).</summary>
    public static readonly WordSet ScaleWords = new(
        "hundred", "thousand", "million", "billion", "trillion", "m", "bn", "k", "mn", "tn", "lakh", "lakhs", "crore", "crores");

    /// <summary>Percent words that may follow a percent number ("17 per cent", "5 percentage points").</summary>
    public static readonly WordSet PercentWords = new("%", "per", "cent", "percent", "pc", "pct", "percentage", "points");

    /// <summary>
    /// Number words that can stand for a count before a noun ("three", "dozens", "half"): the
    /// words where a noun phrase being measured stops.
    /// </summary>
    public static readonly WordSet CountWords = new(
        [.. CardinalUnits[1..13], .. CardinalTens,
         "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen", "dozens", "half", "third", "quarter"]);
}
