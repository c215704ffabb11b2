namespace FactExtract.Lang;

internal static partial class English
{
    public static readonly WordSet IncreaseWords = new(
        "increase", "increases", "increased", "increasing", "rise", "rises", "rose", "risen", "rising",
        "grew", "grow", "grows", "growing", "grown", "growth", "surge", "surged", "surges", "surging",
        "jump", "jumped", "jumps", "climb", "climbed", "climbs", "soar", "soared", "soars", "gain", "gained",
        "gains", "up", "higher", "boost", "boosted", "rebound", "rebounded", "doubled", "tripled", "hike", "hiked",
        "lift", "lifted", "lifting", "upturn", "expanded", "expansion", "raise", "raises", "raised", "raising",
        "widen", "widened", "widens", "widening", "strengthened", "strengthen", "accelerated");

    public static readonly WordSet DecreaseWords = new(
        "decrease", "decreases", "decreased", "decreasing", "fall", "falls", "fell", "fallen", "falling",
        "drop", "drops", "dropped", "dropping", "decline", "declines", "declined", "declining", "cut", "cuts",
        "slump", "slumped", "plunge", "plunged", "plummeted", "sank", "sunk", "shrank", "shrunk", "shrink", "shrinks", "shrinking",
        "down", "lower", "reduced", "reduction", "reductions", "slid", "slide", "dip", "dipped", "tumbled",
        "halved", "lost", "loss", "losses", "contraction", "contracted", "eased", "downturn", "narrowed", "narrowing",
        "weakened", "weaken", "weakens", "slowed", "slowing", "slows", "shed", "losing");

    /// <summary>
    /// Words before a number that make "rose 5% to 20%" a change rather than a range: change verbs
    /// as written in market and economics reports, plus "by" and "from".
    /// </summary>
    public static readonly string[] ChangeContextWords =
    [
        "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "up", "down", "gained",
        "gain", "lost", "increased", "decreased", "climbed", "dropped", "jumped", "slipped", "eased", "declined", "added",
        "shed", "cut", "raised", "lowered", "grew", "slumped", "surged", "soared", "plunged", "tumbled", "edged", "by",
        "from", "firmed", "weakened", "strengthened", "slid", "dipped", "rallied", "recovered",
    ];
}
