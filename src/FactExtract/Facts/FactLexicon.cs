using FactExtract.Lang;
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

    /// <summary>Verbs that introduce or attribute direct speech.</summary>
    public static readonly WordSet SpeechVerbs = new(
        "said", "says", "say", "added", "adds", "told", "tells", "asked", "warned", "warns", "explained",
        "insisted", "insists", "stated", "declared", "argued", "argues", "claimed", "claims", "noted", "wrote",
        "writes", "remarked", "replied", "responded", "continued", "concluded", "admitted", "acknowledged",
        "urged", "stressed", "announced", "commented", "recalled", "tweeted", "posted", "testified", "cautioned");

    public static readonly WordSet SubjectPronouns = new("he", "she", "they", "i", "we");
}
