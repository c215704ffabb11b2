using FactExtract.Lang;
using FactExtract.Text;

namespace FactExtract.Entities;

internal sealed partial class DocumentConsistency
{
    /// <summary>
    /// Words the tagger took into the front of a name that are not part of it:
    /// <list type="bullet">
    /// <item>a person's leading roles and honorifics ("Lawmaker", "President", "Home Secretary", "Lord" are outside the name, as
    /// in the CoNLL and UNER guidelines), when a name follows them ("Duke of", "Chief Executive" stay);</item>
    /// <item>a capitalised common noun opening a sentence before an organisation ("Steelmaker Norcast to cut 2,300 jobs"), when
    /// the article itself shows both halves: the word occurs in lower case elsewhere in the article
    /// ("Europe's third-largest steelmaker") and the rest is an organisation mention of its own elsewhere ("Norcast"; not "Radio New Zealand" for the place).
    /// Both checks are needed: "General Motors" opening a sentence stays whole however often "general"
    /// is written, because "Motors" alone is not a mention.</item>
    /// </list>
    /// </summary>
    private static void TrimLeadingWords(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<Entity> mentions,
        TokenStarts tokenOf)
    {
        List<(int Mention, int NameStart)>? openers = null;
        for (int m = 0; m < mentions.Count; m++)
        {
            var e = mentions[m];
            if (!tokenOf.TryGetValue(e.Start, out int first) || tokens[first].End >= e.End) continue; // one word: nothing to trim
            if (e.Type == EntityType.Person)
            {
                int last = LastTokenOf(tokens, first, e.End);
                var words = new string[last - first + 1];
                for (int k = 0; k < words.Length; k++) words[k] = text.Substring(tokens[first + k].Start, tokens[first + k].Length);
                int titles = English.LeadingTitleCount(words);
                if (titles > 0 && StartsName(words[titles]) && OnlyRolesAndHonorifics(words.AsSpan(0, titles))) mentions[m] = Respanned(text, e, tokens[first + titles].Start, e.End);
            }
            else if (e.Type == EntityType.Organization && first == sentences[e.Sentence].FirstToken && IsName(text, tokens[first]))
                (openers ??= []).Add((m, first + 1));
        }
        if (openers is null) return;

        var otherNames = new HashSet<string>(StringComparer.Ordinal);
        var openerStarts = new HashSet<int>(openers.Select(o => mentions[o.Mention].Start));
        foreach (var e in mentions) if (e.Type == EntityType.Organization && !openerStarts.Contains(e.Start)) otherNames.Add(e.Text);
        var commonWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (m, rest) in openers)
            if (otherNames.Contains(text[tokens[rest].Start..mentions[m].End]))
                commonWords.Add(text.Substring(tokens[rest - 1].Start, tokens[rest - 1].Length).ToLowerInvariant());
        if (commonWords.Count == 0) return;

        var seenLowerCase = new HashSet<string>(StringComparer.Ordinal);
        var probe = commonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var t in tokens)
            if (char.IsLower(text[t.Start]) && probe.TryGetValue(text.AsSpan(t.Start, t.Length), out var word)) seenLowerCase.Add(word);
        foreach (var (m, rest) in openers)
        {
            var e = mentions[m];
            if (seenLowerCase.Contains(text.Substring(tokens[rest - 1].Start, tokens[rest - 1].Length).ToLowerInvariant())
                && otherNames.Contains(text[tokens[rest].Start..e.End]))
                mentions[m] = Respanned(text, e, tokens[rest].Start, e.End);
        }
    }

    /// <summary>
    /// Titles that are a role ("Pope", "Lawmaker") or an honorific ("Lord", "Dr") with their modifiers ("Prime"):
    /// not "Sheikh" or "Earl", which are also parts of names ("Sheikh Hasina", "Earl Feugill").
    /// </summary>
    private static bool OnlyRolesAndHonorifics(ReadOnlySpan<string> titles)
    {
        foreach (var word in titles)
        {
            var w = word.AsSpan().TrimEnd('.');
            if (!English.RoleHeads.Contains(w) && !English.Honorifics.Contains(w) && !English.PersonTitleModifiers.Contains(w)) return false;
        }
        return true;
    }

    /// <summary>A word a name can start with after its titles: capitalised, not a joiner ("Chief Of Defence") or a role ("Chief Executive").</summary>
    private static bool StartsName(string word) =>
        char.IsUpper(word[0]) && !English.RoleHeads.Contains(word) && word.ToLowerInvariant() is not ("of" or "for" or "the" or "and");

    private static bool IsLetters(string text, Token t)
    {
        foreach (char c in text.AsSpan(t.Start, t.Length)) if (!char.IsLetter(c)) return false;
        return true;
    }
}
