using FactExtract.Lang;

namespace FactExtract.Entities;

/// <summary>
/// Gives every entity mention of one article its canonical name, using only that article:
/// <list type="bullet">
/// <item>whitespace normalised; a possessive <c>’s</c>/<c>'s</c> and a leading <c>the</c> removed
/// (<c>the EU</c> → <c>EU</c>, <c>Italy’s</c> → <c>Italy</c>);</item>
/// <item>for people, titles and honorifics removed (<c>Sir</c>, <c>Home Secretary</c>, <c>Prime Minister</c>, <c>Gen.</c>…);</item>
/// <item>a person named by part of a longer name in the same article takes that name
/// (<c>Starmer</c>, <c>Sir Keir</c> → <c>Keir Starmer</c>), unless two longer names fit;</item>
/// <item>an acronym takes the name it stands for when the article defines it
/// (<c>European Political Community (EPC)</c>) or exactly one organisation, place or other name
/// in the article has those initials.</item>
/// </list>
/// Sealed and stateless: safe to share across threads.
/// </summary>
internal sealed class CanonicalNameResolver
{
    /// <param name="text">The article text.</param>
    /// <param name="mentions">The article's mentions in text order.</param>
    public IReadOnlyList<Entity> Resolve(string text, IReadOnlyList<Entity> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var words = new string[mentions.Count][];
        for (int i = 0; i < mentions.Count; i++) words[i] = BaseWords(mentions[i]);

        // Work per distinct (type, name): an article repeats its names many times, and a
        // hostile run-on "article" must not make this quadratic in its mentions.
        var longer = new LongerNames(mentions, words);
        var names = new string[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
            names[i] = mentions[i].Type == EntityType.Person
                       || (mentions[i].Type is EntityType.Organization or EntityType.Location && words[i].Length == 1 && !Acronyms.IsAcronym(words[i][0]))
                ? longer.For(mentions[i].Type, words[i])
                : string.Join(' ', words[i]);

        var definitions = AcronymDefinitions(text, mentions, names);
        var expansions = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new Entity[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            var name = names[i];
            if (mentions[i].Type != EntityType.Person && Acronyms.IsAcronym(name))
            {
                if (!expansions.TryGetValue(name, out var expanded))
                    expansions[name] = expanded = definitions.GetValueOrDefault(name) ?? DefinitionInText(text, name) ?? ExpandByInitials(name, mentions, names) ?? name;
                name = expanded;
            }
            result[i] = mentions[i] with { Canonical = name.Length > 0 ? name : mentions[i].Text };
        }
        return result;
    }

    /// <summary>The mention's words: whitespace split, possessive and leading "the" dropped, titles dropped for people.</summary>
    private static string[] BaseWords(Entity mention)
    {
        var words = mention.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0) return [];
        var lastWord = words[^1];
        if (lastWord is "’s" or "'s" or "’" or "'")
        {
            if (words.Count > 1) words.RemoveAt(words.Count - 1);
        }
        else if (lastWord.Length > 2 && (lastWord.EndsWith("’s", StringComparison.Ordinal) || lastWord.EndsWith("'s", StringComparison.Ordinal)))
            words[^1] = lastWord[..^2];
        else if (lastWord.Length > 1 && lastWord[^1] is '’' or '\'')
            words[^1] = lastWord[..^1]; // "nations'"
        if (words.Count > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) words.RemoveAt(0);
        if (mention.Type == EntityType.Person)
        {
            // Drop a leading run of titles ("Home Secretary", "Prime Minister Sir"); keep at least one word.
            int skip = English.LeadingTitleCount(words);
            words.RemoveRange(0, skip);
        }
        return [.. words];
    }

    /// <summary>
    /// The one longest name of the same type in the article containing a mention's words: a
    /// person's full name ("Starmer" → "Keir Starmer"), or for a one-word place or organisation
    /// its full form ("Riverside" → "Riverside City", "Channel" → "English Channel"). Distinct
    /// names are indexed by word and answers memoised, so the cost follows distinct names.
    /// </summary>
    private sealed class LongerNames
    {
        private readonly Dictionary<(EntityType, string), string[]> _distinct = [];
        private readonly Dictionary<(EntityType, string), List<string[]>> _byWord = [];
        private readonly Dictionary<(EntityType, string), string> _answers = [];

        public LongerNames(IReadOnlyList<Entity> mentions, string[][] words)
        {
            for (int i = 0; i < mentions.Count; i++)
            {
                var key = (mentions[i].Type, string.Join(' ', words[i]));
                if (!_distinct.TryAdd(key, words[i])) continue;
                foreach (var w in words[i].Distinct(StringComparer.Ordinal))
                {
                    if (!_byWord.TryGetValue((mentions[i].Type, w), out var list)) _byWord[(mentions[i].Type, w)] = list = [];
                    list.Add(words[i]);
                }
            }
        }

