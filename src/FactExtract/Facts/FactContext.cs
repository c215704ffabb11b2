using FactExtract.Entities;
using FactExtract.Quantities;
using FactExtract.Text;
using FactExtract.Lang;

namespace FactExtract.Facts;

/// <summary>
/// Read-only views over one document that every fact helper needs: token lookups by offset,
/// token text as spans, and the entities of each sentence. Built once per document by
/// <see cref="FactStage"/>; it holds that document's data only and is never shared.
/// </summary>
internal sealed class FactContext
{
    private readonly int[] _entityFirst; // per sentence: first index into Entities, or the next sentence's
    private readonly int[] _entityEnd;
    private readonly EntityMentions _mentions;

    public FactContext(Document document)
    {
        Document = document;
        Text = document.Text;
        Tokens = document.Tokens;
        Sentences = document.Sentences;
        // An array, not the layer's list interface: the finders index it in their innermost loops.
        Entities = document.Entities as Entity[] ?? [.. document.Entities];
        _entityFirst = new int[Sentences.Length];
        _entityEnd = new int[Sentences.Length];
        IndexEntitiesBySentence();
        _mentions = new EntityMentions(Entities, e => (uint)e.Sentence < (uint)Sentences.Length ? e.Sentence : document.SentenceIndexAt(e.Start));
        ArticleDay = document.Article.Date is { } day ? FactTime.On(day) : null;
    }

    /// <summary>The article's date from its metadata: when its quotes were said and its roles held. Not a dateline's date.</summary>
    public FactTime? ArticleDay { get; }

    public Document Document { get; }
    public string Text { get; }
    public Token[] Tokens { get; }
    public Sentence[] Sentences { get; }
    public Entity[] Entities { get; }

    /// <summary>
    /// The anaphors ("the company", "its") of the sentence <see cref="AnaphorSentence"/> with their
    /// antecedents: <see cref="SubjectFinder"/> fills it once per sentence, not once per figure.
    /// </summary>
    public int AnaphorSentence { get; set; } = -1;

    /// <summary>Names the recognizer missed that open sentences (see <see cref="Facts.UntaggedNames"/>), found on first use.</summary>
    public UntaggedNames UntaggedNames => _untaggedNames ??= new UntaggedNames(this);
    private UntaggedNames? _untaggedNames;
    public List<(int Token, string Name)> Anaphors { get; } = [];

    /// <summary>
    /// Clause breaks before each token (prefix count), so the distance cost between any two
    /// tokens is O(1) rather than a walk over the tokens between them.
    /// </summary>
    public int ClauseBreaksBetween(int from, int to)
    {
        _clauseBreakPrefix ??= BuildClauseBreakPrefix();
        return to <= from ? 0 : _clauseBreakPrefix[to] - _clauseBreakPrefix[from];
    }

    private int[]? _clauseBreakPrefix;

    // Entities ordered by start offset, for O(log n) lookups by position: the finders ask "which
    // entity is here?" per token or per person, which a scan over all entities made quadratic.
    private Entity[]? _byStart;
    private Dictionary<string, string>? _canonicalByText;

    private Entity[] ByStart => _byStart ??= SortedByStart(Entities);

    /// <summary>The entities by start, then end; the layer is in text order already, so usually the array itself.</summary>
    private static Entity[] SortedByStart(Entity[] entities)
    {
        for (int i = 1; i < entities.Length; i++)
            if (Compare(entities[i - 1], entities[i]) > 0)
                return entities.OrderBy(e => e.Start).ThenBy(e => e.End).ToArray(); // stable, as before
        return entities;

        static int Compare(Entity a, Entity b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);
    }

