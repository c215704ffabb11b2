using FactExtract.Entities;

namespace FactExtract.Facts;

/// <summary>
/// The entity records a fact refers to: each sentence's entities (the first mention of each
/// canonical name, in text order) and a mention of a subject's name. Used when facts are made
/// and when restored facts are linked again, so both give the same references.
/// </summary>
internal sealed class EntityMentions
{
    private readonly Dictionary<int, List<Entity>> _bySentence = [];
    private readonly IReadOnlyList<Entity> _entities;
    private Dictionary<string, List<Entity>>? _byName;
    private int _namedSentence = -1;
    private IReadOnlyList<Entity> _named = [];

    /// <param name="entities">The entities layer, in text order.</param>
    /// <param name="sentenceOf">The sentence of an entity (its own index, or a lookup where that is out of range).</param>
    public EntityMentions(IReadOnlyList<Entity> entities, Func<Entity, int> sentenceOf)
    {
        _entities = entities;
        foreach (var e in entities)
        {
            int s = sentenceOf(e);
            if (s < 0 || e.Canonical.Length == 0) continue;
            if (!_bySentence.TryGetValue(s, out var list)) _bySentence[s] = list = [];
            if (!HasName(list, e.Canonical)) list.Add(e);
        }
    }

    // A loop, not List.Exists with a lambda: this runs for every entity of every document.
    private static bool HasName(List<Entity> list, string canonical)
    {
        foreach (var m in list) if (string.Equals(m.Canonical, canonical, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The sentence's entities, the first mention of each canonical name, in text order.</summary>
    public IReadOnlyList<Entity> NamedIn(int sentence)
    {
        // Facts come sentence by sentence: one list serves every fact of a sentence.
        if (sentence == _namedSentence) return _named;
        _named = _bySentence.TryGetValue(sentence, out var list) ? list : [];
        _namedSentence = sentence;
        return _named;
    }

    /// <summary>
    /// A mention named <paramref name="canonical"/>: the one in the sentence, else the last before
    /// <paramref name="offset"/>, else the first after it; null when no entity has that name.
    /// </summary>
    public Entity? MentionOf(string canonical, int sentence, int offset)
    {
        if (canonical.Length == 0) return null;
        foreach (var e in NamedIn(sentence)) if (e.Canonical == canonical) return e;
        if (_byName is null)
        {
            _byName = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
            foreach (var e in _entities)
            {
                if (!_byName.TryGetValue(e.Canonical, out var list)) _byName[e.Canonical] = list = [];
                list.Add(e);
            }
        }
        if (!_byName.TryGetValue(canonical, out var mentions)) return null;
        Entity? before = null;
        foreach (var e in mentions)
        {
            if (e.Start >= offset) return before ?? e;
            before = e;
        }
        return before;
    }
}
