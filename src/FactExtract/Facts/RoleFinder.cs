using FactExtract.Entities;
using FactExtract.Text;
using FactExtract.Lang;

namespace FactExtract.Facts;

/// <summary>
/// Finds the role or title the article gives a person, from three light patterns:
/// a title before the name (<c>Home Secretary Yvette Cooper</c>, <c>Italy’s right-wing leader
/// Giorgia Meloni</c>, <c>Polish counterpart Donald Tusk</c>), an appositive after it
/// (<c>Nick Thomas-Symonds, the minister for European relations</c>) and a relative clause
/// (<c>Donald Tusk – who was president of the European Council</c>). A phrase only counts when it
/// has a role head noun (secretary, minister, leader…), so <c>France’s Emmanuel Macron</c> gives
/// nothing. Honorifics (Sir, Mr, Dr) are not roles. Each (person, role) pair is reported once.
/// </summary>
internal sealed class RoleFinder
{
    private const int MaxPrefixWords = 5;
    private const int MaxOfPhraseWords = 6;

    private static readonly WordSet RelativeVerbs = new("is", "was", "has", "had", "been", "became", "becomes", "remains", "served", "as");
    private static readonly WordSet OfPhraseStoppers = new(
        "at", "in", "on", "with", "who", "which", "that", "since", "from", "to", "during", "by", "and", "or",
        "but", "when", "while", "after", "before", "until", "will", "would", "is", "was", "has", "had", "said");

    public List<Fact> Find(FactContext ctx)
    {
        var facts = new List<Fact>();
        var seen = new HashSet<(string, string)>();
        (int Start, int End)? listRole = null; // "councillors Ann Lee, Bo Chan and Cy Ng": one plural title for the list
        int previousLast = -1;
        for (int e = 0; e < ctx.Entities.Length; e++)
        {
            var person = ctx.Entities[e];
            if (person.Type != EntityType.Person) continue;
            int first = ctx.TokenAt(person.Start), last = ctx.TokenAt(person.End - 1);
            int sentence = ctx.Document.SentenceIndexAt(person.Start);
            if (sentence < 0) continue;
            var s = ctx.Sentences[sentence];
            var prefix = Prefix(ctx, first, last, s);
            if (prefix is null && listRole is not null && previousLast >= s.FirstToken && OnlyListSeparators(ctx, previousLast + 1, first))
                prefix = listRole;
            listRole = prefix is { } p && IsPluralRole(ctx, p) ? prefix : null;
            previousLast = last;
            Add(ctx, facts, seen, person, sentence, prefix);
            Add(ctx, facts, seen, person, sentence, Appositive(ctx, last, s));
        }
        return facts;
    }

    private static bool OnlyListSeparators(FactContext ctx, int from, int to)
    {
        if (to <= from) return false;
        for (int i = from; i < to; i++) if (!(ctx.Is(i, ",") || ctx.Is(i, "and"))) return false;
        return true;
    }

    private static bool IsPluralRole(FactContext ctx, (int Start, int End) role)
    {
        var text = ctx.Text.AsSpan(role.Start, role.End - role.Start);
        return text.Length > 3 && text[^1] == 's' && IsRoleHead(text[(text.LastIndexOf(' ') + 1)..]);
    }

    /// <summary>A role head, singular or plural ("councillor", "councillors").</summary>
    private static bool IsRoleHead(ReadOnlySpan<char> w) => English.RoleHeads.Contains(w) || IsPluralRoleHead(w);

    /// <summary>A role head with an -s: a plural ("councillors"), or after "who" a verb ("who heads", "who chairs").</summary>
    private static bool IsPluralRoleHead(ReadOnlySpan<char> w) => w.Length > 3 && w[^1] == 's' && English.RoleHeads.Contains(w[..^1]);

    private static bool IsRoleHead(FactContext ctx, int i) => IsRoleHead(ctx.Word(i));

    private static void Add(FactContext ctx, List<Fact> facts, HashSet<(string, string)> seen, Entity person, int sentence, (int Start, int End)? span)
    {
        if (span is not { } r || r.End <= r.Start) return;
        var value = QuoteFinder.Normalize(ctx.Text.AsSpan(r.Start, r.End - r.Start));
        if (!seen.Add((person.Canonical, value.ToLowerInvariant()))) return;
        facts.Add(new Fact(r.Start, r.End, FactKind.Role, sentence)
        {
            Text = value,
            Subject = person.Canonical,
            SubjectEntity = person,
            Entities = ctx.EntitiesNamedIn(sentence),
            Time = ctx.ArticleDay,
        });
    }

