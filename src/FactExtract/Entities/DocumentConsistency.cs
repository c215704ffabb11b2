using FactExtract.Lang;
using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>
/// Document-level post-processing of the tagger's mentions (one article at a time). A greedy
/// tagger decides each sentence alone; a name keeps its meaning through an article, so:
/// <list type="number">
/// <item>acronym definitions, <c>Long Name (LN)</c>, tag the long name and the acronym with one type
/// (the model's type for the long name; an organisation when it left it untagged or called it MISC
/// under an organisation head noun);</item>
/// <item>a one-word organisation mention that is a bare head noun ("Command") takes in the untagged
/// capitalised words right before it, and "Head of/for Name" is joined when the tagger kept only
/// the Name ("Office for National Statistics");</item>
/// <item>conventions of news text (the partial files): a person's leading titles and a sentence-opening
/// industry word are not part of the name; agencies in datelines and credits; a hyphenated given name ends
/// a person's name; a place or person before an organisation's head noun is part of it; regions named by a
/// compass word or by the phrase around them are places; a one-word "person" the sentence calls "it",
/// or that follows a kind of business ("ferry operator Harbourline"), is an organisation;</item>
/// <item>untagged later or earlier occurrences of a tagged multi-word or all-caps name (and of a
/// defined acronym) get the same type (label propagation).</item>
/// </list>
/// Measured and left out: majority type per string (Krishnan &amp; Manning 2006) cost 0.006 F1 on
/// CoNLL dev, where one string legitimately names a city and its team; MISC-to-ORG by head noun
/// alone was neutral on CoNLL and slightly negative on UNER ("Oval Office"); joining any untagged
/// capitalised word before a LOC/ORG mention: CoNLL -0.002, UNER +0.001. Stateless and thread-safe.
/// </summary>
internal sealed partial class DocumentConsistency
{
    /// <summary>The rules in their default (measured) configuration.</summary>
    public static DocumentConsistency Default { get; } = new();

    /// <summary>Confidence factor for a mention copied from another occurrence.</summary>
    private const double PropagatedFactor = 0.9;

    /// <param name="mentions">The tagger's mentions in text order, each inside its sentence.</param>
    public List<Entity> Apply(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<Entity> mentions)
    {
        if (tokens.Length == 0) return mentions;
        var tokenOf = new TokenStarts(tokens);
        var acronyms = new Dictionary<string, (EntityType Type, double Confidence)>(StringComparer.Ordinal);
        var result = ApplyAcronyms(text, tokens, sentences, mentions, acronyms);
        if (result == mentions) result = new List<Entity>(mentions); // never edit the caller's list
        TrimLeadingWords(text, tokens, sentences, result, tokenOf);
        ExtendBareHeads(text, tokens, sentences, result, tokenOf);
        ExtendOverHeadOf(text, tokens, sentences, result, tokenOf);
        JoinSplitNames(text, result);
        ExtendOverHyphenatedGivenNames(text, tokens, result, tokenOf);
        JoinNamedOrganisations(text, tokens, result, tokenOf);
        JoinLegalForms(text, tokens, result, tokenOf);
        AddAgencyCredits(text, tokens, sentences, result);
        RetypeCompassPlaces(result);
        RetypePeopleCalledIt(text, tokens, sentences, result, tokenOf);
        RetypePeopleNamedAsCompanies(text, tokens, result, tokenOf);
        AddPhrasePlaces(text, tokens, sentences, result);
        Propagate(text, tokens, sentences, result, tokenOf, acronyms);
        return result;
    }

