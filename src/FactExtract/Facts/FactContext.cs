using FactExtract.Entities;
using FactExtract.Text;

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

    public FactContext(Document document)
    {
        Document = document;
        Text = document.Text;
        Tokens = document.Tokens;
        Sentences = document.Sentences;
        Entities = document.Entities;
        _entityFirst = new int[Sentences.Length];
        _entityEnd = new int[Sentences.Length];
        IndexEntitiesBySentence();
    }

    public Document Document { get; }
    public string Text { get; }
    public Token[] Tokens { get; }
    public Sentence[] Sentences { get; }
    public IReadOnlyList<Entity> Entities { get; }

    public ReadOnlySpan<char> Word(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    public bool Is(int token, string word) =>
        Word(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsIn(int token, WordSet set) => set.Contains(Word(token));

    /// <summary>Index of the first token whose end is after <paramref name="offset"/> (the token containing it, or the next one).</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the last token that starts before <paramref name="offset"/>, or -1.</summary>
    public int TokenBefore(int offset) => TokenAtOrAfterStart(offset) - 1;

    /// <summary>Index of the first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenAtOrAfterStart(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The entities of sentence <paramref name="sentence"/> as an index range into <see cref="Entities"/>.</summary>
    public (int First, int End) EntitiesOf(int sentence) =>
        (uint)sentence < (uint)_entityFirst.Length ? (_entityFirst[sentence], _entityEnd[sentence]) : (0, 0);

    /// <summary>Canonical names of the sentence's entities, distinct, in text order.</summary>
    public IReadOnlyList<string> EntityNames(int sentence)
    {
        var (first, end) = EntitiesOf(sentence);
        if (first == end) return [];
        var names = new List<string>(end - first);
        for (int i = first; i < end; i++)
        {
            if (Entities[i].Sentence != sentence && Document.SentenceIndexAt(Entities[i].Start) != sentence) continue;
            var name = Entities[i].Canonical;
            if (name.Length > 0 && !names.Contains(name, StringComparer.Ordinal)) names.Add(name);
        }
        return names;
    }

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
        for (int i = 0; i < Entities.Count; i++)
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