        public string For(EntityType type, string[] own)
        {
            var ownName = string.Join(' ', own);
            if (own.Length == 0 || !_byWord.TryGetValue((type, own[0]), out var sharing)) return ownName;
            if (_answers.TryGetValue((type, ownName), out var known)) return known;
            var candidates = sharing.Where(c => c.Length > own.Length && ContainsRun(c, own)).ToList();
            string? found = null;
            foreach (var c in candidates)
            {
                // Only maximal names count: "Keir Starmer" inside "Keir Rodney Starmer" is not a rival.
                bool maximal = true;
                foreach (var other in candidates)
                    if (other.Length > c.Length && ContainsRun(other, c)) { maximal = false; break; }
                if (!maximal) continue;
                var name = string.Join(' ', c);
                if (found is not null && !found.Equals(name, StringComparison.Ordinal))
                {
                    found = null; // two different people fit: keep the mention's own name
                    break;
                }
                found = name;
            }
            return _answers[(type, ownName)] = found ?? ownName;
        }
    }

    /// <summary>True when <paramref name="part"/> occurs as a contiguous run of whole words in <paramref name="whole"/>.</summary>
    private static bool ContainsRun(string[] whole, string[] part)
    {
        if (part.Length == 0 || part.Length > whole.Length) return false;
        for (int start = 0; start + part.Length <= whole.Length; start++)
        {
            int k = 0;
            while (k < part.Length && whole[start + k].Equals(part[k], StringComparison.Ordinal)) k++;
            if (k == part.Length) return true;
        }
        return false;
    }

    /// <summary>Definitions written "Long Name (LN)": a mention ending just before the bracket.</summary>
    private static Dictionary<string, string> AcronymDefinitions(string text, IReadOnlyList<Entity> mentions, string[] names)
    {
        var definitions = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < mentions.Count; i++)
        {
            int p = mentions[i].End;
            while (p < text.Length && text[p] == ' ') p++;
            if (p >= text.Length || text[p] != '(') continue;
            int close = text.IndexOf(')', p, Math.Min(13, text.Length - p)); // bounded: an unclosed bracket must not scan the rest of the text
            if (close < 0 || close - p > 12) continue;
            var acronym = text.Substring(p + 1, close - p - 1).Trim();
            if (Acronyms.IsAcronym(acronym) && !Acronyms.IsAcronym(names[i]) && Acronyms.Initials(names[i]) == Acronyms.Letters(acronym))
                definitions.TryAdd(Acronyms.Letters(acronym), names[i]);
        }
        return definitions;
    }

    /// <summary>
    /// The words written just before "(ACRONYM)" in the text whose initials spell it, when the
    /// recognizer did not tag the long form as one mention ("Office for National Statistics (ONS)").
    /// </summary>
    internal static string? DefinitionInText(string text, string acronym)
    {
        int at = text.IndexOf("(" + acronym + ")", StringComparison.Ordinal);
        if (at <= 0) return null;
        var letters = Acronyms.Letters(acronym);
        var words = new List<string>();
        int end = at;
        while (words.Count < letters.Length + 4)
        {
            while (end > 0 && text[end - 1] == ' ') end--;
            int start = end;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or ')' or ',' or '.' or ';' or ':')) start--;
            if (start == end) break;
            var word = text[start..end];
            if (!Acronyms.MinorWords.Contains(word) && !char.IsUpper(word[0])) break;
            words.Insert(0, word);
            end = start;
            var phrase = string.Join(' ', words);
            if (Acronyms.Initials(phrase) == letters && !Acronyms.MinorWords.Contains(words[0])) return phrase;
        }
        return null;
    }

    /// <summary>The one non-person name in the article whose initials spell the acronym, or null.</summary>
    private static string? ExpandByInitials(string acronym, IReadOnlyList<Entity> mentions, string[] names)
    {
        var letters = Acronyms.Letters(acronym);
        string? found = null;
        for (int j = 0; j < mentions.Count; j++)
        {
            if (mentions[j].Type == EntityType.Person || Acronyms.IsAcronym(names[j]) || !names[j].Contains(' ')) continue;
            if (Acronyms.Initials(names[j]) != letters) continue;
            if (found is not null && !found.Equals(names[j], StringComparison.Ordinal)) return null;
            found = names[j];
        }
        return found;
    }

}
