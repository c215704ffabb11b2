using FactExtract.Entities;
using FactExtract.Pipeline;
using FactExtract.Tests.Training;
using FactExtract.Text;

namespace FactExtract.Tests.Entities;

public class EntityRecognizerStageTests
{
    private static Document Run(EntityModel model, Gazetteer gazetteer, string text)
    {
        var doc = new Document(text);
        new NlpPipeline([new TextStage(), new EntityRecognizerStage(model, gazetteer, new CanonicalNameResolver())]).Process(doc);
        return doc;
    }

    [Fact]
    public void DeclaresItsLayers()
    {
        var stage = new EntityRecognizerStage(TinyCorpus.Train(), Gazetteer.Empty, new CanonicalNameResolver());
        Assert.Equal(DocumentLayers.Tokens | DocumentLayers.Sentences, stage.Requires);
        Assert.Equal(DocumentLayers.Entities, stage.Produces);
    }

    [Fact]
    public void MentionsKeepOffsetsConfidenceAndSentence()
    {
        var doc = Run(TinyCorpus.Train(), Gazetteer.Empty, "Zandor Quill visited Velmora. Then Mira Tosk left Ostrava.");
        var entities = doc.Entities;
        Assert.Equal(["Zandor Quill", "Velmora", "Mira Tosk", "Ostrava"], entities.Select(e => e.Text));
        Assert.Equal([EntityType.Person, EntityType.Location, EntityType.Person, EntityType.Location], entities.Select(e => e.Type));
        Assert.Equal([0, 0, 1, 1], entities.Select(e => e.Sentence));
        foreach (var e in entities)
        {
            Assert.Equal(doc.Text[e.Start..e.End], e.Text);
            Assert.InRange(e.Confidence, 0, 1);
            Assert.Equal(EntitySource.Model, e.Source);
        }
    }

    [Fact]
    public void UserGazetteerNamesAreTaggedWithGazetteerSource()
    {
        var user = Gazetteer.Build([(GazetteerKind.Organization, "Blue Heron Works")]);
        var doc = Run(TinyCorpus.Train(), user, "Mira Tosk joined Blue Heron Works last year.");
        var org = Assert.Single(doc.Entities, e => e.Type == EntityType.Organization);
        Assert.Equal("Blue Heron Works", org.Text);
        Assert.Equal(EntitySource.Gazetteer, org.Source);
    }

    [Fact]
    public void PossessiveIsNeverPartOfAMention()
    {
        // Whether the tokenizer splits "'s" off or keeps "Quill's" whole, the mention stops before it.
        var doc = Run(TinyCorpus.Train(), Gazetteer.Empty, "Zandor Quill's plan worried Mira Tosk\u2019s friends.");
        Assert.Contains(doc.Entities, e => e.Text == "Zandor Quill");
        Assert.Contains(doc.Entities, e => e.Text == "Mira Tosk");
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains('\'') || e.Text.Contains('\u2019'));
    }

    [Fact]
    public void OneStageServesManyThreadsWithTheSameResults()
    {
        var stage = new EntityRecognizerStage(TinyCorpus.Train(), Gazetteer.Empty, new CanonicalNameResolver());
        var texts = Enumerable.Range(0, 64).Select(i => i % 2 == 0
            ? $"Zandor Quill visited Velmora {i} times. The Krell Institute hired Mira Tosk."
            : $"Mira Tosk left Ostrava on day {i}.").ToArray();
        IReadOnlyList<Entity> Process(string text)
        {
            var doc = new Document(text);
            new TextStage().Process(doc);
            stage.Process(doc);
            return doc.Entities;
        }
        var sequential = texts.Select(Process).ToArray();
        var parallel = new IReadOnlyList<Entity>[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Process(texts[i]));
        for (int i = 0; i < texts.Length; i++) Assert.Equal(sequential[i], parallel[i]);
        Assert.All(sequential, e => Assert.NotEmpty(e));
    }
}