    /// <summary>Title words before the name, or leading inside the mention ("Home Secretary Yvette Cooper" tagged whole).</summary>
    private static (int, int)? Prefix(FactContext ctx, int first, int last, Sentence s)
    {
        // Title words the recognizer put inside the mention.
        int inner = first;
        while (inner < last && IsRoleWord(ctx, inner, anyCapitalised: false) && !ctx.IsIn(inner, English.Honorifics)) inner++;
        bool hasHead = false;
        for (int k = first; k < inner; k++) hasHead |= IsRoleHead(ctx, k);
        int phraseStart = inner > first ? first : -1;
        int phraseEnd = inner > first ? ctx.Tokens[inner - 1].End : -1;

        // Then words before the mention, skipping honorifics next to the name ("Prime Minister Sir Keir Starmer").
        int i = first - 1;
        if (inner == first)
            while (i >= s.FirstToken && ctx.IsIn(i, English.Honorifics)) i--;
        // "The new council leader, Priya Nair, said": a role set off by commas before the name.
        if (inner == first && i == first - 1 && i > s.FirstToken && ctx.Is(i, ",")
            && last + 1 < s.TokenEnd && ctx.Is(last + 1, ",") && IsRoleHead(ctx, i - 1))
            i--;
        // "Three councillors - Maria Green, Tom Hill and Raj Singh -": a plural title, then the list.
        else if (inner == first && i == first - 1 && i > s.FirstToken && ctx.Word(i) is "-" or "–" or "—" or ":"
            && IsRoleHead(ctx, i - 1) && ctx.Word(i - 1)[^1] == 's')
            i--;
        for (int words = 0; i >= s.FirstToken && words < MaxPrefixWords; i--, words++)
        {
            var w = ctx.Word(i);
            if (w is "'s" or "’s")
            {
                // "Italy’s right-wing leader": take the owner and stop; "the assembly's leader" too.
                if (hasHead && i - 1 >= s.FirstToken && char.IsUpper(ctx.Word(i - 1)[0]))
                    phraseStart = OwnerStart(ctx, i - 1, s);
                else if (hasHead && i - 2 >= s.FirstToken && ctx.Tokens[i - 1].Kind == TokenKind.Word && ctx.Is(i - 2, "the"))
                    phraseStart = i - 1;
                break;
            }
            if (ctx.Tokens[i].Kind != TokenKind.Word || ctx.IsIn(i, English.Honorifics)) break;
            if (w.Length > 2 && (w.EndsWith("’s") || w.EndsWith("'s")) && char.IsUpper(w[0]))
            {
                // A tokenizer that keeps the clitic on ("Italy’s"): the owner is this token.
                if (hasHead) phraseStart = i;
                break;
            }
            if (!IsRoleWord(ctx, i, anyCapitalised: true))
            {
                if (hasHead && IsDescriptive(w) && !IsVerbBeforeObject(ctx, i, s)) phraseStart = i;
                break;
            }
            hasHead |= IsRoleHead(ctx, i);
            phraseStart = i;
            if (phraseEnd < 0) phraseEnd = ctx.Tokens[i].End;
        }
        if (!hasHead || phraseStart < 0 || phraseEnd < 0) return null;
        return (ctx.Tokens[phraseStart].Start, phraseEnd);
    }

    /// <param name="anyCapitalised">Before the name, any capitalised word may qualify a role ("Northgate manager");
    /// inside the mention only title words do.</param>
    private static bool IsRoleWord(FactContext ctx, int i, bool anyCapitalised)
    {
        var w = ctx.Word(i);
        return IsRoleHead(w) || English.RoleModifiers.Contains(w) || IsNationality(w)
            || (w.Contains('-') && char.IsLower(w[0])) || InEntity(ctx, i)
            || (anyCapitalised && char.IsUpper(w[0]) && w.Length > 1 && !NotRoleWords.Contains(w));
    }

    // Capitalised words that open a sentence or clause and never belong to a role.
    private static readonly WordSet NotRoleWords = new(
        "the", "a", "an", "but", "and", "or", "so", "meanwhile", "however", "later", "earlier", "yesterday", "today",
        "now", "then", "also", "still", "separately", "elsewhere", "instead", "last", "next", "when", "while", "after",
        "before", "as", "in", "on", "at", "for", "with", "by", "from", "said", "says", "says", "if", "because",
        "although", "though", "his", "her", "their", "its", "our", "this", "that", "these", "those", "he", "she", "it",
        "they", "we", "i", "you", "there", "here", "what", "who", "why", "how", "where", "including", "according",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "all", "several", "many");

