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
}
