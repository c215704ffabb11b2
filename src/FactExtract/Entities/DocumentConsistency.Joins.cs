using FactExtract.Lang;
using FactExtract.Text;

namespace FactExtract.Entities;

internal sealed partial class DocumentConsistency
{
    /// <summary>
    /// East Asian given names written with a hyphen ("Hwang Hee-chan", "Kim Min-woo", "Wong Kwok-kin"): a person
    /// mention followed at once by such a word, untagged or tagged on its own as MISC, ends with it.
    /// </summary>
    private static void ExtendOverHyphenatedGivenNames(string text, ReadOnlySpan<Token> tokens, List<Entity> mentions, TokenStarts tokenOf)
    {
        int w = 0; // compacted in place: a swallowed MISC mention is dropped without shifting the rest
        for (int m = 0; m < mentions.Count; m++)
        {
            var e = mentions[m];
            mentions[w++] = e;
            if (e.Type != EntityType.Person) continue;
            int next = e.End + 1;
            if (next >= text.Length || text[e.End] != ' ' || !tokenOf.TryGetValue(next, out int t) || !IsHyphenatedGivenName(text.AsSpan(tokens[t].Start, tokens[t].Length))) continue;
            int end = tokens[t].End;
            bool followingIsThatWord = m + 1 < mentions.Count && mentions[m + 1].Start < end;
            if (followingIsThatWord && !(mentions[m + 1].Type == EntityType.Misc && mentions[m + 1].Start == next && mentions[m + 1].End == end)) continue;
            if (followingIsThatWord) m++;
            mentions[w - 1] = Respanned(text, e, e.Start, end);
        }
        mentions.RemoveRange(w, mentions.Count - w);
    }

    /// <summary>"Hee-chan", "Kwok-kin", "Min-Woo": two short syllables of letters joined by a hyphen, the first capitalised.</summary>
    private static bool IsHyphenatedGivenName(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        if (hyphen < 2 || hyphen > 5 || word.Length - hyphen - 1 is < 2 or > 5 || !char.IsUpper(word[0])) return false;
        foreach (char c in word[1..hyphen]) if (!char.IsLower(c)) return false;
        var second = word[(hyphen + 1)..];
        if (!char.IsLetter(second[0])) return false;
        foreach (char c in second[1..]) if (!char.IsLower(c)) return false;
        return true;
    }

    /// <summary>
    /// An organisation named after a place or a person ("Hong Kong Journalists Association", "Andy Warhol
    /// Foundation"): a place or person mention followed at once by an organisation mention that ends in a
    /// head noun becomes one organisation.
    /// </summary>
    private static void JoinNamedOrganisations(string text, ReadOnlySpan<Token> tokens, List<Entity> mentions, TokenStarts tokenOf)
    {
        int w = 0;
        for (int m = 0; m < mentions.Count; m++)
        {
            var b = mentions[m];
            if (w > 0 && b.Type == EntityType.Organization && mentions[w - 1] is { Type: EntityType.Location or EntityType.Person } a
                && a.Sentence == b.Sentence && b.Start == a.End + 1 && text[a.End] == ' ' && EndsInHead(text, tokens, b, tokenOf))
            {
                mentions[w - 1] = Respanned(text, b, a.Start, b.End) with { Confidence = Math.Min(a.Confidence, b.Confidence) };
                continue;
            }
            mentions[w++] = b;
        }
        mentions.RemoveRange(w, mentions.Count - w);
    }

    private static bool EndsInHead(string text, ReadOnlySpan<Token> tokens, Entity e, TokenStarts tokenOf)
    {
        if (!tokenOf.TryGetValue(e.Start, out int first)) return false;
        int last = LastTokenOf(tokens, first, e.End);
        return tokens[last].End == e.End && OrganisationHeads.IsHead(text, tokens[last]);
    }

    /// <summary>
    /// A company's legal form after a comma belongs to its name ("Brightline Health, Inc.", "BRIGHTLINE
    /// HEALTH, INC.", as CoNLL and UNER annotate it): an organisation followed at once by ", Inc." takes it in,
    /// together with a mention the tagger made of the comma and the form alone.
    /// </summary>
    private static void JoinLegalForms(string text, ReadOnlySpan<Token> tokens, List<Entity> mentions, TokenStarts tokenOf)
    {
        int w = 0;
        for (int m = 0; m < mentions.Count; m++)
        {
            var e = mentions[m];
            mentions[w++] = e;
            if (e.Type != EntityType.Organization || e.End + 2 >= text.Length || text[e.End] != ',' || !tokenOf.TryGetValue(e.End, out int comma)) continue;
            int form = comma + 1;
            if (form >= tokens.Length || tokens[form].Start != e.End + 2 || text[e.End + 1] != ' ') continue;
            if (!English.LegalForms.Contains(text.AsSpan(tokens[form].Start, tokens[form].Length).TrimEnd('.'))) continue;
            int end = tokens[form].End;
            bool allCaps = !text.AsSpan(tokens[form].Start, tokens[form].Length).ContainsAnyInRange('a', 'z');
            if (end < text.Length && text[end] == '.' && tokenOf.TryGetValue(end, out int dot) && tokens[dot].Length == 1 && IsAbbreviationDot(text, end, allCaps)) end++;
            bool swallowed = m + 1 < mentions.Count && mentions[m + 1].Start < end;
            if (swallowed && !(mentions[m + 1].Start >= e.End && mentions[m + 1].End <= end)) continue; // something else starts there
            if (swallowed) m++;
            mentions[w - 1] = Respanned(text, e, e.Start, end);
        }
        mentions.RemoveRange(w, mentions.Count - w);
    }

    /// <summary>
    /// "Inc." before a lower-case word or a comma is the abbreviation's dot; before a capital it may end the sentence,
    /// except in an all-caps line ("BRIGHTLINE HEALTH, INC. ANNOUNCES"), where every word is a capital.
    /// </summary>
    private static bool IsAbbreviationDot(string text, int dot, bool allCapsLine)
    {
        int next = dot + 1;
        while (next < text.Length && text[next] == ' ') next++;
        if (next >= text.Length || next == dot + 1 || text[next] is '\n' or '\r') return false;
        return char.IsLower(text[next]) || text[next] is ',' or ';' || allCapsLine && char.IsUpper(text[next]);
    }
}
