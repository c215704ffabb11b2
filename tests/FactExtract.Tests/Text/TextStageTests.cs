using FactExtract.Pipeline;
using FactExtract.Text;

namespace FactExtract.Tests.Text;

public sealed class TextStageTests
{
    [Fact]
    public void Produces_tokens_and_sentences()
    {
        var document = new Document("Mr. Smith’s plan cost £1.5bn. It failed.");
        IPipelineStage stage = new TextStage();

        stage.Process(document);

        Assert.True(document.Has(DocumentLayers.Tokens | DocumentLayers.Sentences));
        Assert.Equal(["Mr.", "Smith", "’s", "plan", "cost", "£", "1.5bn", ".", "It", "failed", "."], TextAssert.Texts(document.Text, document.Tokens));
        Assert.Equal(2, document.Sentences.Length);
        Assert.Equal(DocumentLayers.Tokens | DocumentLayers.Sentences, stage.Produces);
    }
}
