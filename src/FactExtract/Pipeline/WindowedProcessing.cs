using FactExtract.Entities;
using FactExtract.Facts;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Pipeline;

/// <summary>
/// Runs the stages over a long document one window at a time (see <see cref="TextWindows"/>) and
/// joins the windows' layers into the document, offsets and sentence indices shifted so they
/// point into the whole text. Each window is a document of its own while the stages run, so the
/// per-document state of every stage (tagger memory, name resolution, quote speakers) lives only
/// as long as one window: time grows linearly with the text, and the working memory is bounded
/// by the window, not by the document. Only the results (and tokens and sentences) are kept.
/// </summary>
internal static class WindowedProcessing
{
    public static void Run(Document document, IReadOnlyList<TextSpan> windows, DocumentLayers produces,
        Action<Document, CancellationToken> runStages, CancellationToken cancellationToken)
    {
        var joined = new JoinedLayers(produces);
        foreach (var window in windows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var part = new Document(document.Article with { Text = document.Text.Substring(window.Start, window.Length) });
            runStages(part, cancellationToken);
            joined.Append(part, window.Start);
        }
        joined.SetOn(document);
    }

    /// <summary>The layers of the windows so far, in the whole document's coordinates.</summary>
    private sealed class JoinedLayers(DocumentLayers produces)
    {
        private readonly List<Token[]> _tokens = [];
        private readonly List<Sentence> _sentences = [];
        private readonly List<Entity> _entities = [];
        private readonly List<Quantity> _quantities = [];
        private readonly List<Fact> _facts = [];
        private readonly RepeatPool _pool = new();
        private int _tokenCount;

        public void Append(Document part, int offset)
        {
            int sentenceBase = _sentences.Count;
            if (part.Has(DocumentLayers.Tokens))
            {
                var tokens = part.Tokens; // the window's own array, shifted in place
                for (int i = 0; i < tokens.Length; i++)
                    tokens[i] = tokens[i] with { Start = tokens[i].Start + offset, End = tokens[i].End + offset };
                _tokens.Add(tokens);
            }
            if (part.Has(DocumentLayers.Sentences))
                foreach (var s in part.Sentences)
                    _sentences.Add(new Sentence(s.Start + offset, s.End + offset, s.FirstToken + _tokenCount, s.TokenEnd + _tokenCount));
            _tokenCount += part.Has(DocumentLayers.Tokens) ? part.Tokens.Length : 0;
            // The window's records are replaced by shifted copies; facts refer to the copies.
            var entities = new Dictionary<Entity, Entity>(ReferenceEqualityComparer.Instance);
            if (part.Has(DocumentLayers.Entities))
                foreach (var e in part.Entities)
                {
                    var shifted = e with
                    {
                        Start = e.Start + offset, End = e.End + offset, Sentence = e.Sentence + sentenceBase,
                        Text = _pool.Get(e.Text), Canonical = _pool.Get(e.Canonical),
                    };
                    _entities.Add(shifted);
                    entities[e] = shifted;
                }
            var quantities = new Dictionary<Quantity, Quantity>(ReferenceEqualityComparer.Instance);
            if (part.Has(DocumentLayers.Quantities))
                foreach (var q in part.Quantities)
                {
                    var shifted = q with
                    {
                        Start = q.Start + offset, End = q.End + offset, Sentence = q.Sentence + sentenceBase,
                        Text = _pool.Get(q.Text),
                        QualifierStart = q.QualifierStart < 0 ? q.QualifierStart : q.QualifierStart + offset,
                    };
                    _quantities.Add(shifted);
                    quantities[q] = shifted;
                }
            if (part.Has(DocumentLayers.Facts))
            {
                // Facts of one sentence share their entity list: map each list once.
                var lists = new Dictionary<IReadOnlyList<Entity>, IReadOnlyList<Entity>>(ReferenceEqualityComparer.Instance);
                foreach (var f in part.Facts)
                {
                    if (!lists.TryGetValue(f.Entities, out var named))
                        lists[f.Entities] = named = f.Entities.Count == 0 ? [] : f.Entities.Select(e => entities[e]).ToArray();
                    _facts.Add(f with
                    {
                        Start = f.Start + offset, End = f.End + offset, Sentence = f.Sentence + sentenceBase,
                        Quantity = f.Quantity is { } q ? quantities[q] : null,
                        SubjectEntity = f.SubjectEntity is { } subject ? entities[subject] : null,
                        Entities = named,
                        Time = f.Time?.Date is { } date ? FactTime.Of(quantities[date]) : f.Time,
                        Text = _pool.Get(f.Text), Measure = _pool.Get(f.Measure), Subject = _pool.Get(f.Subject),
                    });
                }
            }
        }

        public void SetOn(Document document)
        {
            if (produces.Contains(DocumentLayers.Tokens))
            {
                var tokens = new Token[_tokenCount];
                int at = 0;
                foreach (var part in _tokens)
                {
                    part.CopyTo(tokens, at);
                    at += part.Length;
                }
                _tokens.Clear();
                document.SetTokens(tokens);
            }
            if (produces.Contains(DocumentLayers.Sentences)) document.SetSentences([.. _sentences]);
            if (produces.Contains(DocumentLayers.Entities)) document.SetEntities(_entities);
            if (produces.Contains(DocumentLayers.Quantities)) document.SetQuantities(_quantities);
            if (produces.Contains(DocumentLayers.Facts)) document.SetFacts(_facts);
        }
    }

    /// <summary>
    /// One shared instance per repeated string: a long document names the same people
    /// and places thousands of times, and the kept results are most of its memory. Bounded: the
    /// pool starts afresh when full, which only costs some sharing.
    /// </summary>
    private sealed class RepeatPool
    {
        private const int Capacity = 50_000;
        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

        public string Get(string value)
        {
            if (value.Length == 0) return "";
            if (_strings.TryGetValue(value, out var shared)) return shared;
            if (_strings.Count >= Capacity) _strings.Clear();
            _strings[value] = value;
            return value;
        }
    }
}
