using FactExtract.Entities;

namespace FactExtract.Facts;

/// <summary>
/// The entity records a fact refers to: each sentence's entities (the first mention of each
/// canonical name, in text order) and a mention of a subject's name. Used when facts are made
/// and when restored facts are linked again, so both give the same references.
/// </summary>
internal sealed class EntityMentions
{
    // A news article names a few dozen entities: scans beat building a dictionary for every document.
    private const int ScanLimit = 64;

    private readonly IReadOnlyList<Entity> _entities;
    private readonly int[] _sentenceOf; // per entity; -1 for none or no canonical name
    private readonly bool _inSentenceOrder;
    private readonly int _lastSentence;
    // Only the sentences that get facts are asked for: their lists are made on first use.
    private IReadOnlyList<Entity>?[]? _named; // by sentence, up to the last sentence with a mention
    private Dictionary<string, List<Entity>>? _byName;
    private int _namedSentence = -1;
    private IReadOnlyList<Entity> _lastNamed = [];

    /// <param name="entities">The entities layer, in text order.</param>
    /// <param name="sentenceOf">The sentence of an entity (its own index, or a lookup where that is out of range).</param>
    public EntityMentions(IReadOnlyList<Entity> entities, Func<Entity, int> sentenceOf)
    {
        _entities = entities;
        _sentenceOf = new int[entities.Count];
        _inSentenceOrder = true;
        int previous = -1, lastSentence = -1;
        for (int i = 0; i < _sentenceOf.Length; i++)
        {
            var e = entities[i];
            int s = e.Canonical.Length == 0 ? -1 : sentenceOf(e);
            _sentenceOf[i] = s < 0 ? -1 : s;
            if (s < 0) continue;
            if (s < previous) _inSentenceOrder = false;
            previous = s;
            lastSentence = Math.Max(lastSentence, s);
        }
        _lastSentence = lastSentence;
    }

    /// <summary>The sentence's entities, the first mention of each canonical name, in text order.</summary>
    public IReadOnlyList<Entity> NamedIn(int sentence)
    {
        // Facts come sentence by sentence: one list serves every fact of a sentence.
        if (sentence == _namedSentence) return _lastNamed;
        if (sentence < 0 || sentence > _lastSentence) return []; // no mention there
        _named ??= new IReadOnlyList<Entity>?[_lastSentence + 1];
        var named = _named[sentence] ??= Collect(sentence);
        _namedSentence = sentence;
        _lastNamed = named;
        return named;
    }

    private IReadOnlyList<Entity> Collect(int sentence)
    {
        int from = 0, to = _sentenceOf.Length;
        if (_inSentenceOrder)
        {
            // The sentence's mentions are one run: find its start, it ends where another sentence begins.
            from = FirstAtOrAfter(sentence);
            to = from;
            while (to < _sentenceOf.Length && (_sentenceOf[to] == sentence || _sentenceOf[to] < 0)) to++;
        }
        List<Entity>? list = null;
        for (int i = from; i < to; i++)
        {
            if (_sentenceOf[i] != sentence) continue;
            var e = _entities[i];
            if (list is null) list = [e];
            else if (!HasName(list, e.Canonical)) list.Add(e);
        }
        return list is null ? [] : list;
    }

    /// <summary>The first entity index whose sentence is at least <paramref name="sentence"/> (entities with none are passed over).</summary>
    private int FirstAtOrAfter(int sentence)
    {
        int lo = 0, hi = _sentenceOf.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            int m = mid;
            while (m < hi && _sentenceOf[m] < 0) m++; // a mention with no sentence sorts with the next one
            if (m < hi && _sentenceOf[m] < sentence) lo = m + 1; else hi = mid;
        }
        return lo;
    }

    // A loop, not List.Exists with a lambda: this runs for every entity of every document.
    private static bool HasName(List<Entity> list, string canonical)
    {
        foreach (var m in list) if (string.Equals(m.Canonical, canonical, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// A mention named <paramref name="canonical"/>: the one in the sentence, else the last before
    /// <paramref name="offset"/>, else the first after it; null when no entity has that name.
    /// </summary>
    public Entity? MentionOf(string canonical, int sentence, int offset)
    {
        if (canonical.Length == 0) return null;
        var named = NamedIn(sentence);
        for (int i = 0; i < named.Count; i++) if (named[i].Canonical == canonical) return named[i];
        if (_entities.Count <= ScanLimit) return Nearest(_entities, canonical, offset);
        if (_byName is null)
        {
            _byName = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
            foreach (var e in _entities)
            {
                if (!_byName.TryGetValue(e.Canonical, out var list)) _byName[e.Canonical] = list = [];
                list.Add(e);
            }
        }
        return _byName.TryGetValue(canonical, out var mentions) ? Nearest(mentions, canonical, offset) : null;
    }

    /// <summary>Among <paramref name="mentions"/> named <paramref name="canonical"/>, in text order: the last before <paramref name="offset"/>, else the first.</summary>
    private static Entity? Nearest(IReadOnlyList<Entity> mentions, string canonical, int offset)
    {
        Entity? before = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var e = mentions[i];
            if (e.Canonical != canonical) continue;
            if (e.Start >= offset) return before ?? e;
            before = e;
        }
        return before;
    }
}