    /// <remarks>
    /// A definition and everything it overlaps lie in one sentence, and the mentions come in text
    /// order, so each sentence with a definition edits only its own run of mentions: the cost
    /// follows the document's length, not definitions times mentions.
    /// </remarks>
    private static List<Entity> ApplyAcronyms(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences,
        List<Entity> mentions, Dictionary<string, (EntityType, double)> acronyms)
    {
        var definitions = new List<AcronymDefinitions.Definition>();
        List<Entity>? result = null;
        int copied = 0; // mentions[..copied] are already in result
        for (int s = 0; s < sentences.Length; s++)
        {
            definitions.Clear();
            AcronymDefinitions.Find(text, tokens, sentences[s].FirstToken, sentences[s].TokenEnd, definitions);
            if (definitions.Count == 0) continue;
            int sentenceStart = tokens[sentences[s].FirstToken].Start, sentenceEnd = tokens[sentences[s].TokenEnd - 1].End;
            int first = copied;
            while (first < mentions.Count && mentions[first].Start < sentenceStart) first++;
            int end = first;
            while (end < mentions.Count && mentions[end].Start < sentenceEnd) end++;
            var local = mentions.GetRange(first, end - first);
            foreach (var d in definitions) ApplyDefinition(text, tokens, d, s, local, acronyms);
            result ??= new List<Entity>(mentions.Count + 2 * definitions.Count);
            result.AddRange(mentions.GetRange(copied, first - copied));
            local.Sort((a, b) => a.Start.CompareTo(b.Start));
            result.AddRange(local);
            copied = end;
        }
        if (result is null) return mentions;
        result.AddRange(mentions.GetRange(copied, mentions.Count - copied));
        return result;
    }

    /// <summary>Retypes one definition's long name and acronym in <paramref name="local"/>, the mentions of its sentence.</summary>
    private static void ApplyDefinition(string text, ReadOnlySpan<Token> tokens, AcronymDefinitions.Definition d, int sentence,
        List<Entity> local, Dictionary<string, (EntityType, double)> acronyms)
    {
        int longStart = tokens[d.LongStart].Start, longEnd = tokens[d.LongEnd - 1].End;
        var acronym = tokens[d.Acronym];
        var inside = local.Where(e => e.Start < longEnd && longStart < e.End).ToList();
        // A mention reaching outside the long name ("the Chief of the Defence Staff (CDS)"
        // as part of a person's span) is a different reading: leave it alone.
        if (inside.Any(e => e.Start < longStart || e.End > longEnd)) return;
        var named = inside.Where(e => e.Type != EntityType.Misc).ToList();
        EntityType type = named.Count > 0 ? named[^1].Type
            : inside.Count > 0 && !OrganisationHeads.IsHead(text, tokens[d.LongEnd - 1]) ? EntityType.Misc
            : EntityType.Organization;
        double confidence = inside.Count > 0 ? inside.Max(e => e.Confidence) : 0.7;
        local.RemoveAll(e => e.Start < longEnd && longStart < e.End || e.Start < acronym.End && acronym.Start < e.End);
        local.Add(new Entity(longStart, longEnd, text[longStart..longEnd], type, confidence, EntitySource.Model, sentence));
        local.Add(new Entity(acronym.Start, acronym.End, text[acronym.Start..acronym.End], type, confidence, EntitySource.Model, sentence));
        acronyms[text[acronym.Start..acronym.End]] = (type, confidence);
    }

    /// <summary>
    /// An organisation mention ending in a head noun ("Command", "Security Command", "Fraud Office")
    /// right after untagged capitalised words ("a new Border Security Command", "the Serious Fraud
    /// Office") is the end of a longer name: the tagger stopped early, often at a word it reads as
    /// an adjective. Extend it over those words (a bare head over up to four, a longer name over one;
    /// never over the sentence's first word, whose capital says nothing).
    /// </summary>
    private static void ExtendBareHeads(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<Entity> mentions,
        TokenStarts tokenOf)
    {
        for (int m = 0; m < mentions.Count; m++)
        {
            var e = mentions[m];
            if (e.Type != EntityType.Organization || !tokenOf.TryGetValue(e.Start, out int firstOfMention)) continue;
            int last = LastTokenOf(tokens, firstOfMention, e.End);
            if (tokens[last].End != e.End || !OrganisationHeads.IsHead(text, tokens[last])) continue;
            int first = FirstWord(text, tokens, sentences[e.Sentence]), start = firstOfMention;
            int previousEnd = m > 0 ? mentions[m - 1].End : -1;
            int most = firstOfMention == last ? 4 : 1; // a longer mention stopped at one adjective ("Serious"); more is a label ("Lead Underwriter")
            while (start - 1 > first && firstOfMention - start < most && tokens[start - 1].Start >= previousEnd
                && IsCapitalised(text, tokens[start - 1])) start--;
            if (start == firstOfMention) continue;
            mentions[m] = Respanned(text, e, tokens[start].Start, e.End);
        }
    }