    /// <summary>Index into the start-ordered entities of the first one starting at or after <paramref name="offset"/>.</summary>
    private int LowerBound(int offset)
    {
        var entities = ByStart;
        int lo = 0, hi = entities.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (entities[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Entities whose start lies in <c>[from, to)</c>, in text order.</summary>
    public IEnumerable<Entity> EntitiesStartingIn(int from, int to)
    {
        var entities = ByStart;
        for (int i = LowerBound(from); i < entities.Length && entities[i].Start < to; i++)
            yield return entities[i];
    }

    /// <summary>The first entity (in text order) that covers <paramref name="offset"/> and matches, or null.</summary>
    public Entity? EntityCovering(int offset, Func<Entity, bool>? where = null)
    {
        var entities = ByStart;
        // Mentions do not nest in practice; look back a few in case one does.
        for (int i = LowerBound(offset + 1) - 1, n = 0; i >= 0 && n < 4; i--, n++)
            if (entities[i].Start <= offset && offset < entities[i].End && (where is null || where(entities[i])))
                return entities[i];
        return null;
    }

    /// <summary>
    /// <see cref="EntityCovering"/> of token <paramref name="token"/>'s start, looked up once per token: the
    /// finders ask it of the same few tokens for every figure of a sentence.
    /// </summary>
    public Entity? EntityAt(int token)
    {
        if (_entityAt is null)
        {
            _entityAt = new int[Tokens.Length];
            Array.Fill(_entityAt, NotLookedUp);
        }
        ref int found = ref _entityAt[token];
        if (found == NotLookedUp) found = IndexCovering(Tokens[token].Start);
        return found >= 0 ? ByStart[found] : null;
    }

    private const int NotLookedUp = -2;
    private int[]? _entityAt; // per token: index into ByStart, -1 for none

    /// <summary>
    /// The index into <see cref="ByStart"/> of what <see cref="EntityCovering"/> finds when the only
    /// condition is the end (<paramref name="end"/>; any end when negative), or -1. Without a closure
    /// per call: the finders ask it for every figure.
    /// </summary>
    private int IndexCovering(int offset, int end = -1)
    {
        var entities = ByStart;
        for (int i = LowerBound(offset + 1) - 1, n = 0; i >= 0 && n < 4; i--, n++)
            if (entities[i].Start <= offset && offset < entities[i].End && (end < 0 || entities[i].End == end)) return i;
        return -1;
    }

    /// <summary>An entity ending exactly at <paramref name="end"/>, or null.</summary>
    public Entity? EntityEndingAt(int end) => IndexCovering(end - 1, end) is var i and >= 0 ? ByStart[i] : null;

    /// <summary>The canonical name of the first mention whose text is <paramref name="text"/>, or null.</summary>
    public string? CanonicalOfText(ReadOnlySpan<char> text)
    {
        // A news article names a few dozen entities: a scan beats building a dictionary for every document.
        if (Entities.Length <= 64)
        {
            foreach (var e in Entities) if (text.SequenceEqual(e.Text)) return e.Canonical;
            return null;
        }
        if (_canonicalByText is null)
        {
            _canonicalByText = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in Entities) _canonicalByText.TryAdd(e.Text, e.Canonical);
        }
        return _canonicalByText.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var name) ? name : null;
    }

    private int[] BuildClauseBreakPrefix()
    {
        var prefix = new int[Tokens.Length + 1];
        for (int i = 0; i < Tokens.Length; i++)
            prefix[i + 1] = prefix[i] + (ChangeDetector.IsClauseBreak(this, i) ? 1 : 0);
        return prefix;
    }

    /// <summary>The first and last token of entity <paramref name="entity"/> (an index into <see cref="Entities"/>), looked up once per document.</summary>
    public (int First, int Last) TokensOf(int entity)
    {
        _entityTokens ??= new (int, int)[Entities.Length];
        ref var tokens = ref _entityTokens[entity];
        if (tokens == default) // not looked up yet (a one-token mention opening the text is just looked up again)
        {
            var e = Entities[entity];
            tokens = (TokenAt(e.Start), TokenAt(e.End - 1));
        }
        return tokens;
    }

    private (int First, int Last)[]? _entityTokens;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Word(int token)
    {
        var t = Tokens[token];
        return Text.AsSpan(t.Start, t.End - t.Start);
    }

    public bool Is(int token, string word)
    {
        var w = Word(token);
        // Most probes miss on the length or the first letter; only then is the full comparison worth its call.
        if (w.Length != word.Length) return false;
        if (w.Length > 0 && char.IsAscii(w[0]) && char.IsAscii(word[0]) && (w[0] | 0x20) != (word[0] | 0x20)) return false;
        return w.Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsIn(int token, WordSet set) => set.Contains(Word(token));

    /// <summary>Index of the first token whose end is after <paramref name="offset"/> (the token containing it, or the next one).</summary>
    public int TokenAt(int offset)
    {
        if ((uint)offset <= (uint)Text.Length)
        {
            // The block's first answer, then the few tokens that end inside the block before the offset.
            int t = TokenBlocks[offset >> BlockBits];
            while (t < Tokens.Length && Tokens[t].End <= offset) t++;
            return t;
        }
        return offset < 0 ? 0 : Tokens.Length; // no token ends at or before a negative offset; all end by the text's end
    }

    /// <summary>Index of the last token that starts before <paramref name="offset"/>, or -1.</summary>
    public int TokenBefore(int offset) => TokenAtOrAfterStart(offset) - 1;

    /// <summary>Index of the first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenAtOrAfterStart(int offset)
    {
        if ((uint)offset <= (uint)Text.Length)
        {
            // From the token that holds the offset (or the next): back over any that start at or after it
            // (empty ones), then on past one that starts before it.
            int t = TokenAt(offset);
            while (t > 0 && Tokens[t - 1].Start >= offset) t--;
            while (t < Tokens.Length && Tokens[t].Start < offset) t++;
            return t;
        }
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    // TokenAt of every 8th offset: the finders ask for the tokens of each figure, date and name many
    // times over, and a table read plus a step or two beats a binary search over the document.
    private const int BlockBits = 3;
    private int[]? _tokenBlocks;

    private int[] TokenBlocks => _tokenBlocks ??= BuildTokenBlocks();

    private int[] BuildTokenBlocks()
    {
        var blocks = new int[(Text.Length >> BlockBits) + 1];
        int token = 0;
        for (int b = 0; b < blocks.Length; b++)
        {
            int offset = b << BlockBits;
            while (token < Tokens.Length && Tokens[token].End <= offset) token++;
            blocks[b] = token;
        }
        return blocks;
    }

    /// <summary>The entities of sentence <paramref name="sentence"/> as an index range into <see cref="Entities"/>.</summary>
    public (int First, int End) EntitiesOf(int sentence) =>
        (uint)sentence < (uint)_entityFirst.Length ? (_entityFirst[sentence], _entityEnd[sentence]) : (0, 0);

    /// <summary>The sentence's entities, the first mention of each canonical name, in text order.</summary>
    public IReadOnlyList<Entity> EntitiesNamedIn(int sentence) => _mentions.NamedIn(sentence);

    /// <inheritdoc cref="EntityMentions.MentionOf"/>
    public Entity? MentionOf(string canonical, int sentence, int offset) => _mentions.MentionOf(canonical, sentence, offset);

    /// <summary>True when the gap between two consecutive tokens holds a blank line (a paragraph break).</summary>
    public bool ParagraphBreakBefore(int token)
    {
        if (token <= 0 || token >= Tokens.Length) return token <= 0;
        int newlines = 0;
        for (int i = Tokens[token - 1].End; i < Tokens[token].Start; i++)
            if (Text[i] == '\n' && ++newlines == 2) return true;
        return false;
    }

    /// <summary>Entities are sorted by start; the recognizer emits them in text order, but do not rely on it.</summary>
    private void IndexEntitiesBySentence()
    {
        for (int s = 0; s < Sentences.Length; s++) { _entityFirst[s] = int.MaxValue; _entityEnd[s] = 0; }
        for (int i = 0; i < Entities.Length; i++)
        {
            int s = Entities[i].Sentence;
            if ((uint)s >= (uint)Sentences.Length) s = Document.SentenceIndexAt(Entities[i].Start);
            if (s < 0) continue;
            _entityFirst[s] = Math.Min(_entityFirst[s], i);
            _entityEnd[s] = Math.Max(_entityEnd[s], i + 1);
        }
        for (int s = 0; s < Sentences.Length; s++)
            if (_entityFirst[s] == int.MaxValue) { _entityFirst[s] = 0; _entityEnd[s] = 0; }
    }
}
