using FactExtract.Lang;
using FactExtract.Text;

namespace FactExtract.Entities;

internal sealed partial class DocumentConsistency
{
    /// <summary>
    /// A one-word "person" that the sentence calls "it" is an organisation: "Banxico raised its key
    /// rate", "Shopee cut its prices". The tagger reads an unseen capitalised word as a surname; a
    /// possessive "its" straight after the name's verb can only point back to the name. "Jones and its
    /// board" is no evidence ("its" may be the company Jones runs); a speech verb breaks the link ("Musk said its cars": "its" is the
    /// company of an earlier sentence), as does any name in between. Every mention of that word in the
    /// article becomes an organisation, unless the article also uses it inside a longer person's name.
    /// </summary>
    private static void RetypePeopleCalledIt(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<Entity> mentions,
        TokenStarts tokenOf)
    {
        HashSet<string>? things = null;
        for (int m = 0; m < mentions.Count; m++)
        {
            var e = mentions[m];
            if (e.Type != EntityType.Person || e.Text.Contains(' ') || !tokenOf.TryGetValue(e.Start, out int first)) continue;
            int next = first + 1, end = sentences[e.Sentence].TokenEnd;
            if (next < tokens.Length && tokens[next].Start < e.End) continue; // several tokens ("O'Neill", "Jean-Luc")
            int nextMention = m + 1 < mentions.Count ? mentions[m + 1].Start : int.MaxValue;
            if (IsLinkedToIts(text, tokens, next, end, nextMention))
                (things ??= new HashSet<string>(StringComparer.Ordinal)).Add(e.Text);
        }
        RetypeAsOrganisations(mentions, things);
    }

    /// <summary>
    /// A one-word "person" right after a lower-case kind of business is a company: "ferry operator Harbourline",
    /// "the chipmaker Lumina", "online retailer Shopee". People are introduced by titles and roles, not by these.
    /// Every mention of that word becomes an organisation, unless the article uses it in a longer person's name.
    /// </summary>
    private static void RetypePeopleNamedAsCompanies(string text, ReadOnlySpan<Token> tokens, List<Entity> mentions, TokenStarts tokenOf)
    {
        HashSet<string>? companies = null;
        foreach (var e in mentions)
        {
            if (e.Type != EntityType.Person || e.Text.Contains(' ') || !tokenOf.TryGetValue(e.Start, out int first) || first == 0) continue;
            var before = text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length);
            if (char.IsLower(before[0]) && CompanyNouns.Contains(before))
                (companies ??= new HashSet<string>(StringComparer.Ordinal)).Add(e.Text);
        }
        RetypeAsOrganisations(mentions, companies);
    }

    /// <summary>Words that say a name is a company: the kinds of business, and the general words for a firm.</summary>
    private static readonly WordSet CompanyNouns = English.IndustryNouns.With("company", "firm", "startup", "start-up", "maker", "manufacturer", "bank");

    /// <summary>Every one-word person mention in <paramref name="names"/> becomes an organisation, unless the article uses the word in a longer person's name.</summary>
    private static void RetypeAsOrganisations(List<Entity> mentions, HashSet<string>? names)
    {
        if (names is null) return;
        foreach (var e in mentions)
            if (e.Type == EntityType.Person && e.Text.Contains(' '))
                foreach (var part in e.Text.Split(' '))
                    names.Remove(part); // "Clinton" of "Bill Clinton" is a person whatever is said of it
        for (int m = 0; m < mentions.Count; m++)
            if (mentions[m].Type == EntityType.Person && names.Contains(mentions[m].Text))
                mentions[m] = mentions[m] with { Type = EntityType.Organization };
    }

    /// <summary>"raised its": one verb at token <paramref name="next"/>, then "its", inside the sentence (ending at <paramref name="end"/>) and before the next mention.</summary>
    private static bool IsLinkedToIts(string text, ReadOnlySpan<Token> tokens, int next, int end, int nextMention)
    {
        if (next + 1 >= end || tokens[next + 1].Start >= nextMention) return false;
        var link = text.AsSpan(tokens[next].Start, tokens[next].Length);
        var its = text.AsSpan(tokens[next + 1].Start, tokens[next + 1].Length);
        if (its is not "its") return false;
        return char.IsLower(link[0]) && link.Length > 2 && link is not "and" && !SpeechVerbs.Contains(link);
    }

    /// <summary>Verbs after which "its" points to something named before the speaker.</summary>
    private static readonly WordSet SpeechVerbs = new(
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "wrote", "writes", "warned", "argued", "believes",
        "thinks", "thought", "felt", "feels", "knew", "knows", "insisted", "claimed", "claims", "explained", "stressed");
}