    /// <summary>
    /// "Office for National Statistics" where the tagger kept only "National Statistics" (or tagged
    /// "for International Migration" after an "ONS Centre"): an organisation name is often
    /// "Head of/for Name", with the head noun capitalised. Join the head (and the capitalised words
    /// before it, or the mention it ends) to the name.
    /// </summary>
    private static void ExtendOverHeadOf(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<Entity> mentions,
        TokenStarts tokenOf)
    {
        // Compacted in place (w = mentions kept so far): a merge drops the previous mention without
        // shifting the rest of the list, which made long documents quadratic.
        int w = 0;
        for (int m = 0; m < mentions.Count; m++)
        {
            var e = mentions[m];
            if (e.Type != EntityType.Organization || !tokenOf.TryGetValue(e.Start, out int first)) { mentions[w++] = e; continue; }
            int sentenceFirst = sentences[e.Sentence].FirstToken;
            int joiner = IsOfFor(text, tokens[first]) ? first : first - 1;
            if (joiner - 1 < sentenceFirst || !IsOfFor(text, tokens[joiner]) || !OrganisationHeads.IsHead(text, tokens[joiner - 1])) { mentions[w++] = e; continue; }
            int headStart = tokens[joiner - 1].Start;
            Entity? previous = w > 0 ? mentions[w - 1] : null;
            int start;
            if (previous is not null && previous.End == tokens[joiner - 1].End) { start = previous.Start; w--; }
            else
            {
                if (previous is not null && previous.End > headStart) { mentions[w++] = e; continue; }
                int k = joiner - 1;
                while (k - 1 > sentenceFirst && joiner - k < 4 && (previous is null || tokens[k - 1].Start >= previous.End)
                    && IsCapitalised(text, tokens[k - 1])) k--;
                start = tokens[k].Start;
            }
            mentions[w++] = Respanned(text, e, start, e.End);
        }
        mentions.RemoveRange(w, mentions.Count - w);
    }

    /// <summary>Lower-case particles inside personal names ("Mohammed bin Salman", "Faf du Plessis").</summary>
    private static readonly HashSet<string> NameParticles =
        new(["bin", "bint", "ibn", "al", "el", "abu", "van", "von", "de", "da", "du", "di", "der", "den", "le", "la"], StringComparer.Ordinal);

    /// <summary>
    /// Names the tagger cut in two: two person mentions with only a space (or a name particle)
    /// between them are one person ("Hwang" + "Hee-chan", "Mohammed" + bin + "Salman"); an
    /// "X of Y" organisation followed at once by a place ends with it ("University of Southern" +
    /// "Indiana"); two organisation mentions with one space, "of" or "for" between them are one
    /// organisation ("London Metal" + "Exchange", "Pirelli" + "SpA", "Gold Fields" of "South Africa Ltd"),
    /// never two joined by "and" ("BA and IAG") or across a line break (a table's column).
    /// </summary>
    private static void JoinSplitNames(string text, List<Entity> mentions)
    {
        if (mentions.Count < 2) return;
        int w = 1; // compacted in place, so a document with many joins stays linear
        for (int m = 1; m < mentions.Count; m++)
        {
            var (a, b) = (mentions[w - 1], mentions[m]);
            if (IsOneName(text, a, b))
                mentions[w - 1] = Respanned(text, a, a.Start, b.End) with { Confidence = Math.Min(a.Confidence, b.Confidence) };
            else
                mentions[w++] = b;
        }
        mentions.RemoveRange(w, mentions.Count - w);
    }

