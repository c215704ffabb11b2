using FactExtract.Ingestion;

namespace FactExtract.Text;

/// <summary>
/// The article text plus one layer per stage, held by key (<see cref="LayerKey{T}"/>). Each layer
/// is set once by the stage that owns it (a second write throws), so no stage can silently
/// overwrite another's work. Later stages add typed accessors for their layers next to their
/// records (<c>document.Entities</c>), so this type knows nothing of them.
/// </summary>
public sealed class Document
{
    private object?[] _layers = new object?[8];

    public Document(Article article)
    {
        Article = article ?? throw new ArgumentNullException(nameof(article));
        Set(TextLayers.Text, article);
    }

    public Document(string text, string id = "doc") : this(new Article(id, id, text)) { }

    public Article Article { get; }
    public string Text => Article.Text;
    public string Id => Article.Id;

    /// <summary>The layers set so far.</summary>
    public DocumentLayers Layers { get; private set; }

    public Token[] Tokens => Get(TextLayers.Tokens);
    public Sentence[] Sentences => Get(TextLayers.Sentences);

    public void SetTokens(Token[] tokens) => Set(TextLayers.Tokens, tokens);
    public void SetSentences(Sentence[] sentences) => Set(TextLayers.Sentences, sentences);

    public bool Has(DocumentLayers layers) => Layers.Contains(layers);

    /// <summary>The layer's value; throws naming the layer when no stage has produced it yet.</summary>
    public T Get<T>(LayerKey<T> key) where T : class =>
        TryGet(key, out var value) ? value : throw Missing(key);

    public bool TryGet<T>(LayerKey<T> key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value) where T : class
    {
        value = key.Index < _layers.Length ? (T?)_layers[key.Index] : null;
        return value is not null;
    }

    /// <summary>Sets a layer once; a second write throws.</summary>
    public void Set<T>(LayerKey<T> key, T value) where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (key.Index >= _layers.Length) Array.Resize(ref _layers, Math.Max(key.Index + 1, _layers.Length * 2));
        if (_layers[key.Index] is not null) throw new InvalidOperationException($"The {key.Name} layer is already set.");
        _layers[key.Index] = value;
        Layers |= key;
    }

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

    private static InvalidOperationException Missing(LayerKey layer) =>
        new($"The {layer.Name} layer has not been produced; run the stage that produces it first.");
}