    /// <summary>Start of a possessive owner: the entity ending at <paramref name="token"/>, or that one word.</summary>
    private static int OwnerStart(FactContext ctx, int token, Sentence s)
    {
        return ctx.EntityEndingAt(ctx.Tokens[token].End) is { } e ? Math.Max(s.FirstToken, ctx.TokenAt(e.Start)) : token;
    }

    /// <summary>`, the minister for European relations` / `– who was president of the European Council`.</summary>
    private static (int, int)? Appositive(FactContext ctx, int last, Sentence s)
    {
        int i = last + 1;
        // "Kovac, 61, a former schoolteacher": step over the age.
        if (i + 2 < s.TokenEnd && ctx.Is(i, ",") && ctx.Tokens[i + 1].Kind == TokenKind.Number && ctx.Is(i + 2, ",")) i += 2;
        if (i >= s.TokenEnd || ctx.Word(i) is not ("," or "–" or "—" or "--" or "(")) return null;
        i++;
        if (i < s.TokenEnd && ctx.Is(i, "who"))
        {
            i++;
            while (i < s.TokenEnd && ctx.IsIn(i, RelativeVerbs)) i++;
            // "who heads Alphabet", "who chairs the panel": a role head with a verb's -s is the verb, not the role.
            if (i < s.TokenEnd && IsPluralRoleHead(ctx.Word(i))) return null;
        }
        while (i < s.TokenEnd && ctx.IsIn(i, FactLexicon.Determiners)) i++;
        int start = i, headAt = -1;
        for (int n = 0; i < s.TokenEnd && n < MaxPrefixWords; i++, n++)
        {
            var w = ctx.Word(i);
            // "a 45-year-old former judge": the age is not part of the role; "the 2022 champion": the year is.
            if (n == 0 && w.Length > 0 && char.IsAsciiDigit(w[0]) && w.Contains('-')) { start = i + 1; continue; }
            if (ctx.Tokens[i].Kind == TokenKind.Number && w.Length == 4 && headAt < 0) continue;
            // "UNEP's executive director", "General Motors' chief executive".
            if (headAt < 0 && (w is "'s" or "’s" || w is "'" or "’" && i > start && ctx.Word(i - 1)[^1] is 's' or 'S')) continue;
            if (ctx.Tokens[i].Kind != TokenKind.Word) break;
            if (InEntity(ctx, i)) continue; // the organisation's own words are no role ("General" of "General Motors")
            if (IsRoleHead(w)) { headAt = i; continue; }
            if (English.RoleModifiers.Contains(w) || IsNationality(w) || w.Contains('-')) continue;
            if (headAt < 0 && IsDescriptive(w)) continue; // "a political scientist", "a retired teacher"
            break;
        }
        if (headAt < 0) return null;
        // "…, depicted candidate Ricardo Alves": a title right before a name is that person's, not an appositive.
        if (headAt + 1 < s.TokenEnd && ctx.EntityAt(headAt + 1) is { Type: EntityType.Person }) return null;
        return (ctx.Tokens[start].Start, ctx.Tokens[Complement(ctx, headAt, s)].End);
    }