    private static bool IsOneName(string text, Entity a, Entity b)
    {
        if (a.Sentence != b.Sentence || b.Start <= a.End) return false;
        var gap = text.AsSpan(a.End, b.Start - a.End);
        return a.Type == EntityType.Person && b.Type == EntityType.Person && (IsSpace(gap) || IsParticleGap(gap))
            || a.Type == EntityType.Organization && b.Type == EntityType.Location && IsSpace(gap) && IsOfName(a.Text)
            || a.Type == EntityType.Organization && b.Type == EntityType.Organization && gap is " " or " of " or " for " && AreOneOrganisation(a, b);
    }

    /// <summary>
    /// Two organisation fragments read as one name unless the second starts in lower case (a stray word) or
    /// either is a lone acronym ("SPD FDP Greens", a row of party names), which may be a legal form ("LM Ericsson AB").
    /// </summary>
    private static bool AreOneOrganisation(Entity a, Entity b) =>
        char.IsUpper(b.Text[0]) && !IsLoneAcronym(a.Text) && (!IsLoneAcronym(b.Text) || English.LegalForms.Contains(b.Text.AsSpan().TrimEnd('.')));

    /// <summary>
    /// "University of Southern", and "Bank of", which the tagger ends at the joiner: an "X of Y" name missing its Y.
    /// Not a company's legal form then "of" ("Daniels Pharmaceuticals Inc of St. Petersburg": where it is based).
    /// </summary>
    private static bool IsOfName(string mention)
    {
        if (mention.Contains(" of ", StringComparison.Ordinal)) return true;
        if (!mention.EndsWith(" of", StringComparison.Ordinal)) return false;
        var before = mention.AsSpan(0, mention.Length - 3).TrimEnd('.');
        return !English.LegalForms.Contains(before[(before.LastIndexOf(' ') + 1)..]);
    }

    private static bool IsLoneAcronym(string mention) => mention.Length > 1 && !mention.Contains(' ') && !mention.AsSpan().ContainsAnyInRange('a', 'z');

    private static bool IsSpace(ReadOnlySpan<char> gap) => gap.Length is > 0 and <= 2 && gap.IsWhiteSpace();

    private static bool IsParticleGap(ReadOnlySpan<char> gap)
    {
        var word = gap.Trim();
        return word.Length < gap.Length - 1 && char.IsWhiteSpace(gap[0]) && char.IsWhiteSpace(gap[^1]) && NameParticles.Contains(word.ToString());
    }

    private static bool IsOfFor(string text, Token t) => text.AsSpan(t.Start, t.Length) is "of" or "for";

