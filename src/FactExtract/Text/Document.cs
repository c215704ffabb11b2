using FactExtract.Entities;
using FactExtract.Facts;
using FactExtract.Ingestion;
using FactExtract.Quantities;

namespace FactExtract.Text;

/// <summary>
/// The article text plus one layer per stage. Each layer is set once by the stage that owns it
/// (a second write throws), so no stage can silently overwrite another's work.
/// </summary>
public sealed class Document
{
    private Token[]? _tokens;
    private Sentence[]? _sentences;
    private IReadOnlyList<Entity>? _entities;
    private IReadOnlyList<Quantity>? _quantities;
    private IReadOnlyList<Fact>? _facts;

    public Document(Article article)
    {
        Article = article ?? throw new ArgumentNullException(nameof(article));
    }

    public Document(string text, string id = "doc") : this(new Article(id, id, text)) { }

    public Article Article { get; }
    public string Text => Article.Text;
    public string Id => Article.Id;

    public DocumentLayers Layers { get; private set; } = DocumentLayers.Text;

    public Token[] Tokens => _tokens ?? throw Missing(DocumentLayers.Tokens);
    public Sentence[] Sentences => _sentences ?? throw Missing(DocumentLayers.Sentences);
    public IReadOnlyList<Entity> Entities => _entities ?? throw Missing(DocumentLayers.Entities);
    public IReadOnlyList<Quantity> Quantities => _quantities ?? throw Missing(DocumentLayers.Quantities);
    public IReadOnlyList<Fact> Facts => _facts ?? throw Missing(DocumentLayers.Facts);

    public void SetTokens(Token[] tokens) => Set(ref _tokens, tokens, DocumentLayers.Tokens);
    public void SetSentences(Sentence[] sentences) => Set(ref _sentences, sentences, DocumentLayers.Sentences);
    public void SetEntities(IReadOnlyList<Entity> entities) => Set(ref _entities, entities, DocumentLayers.Entities);
    public void SetQuantities(IReadOnlyList<Quantity> quantities) => Set(ref _quantities, quantities, DocumentLayers.Quantities);
    public void SetFacts(IReadOnlyList<Fact> facts) => Set(ref _facts, facts, DocumentLayers.Facts);

    public bool Has(DocumentLayers layers) => (Layers & layers) == layers;

    public ReadOnlySpan<char> TokenSpan(int index)
    {
        var t = Tokens[index];
        return Text.AsSpan(t.Start, t.Length);
    }

    public string TokenText(int index)
    {
        var t = Tokens[index];
        return Text.Substring(t.Start, t.Length);
    }

    public string SpanText(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>Index of the sentence containing character <paramref name="offset"/>, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        var sentences = Sentences;
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (offset < sentences[mid].Start) hi = mid - 1;
            else if (offset >= sentences[mid].End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Number of word tokens (words and numbers), the unit throughput is reported in.</summary>
    public int WordCount
    {
        get
        {
            int n = 0;
            foreach (var t in Tokens)
                if (t.Kind is TokenKind.Word or TokenKind.Number) n++;
            return n;
        }
    }

    private void Set<T>(ref T? field, T value, DocumentLayers layer) where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        if (field is not null) throw new InvalidOperationException($"The {layer} layer is already set.");
        field = value;
        Layers |= layer;
    }

    private static InvalidOperationException Missing(DocumentLayers layer) =>
        new($"The {layer} layer has not been produced; run the stage that produces it first.");
}
