using FactExtract.Pipeline;

namespace FactExtract.Text;

/// <summary>Tokenizes the document and splits it into sentences.</summary>
internal sealed class TextStage : IPipelineStage
{
    private readonly Tokenizer _tokenizer;
    private readonly SentenceSplitter _splitter;

    public TextStage(Tokenizer? tokenizer = null, SentenceSplitter? splitter = null)
    {
        _tokenizer = tokenizer ?? new Tokenizer();
        _splitter = splitter ?? new SentenceSplitter();
    }

    public string Name => "text";
    public DocumentLayers Requires => DocumentLayers.Text;
    public DocumentLayers Produces => DocumentLayers.Tokens | DocumentLayers.Sentences;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var tokens = _tokenizer.Tokenize(document.Text);
        document.SetTokens(tokens);
        document.SetSentences(_splitter.Split(document.Text, tokens));
    }
}
