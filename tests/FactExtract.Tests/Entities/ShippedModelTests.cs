using FactExtract.Entities;
using FactExtract.Pipeline;
using FactExtract.Text;

namespace FactExtract.Tests.Entities;

/// <summary>Checks of the committed model in models/ner-en on sentences written for these tests.</summary>
public class ShippedModelTests
{
    private static readonly Lazy<(EntityModel Model, Gazetteer Gazetteer)> Shipped =
        new(() => NerModelFiles.Load(Path.Combine(TestSupport.RepositoryPaths.Root, NerModelFiles.DefaultDirectory)));

    private static IReadOnlyList<Entity> Tag(string text)
    {
        var doc = new Document(text);
        var (model, gazetteer) = Shipped.Value;
        new NlpPipeline([new TextStage(), new EntityRecognizerStage(model, gazetteer, new CanonicalNameResolver())]).Process(doc);
        foreach (var e in doc.Entities)
        {
            Assert.Equal(doc.Text[e.Start..e.End], e.Text);
            Assert.InRange(e.Confidence, 0, 1);
        }
        return doc.Entities;
    }

    private static (string, EntityType)[] Mentions(string text) => Tag(text).Select(e => (e.Text, e.Type)).ToArray();

    [Fact]
    public void PeopleAndPlace() =>
        Assert.Equal([("Angela Merkel", EntityType.Person), ("Emmanuel Macron", EntityType.Person), ("Paris", EntityType.Location)],
            Mentions("Angela Merkel met Emmanuel Macron in Paris on Tuesday."));

    [Fact]
    public void OrganisationWithSuffixAndCity()
    {
        var m = Mentions("Shares of Siemens AG rose 3 percent in Frankfurt after the company raised its forecast.");
        Assert.Contains(("Frankfurt", EntityType.Location), m);
        Assert.Contains(m, x => x.Item2 == EntityType.Organization && x.Item1.StartsWith("Siemens", StringComparison.Ordinal));
    }

    [Fact]
    public void TitleAndMultiWordOrganisation()
    {
        var m = Mentions("The European Commission said on Friday that Mr. Johnson would visit Brussels next week.");
        Assert.Contains(("European Commission", EntityType.Organization), m);
        Assert.Contains(("Brussels", EntityType.Location), m);
        Assert.Contains(m, x => x.Item2 == EntityType.Person && x.Item1.EndsWith("Johnson", StringComparison.Ordinal));
    }

    [Fact]
    public void LowerCaseSentenceHasNoEntities() =>
        Assert.Empty(Tag("the weather was fine and everyone went home early."));

    [Fact]
    public void ModelFileIsSmallEnoughToCommit()
    {
        var path = NerModelFiles.Find(AppContext.BaseDirectory);
        Assert.NotNull(path);
        Assert.True(new FileInfo(Path.Combine(path!, EntityModel.FileName)).Length < 15_000_000);
    }

    [Fact]
    public void FastScoringDecodesAsScoringEveryFeatureOnRealArticles()
    {
        // Inference adds per-word and per-value sums (WordScoreCache, FixedScoreRows); the trainer lists every
        // feature. On whole articles with the shipped gazetteer (gazetteer bits, document memory, all-caps lines,
        // entity labels before a word) both must decode the same tags with the same margins.
        var (model, gazetteer) = Shipped.Value;
        var corpus = Path.Combine(TestSupport.RepositoryPaths.Root, "corpus");
        var texts = Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)
            .Append("WORLDSOURCES, INC. SAYS PROFIT ROSE\nShares of Moody's Corporation and Wells Fargo & Company rose in New York.");
        int tokensCompared = 0, entityTags = 0;
        foreach (var text in texts)
        {
            var doc = new Document(text);
            new TextStage().Process(doc);
            var fast = new SentenceTagger(gazetteer, model.Clusters, model.Labels);
            var listed = new SentenceTagger(gazetteer, model.Clusters, model.Labels);
            var fastScorer = new ModelScorer(model);
            var listingScorer = new ListingScorer(model.Weights);
            DocumentMemory fastMemory = new(), listedMemory = new();
            foreach (var sentence in doc.Sentences)
            {
                var tokens = doc.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
                fast.Tag(doc.Text, tokens, ref fastScorer, fastMemory);
                listed.Tag(doc.Text, tokens, ref listingScorer, listedMemory);
                Assert.Equal(listed.Tags.ToArray(), fast.Tags.ToArray());
                for (int i = 0; i < tokens.Length; i++) Assert.Equal(listed.Margins[i], fast.Margins[i], 3);
                tokensCompared += tokens.Length;
                entityTags += fast.Tags.ToArray().Count(t => t != BilouTag.O);
            }
        }
        Assert.True(tokensCompared > 1000 && entityTags > 100, $"{tokensCompared} tokens, {entityTags} entity tags");
    }
}