    private static void Propagate(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<Entity> mentions,
        TokenStarts tokenOf, Dictionary<string, (EntityType Type, double Confidence)> acronyms)
    {
        // Names worth copying: several words, or one all-caps word; keyed by their first token's text.
        var names = new Dictionary<string, List<(string[] Words, EntityType Type, double Confidence)>>(StringComparer.Ordinal);
        var covered = new bool[tokens.Length];
        foreach (var e in mentions)
        {
            if (!tokenOf.TryGetValue(e.Start, out int first)) continue;
            int last = LastTokenOf(tokens, first, e.End);
            if (tokens[last].End != e.End) continue;
            for (int k = first; k <= last; k++) covered[k] = true;
            var words = new string[last - first + 1];
            for (int k = 0; k < words.Length; k++) words[k] = text.Substring(tokens[first + k].Start, tokens[first + k].Length);
            if (words.Length == 1 && !English.IsInCapitals(words[0])) continue;
            if (!names.TryGetValue(words[0], out var list)) names[words[0]] = list = [];
            if (!list.Any(n => n.Words.AsSpan().SequenceEqual(words))) list.Add((words, e.Type, e.Confidence * PropagatedFactor));
        }
        foreach (var (acronym, (type, confidence)) in acronyms)
            if (!names.TryGetValue(acronym, out var list)) names[acronym] = [([acronym], type, confidence * PropagatedFactor)];
        if (names.Count == 0) return;
        // Looked up by the token's characters: no string per token.
        var byWord = names.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var list in names.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length)); // longest first
        var added = new List<Entity>();
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            bool headline = IsHeadline(text, tokens, sentence);
            for (int i = sentence.FirstToken; i < sentence.TokenEnd; i++)
            {
                if (covered[i]) continue;
                if (!byWord.TryGetValue(text.AsSpan(tokens[i].Start, tokens[i].Length), out var candidates)) continue;
                foreach (var (words, type, confidence) in candidates)
                {
                    int end = i + words.Length;
                    if (end > sentence.TokenEnd || (headline && words.Length == 1)) continue;
                    bool match = true;
                    for (int k = 1; k < words.Length && match; k++)
                        match = !covered[i + k] && text.AsSpan(tokens[i + k].Start, tokens[i + k].Length).SequenceEqual(words[k]);
                    if (!match || !Bounded(text, tokens, sentence, i, end)) continue;
                    int a = tokens[i].Start, b = tokens[end - 1].End;
                    added.Add(new Entity(a, b, text[a..b], type, confidence, EntitySource.Model, s));
                    for (int k = i; k < end; k++) covered[k] = true;
                    i = end - 1;
                    break;
                }
            }
        }
        if (added.Count == 0) return;
        mentions.AddRange(added);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The match is a whole name: no capitalised word glued to either side (the sentence's first word excepted).</summary>
    private static bool Bounded(string text, ReadOnlySpan<Token> tokens, Sentence sentence, int start, int end)
    {
        if (start > sentence.FirstToken && start - 1 > sentence.FirstToken && IsCapitalised(text, tokens[start - 1])) return false;
        if (end < sentence.TokenEnd && IsCapitalised(text, tokens[end])) return false;
        return true;
    }

    /// <summary>Starts with a capital letter (char.IsUpper holds for letters only).</summary>
    private static bool IsCapitalised(string text, Token t) => char.IsUpper(text[t.Start]);

    /// <summary>The mention moved to <c>text[start..end]</c>: its text and canonical name follow the new span.</summary>
    private static Entity Respanned(string text, Entity e, int start, int end) =>
        e with { Start = start, End = end, Text = text[start..end], Canonical = text[start..end] };

    /// <summary>The token of a mention starting at token <paramref name="first"/> that reaches its <paramref name="end"/> (or the text's last token).</summary>
    private static int LastTokenOf(ReadOnlySpan<Token> tokens, int first, int end)
    {
        int last = first;
        while (last + 1 < tokens.Length && tokens[last].End < end) last++;
        return last;
    }

    /// <summary>Adds mentions found between the existing ones (none overlapping them), keeping text order.</summary>
    private static void InsertInOrder(List<Entity> mentions, List<Entity>? added)
    {
        if (added is null) return;
        mentions.AddRange(added);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The sentence's first word, after any opening quote or bracket: its capital says nothing.</summary>
    private static int FirstWord(string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        int t = sentence.FirstToken;
        while (t + 1 < sentence.TokenEnd && !char.IsLetterOrDigit(text[tokens[t].Start])) t++;
        return t;
    }

    /// <summary>An all-caps sentence (a headline or dateline): every all-caps word there looks like an acronym.</summary>
    private static bool IsHeadline(string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        int upper = 0, lower = 0;
        for (int i = sentence.FirstToken; i < sentence.TokenEnd; i++)
        {
            var w = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (!char.IsLetter(w[0])) continue;
            if (w.ContainsAnyInRange('a', 'z')) lower++; else upper++;
        }
        return upper > lower;
    }

    /// <summary>Token index by start offset (tokens are in text order: a binary search, nothing built per document).</summary>
    private readonly ref struct TokenStarts(ReadOnlySpan<Token> tokens)
    {
        private readonly ReadOnlySpan<Token> _tokens = tokens;

        public bool TryGetValue(int start, out int index)
        {
            int lo = 0, hi = _tokens.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                int s = _tokens[mid].Start;
                if (s == start) { index = mid; return true; }
                if (s < start) lo = mid + 1; else hi = mid - 1;
            }
            index = -1;
            return false;
        }
    }
}
