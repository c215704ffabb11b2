namespace FactExtract.Facts;

/// <summary>
/// The closed word lists the fact helpers use as light syntactic cues (no parser, no tagger).
/// Immutable after construction; shared by every helper.
/// </summary>
internal static class FactLexicon
{
    /// <summary>Words that open a noun phrase but are never its head.</summary>
    public static readonly WordSet Determiners = new(
        "the", "a", "an", "those", "these", "this", "that", "its", "their", "his", "her", "our", "my", "your",
        "all", "some", "such", "each", "every", "any", "both", "whose", "which", "what");

    /// <summary>Words that end a noun phrase: prepositions, conjunctions, auxiliaries and common verbs.</summary>
    public static readonly WordSet PhraseStoppers = new(
        "of", "in", "on", "at", "by", "for", "from", "to", "with", "without", "into", "onto", "across", "through",
        "over", "under", "since", "during", "after", "before", "between", "against", "about", "per", "than",
        "including", "like", "as", "and", "or", "but", "nor", "who", "whom", "which", "that", "while", "when",
        "where", "because", "if", "so", "yet", "is", "are", "was", "were", "be", "been", "being", "am",
        "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "shall",
        "do", "does", "did", "not", "also", "still", "now", "then", "there", "here", "it", "they", "he", "she",
        "we", "you", "i", "this", "these", "those", "the", "a", "an", "more", "less", "fewer", "each",
        "said", "says", "say", "year", "years", "ago", "last", "next", "earlier", "later", "up", "down",
        "rose", "fell", "rise", "rises", "fall", "falls", "grew", "grow", "died", "came", "come", "went",
        "took", "take", "made", "make", "got", "get", "gave", "give", "remain", "remained", "left", "leave");

    /// <summary>Plurals without a final -s (the head noun usually stops at the first plural).</summary>
    public static readonly WordSet IrregularPlurals = new(
        "people", "children", "men", "women", "staff", "cattle", "sheep", "mice", "geese", "feet", "teeth", "personnel");

    /// <summary>Suffixes of number compounds that are adjectives, so the counted noun comes after (`27-strong bloc`).</summary>
    public static readonly WordSet AdjectivalCompoundSuffixes = new(
        "strong", "old", "odd", "plus", "fold", "long", "wide", "high", "tall", "deep", "thick", "heavy", "run");

    /// <summary>Scale words the quantity span normally swallows; skipped if it did not.</summary>
    public static readonly WordSet ScaleWords = new(
        "hundred", "thousand", "million", "billion", "trillion", "m", "bn", "k", "mn", "tn");

    /// <summary>Percent words that may follow a percent quantity when the span stops at the number.</summary>
    public static readonly WordSet PercentWords = new("%", "per", "cent", "percent", "pc", "pct", "percentage", "points");

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
        "slump", "slumped", "plunge", "plunged", "plummeted", "sank", "sunk", "shrank", "shrunk", "shrink",
        "down", "lower", "reduced", "reduction", "reductions", "slid", "slide", "dip", "dipped", "tumbled",
        "halved", "lost", "loss", "losses", "contraction", "contracted", "eased", "downturn", "narrowed", "narrowing",
        "weakened", "weaken", "weakens", "slowed", "slowing", "slows", "dropping", "shed", "losing");

    /// <summary>Verbs that introduce or attribute direct speech.</summary>
    public static readonly WordSet SpeechVerbs = new(
        "said", "says", "say", "added", "adds", "told", "tells", "asked", "warned", "warns", "explained",
        "insisted", "insists", "stated", "declared", "argued", "argues", "claimed", "claims", "noted", "wrote",
        "writes", "remarked", "replied", "responded", "continued", "concluded", "admitted", "acknowledged",
        "urged", "stressed", "announced", "commented", "recalled", "tweeted", "posted", "testified", "cautioned");

    public static readonly WordSet SubjectPronouns = new("he", "she", "they", "i", "we");

    /// <summary>Head nouns of a role or title (`Home Secretary`, `right-wing leader`, `minister for …`).</summary>
    public static readonly WordSet RoleHeads = new(
        "secretary", "minister", "president", "leader", "counterpart", "chancellor", "pm", "premier", "chief",
        "chairman", "chairwoman", "chair", "chairperson", "spokesman", "spokeswoman", "spokesperson",
        "director", "executive", "ceo", "cfo", "coo", "founder", "co-founder", "governor", "mayor", "senator",
        "judge", "justice", "coach", "manager", "captain", "striker", "midfielder", "goalkeeper", "defender",
        "professor", "economist", "analyst", "editor", "commissioner", "ambassador", "general", "officer",
        "inspector", "superintendent", "king", "queen", "prince", "princess", "pope", "prosecutor", "lawyer",
        "barrister", "solicitor", "mp", "mep", "councillor", "candidate", "nominee", "treasurer", "boss",
        "owner", "presenter", "scientist", "researcher", "doctor", "nurse", "consultant", "lecturer", "teacher",
        "campaigner", "activist", "official", "secretary-general", "adviser", "advisor", "vice-president",
        "representative", "envoy", "diplomat", "attorney", "sheriff", "detective", "commander", "admiral",
        "colonel", "head", "deputy", "strategist", "chief executive", "chairs", "author", "researcher", "ceo",
        "director-general", "speaker", "whip", "prime", "leader", "boss", "mayor", "headteacher", "principal",
        "dean", "surgeon", "physician", "epidemiologist", "chef", "founder", "partner", "winger", "forward",
        "bishop", "archbishop", "substitute", "presenter", "researcher", "rector", "vicar", "pastor", "magistrate", "recorder", "counsel", "qc", "kc",
        "schoolteacher", "administrator", "champion", "seed", "auditor", "accountant", "engineer", "pilot", "broker", "banker");

    /// <summary>Capitalised words that modify a role head (`Home`, `Foreign`, `Shadow`) and honorific-free titles.</summary>
    public static readonly WordSet RoleModifiers = new(
        "home", "foreign", "prime", "deputy", "shadow", "former", "acting", "interim", "vice", "chief",
        "executive", "health", "defence", "defense", "justice", "education", "interior", "culture", "transport",
        "business", "trade", "energy", "environment", "treasury", "finance", "economy", "security", "first",
        "junior", "senior", "assistant", "general", "attorney", "state", "federal", "party", "opposition",
        "labour", "conservative", "tory", "democratic", "republican", "liberal", "green", "national", "local",
        "club", "team", "company", "group", "managing", "operating", "financial", "technology", "science",
        "housing", "work", "pensions", "immigration", "border", "policing", "crime", "europe", "european",
        "head", "lead", "principal", "leading", "top",
        "regional", "county", "city", "council", "police", "district", "high", "court", "supreme", "crown",
        "right-wing", "left-wing", "centre-right", "centre-left", "far-right", "far-left", "veteran", "long-serving");

    /// <summary>Honorifics: part of how a person is addressed, not a role.</summary>
    public static readonly WordSet Honorifics = new(
        "sir", "dame", "lord", "lady", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.",
        "professor", "rev", "rev.", "reverend");
}