    /// <summary>
    /// Last token of the role with its complement: "minister for European relations", "president of
    /// the European Council", "chief economist at the ONS" (an at-phrase only when it names an
    /// organisation; "at the heart of the plan" is not part of the role).
    /// </summary>
    private static int Complement(FactContext ctx, int headAt, Sentence s)
    {
        int end = headAt;
        while (end + 1 < s.TokenEnd && (ctx.Is(end + 1, "of") || ctx.Is(end + 1, "for") || ctx.Is(end + 1, "at")))
        {
            bool at = ctx.Is(end + 1, "at");
            int j = end + 2;
            while (j < s.TokenEnd && ctx.IsIn(j, FactLexicon.Determiners)) j++;
            // "at the firm Northlight": up to two common nouns before the name.
            int k = j;
            while (at && k < s.TokenEnd && k < j + 2 && ctx.Tokens[k].Kind == TokenKind.Word && char.IsLower(ctx.Word(k)[0]) && EntityEndingFrom(ctx, k) < 0) k++;
            if (at)
            {
                int entityEnd = EntityEndingFrom(ctx, k);
                if (entityEnd < 0) entityEnd = UntaggedNameEndingFrom(ctx, k, s); // "chief economist at ZipRecruiter"
                if (entityEnd < 0) break;
                end = entityEnd;
                continue;
            }
            int last = -1;
            for (int n = 0; j < s.TokenEnd && n < MaxOfPhraseWords; j++, n++)
            {
                if (ctx.Tokens[j].Kind != TokenKind.Word || ctx.IsIn(j, OfPhraseStoppers)) break;
                if (!ctx.IsIn(j, FactLexicon.Determiners)) last = j;
                // A name inside the phrase is taken whole ("of the ONS Centre for International Migration").
                int inner = EntityEndingFrom(ctx, j);
                if (inner > j) { last = inner; j = inner; }
            }
            if (last < 0) break;
            end = last;
            // "head of fraud at the SFO": an at-phrase naming an organisation may follow.
            if (!(end + 1 < s.TokenEnd && ctx.Is(end + 1, "at"))) break;
        }
        return end;
    }

    /// <summary>Last token of a run of up to three capitalised words the recognizer left untagged, starting at <paramref name="token"/>, or -1.</summary>
    private static int UntaggedNameEndingFrom(FactContext ctx, int token, Sentence s)
    {
        int end = token - 1;
        while (end + 1 < s.TokenEnd && end + 1 - token < 3 && UntaggedNames.IsNameWord(ctx, end + 1)) end++;
        return end >= token ? end : -1;
    }

    /// <summary>Last token of a non-person entity starting at token <paramref name="token"/>, or -1.</summary>
    private static int EntityEndingFrom(FactContext ctx, int token)
    {
        if (token >= ctx.Tokens.Length) return -1;
        int offset = ctx.Tokens[token].Start;
        foreach (var e in ctx.EntitiesStartingIn(offset, offset + 1))
            if (e.Type != EntityType.Person) return ctx.TokenAt(e.End - 1);
        return -1;
    }

    private static bool InEntity(FactContext ctx, int token)
    {
        return ctx.EntityCovering(ctx.Tokens[token].Start, e => e.Type != EntityType.Person) is not null;
    }

    /// <summary>
    /// "…, depicted candidate Ricardo Alves", "Dole accused President Bill Clinton", "he quoted police spokesman …",
    /// "has accused opposition leader Peres": an -ed word after a comma, a name, a subject pronoun or "has" is the
    /// clause's verb with the role as its object, not an adjective of the role ("a retired teacher", "by retired
    /// teacher Margaret Hollis").
    /// </summary>
    private static bool IsVerbBeforeObject(FactContext ctx, int i, Sentence s)
    {
        if (!ctx.Word(i).EndsWith("ed") || i == s.FirstToken) return false;
        var before = ctx.Word(i - 1);
        return before is "," || ctx.IsIn(i - 1, FactLexicon.SubjectPronouns) || ctx.IsIn(i - 1, VerbLeaders) || ctx.EntityAt(i - 1) is not null
            || (char.IsUpper(before[0]) && i - 1 > s.FirstToken);
    }

    /// <summary>Besides the subject pronouns, words an -ed verb follows: "it", relative pronouns, perfect "has".</summary>
    private static readonly WordSet VerbLeaders = new("it", "who", "which", "that", "has", "have", "had");

    /// <summary>Lower-case adjectives that describe a role: participles and -al/-ic/-ive words ("retired", "political").</summary>
    private static bool IsDescriptive(ReadOnlySpan<char> w) =>
        w.Length > 4 && char.IsLower(w[0]) && !FactLexicon.PhraseStoppers.Contains(w) && !FactLexicon.SpeechVerbs.Contains(w)
        && (w.EndsWith("ed") || w.EndsWith("al") || w.EndsWith("ic") || w.EndsWith("ive") || w.EndsWith("ior"));

    /// <summary>Capitalised demonyms: Italian, Polish, British, French, Chinese… (a cue, not a gazetteer).</summary>
    private static bool IsNationality(ReadOnlySpan<char> w) =>
        w.Length > 4 && char.IsUpper(w[0])
        && (w.EndsWith("ian") || w.EndsWith("ish") || w.EndsWith("ese") || w.EndsWith("can") || w.EndsWith("ch")
            || w.EndsWith("ean") || w is "Greek" or "Thai" or "Iraqi" or "Israeli" or "Saudi" or "Pakistani");
}
