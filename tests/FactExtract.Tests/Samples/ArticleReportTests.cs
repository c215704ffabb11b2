using FactExtract.Sample;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Samples;

public class ArticleReportTests
{
    [Fact]
    public void Sample_prints_entities_and_facts_of_the_supplied_article()
    {
        var extractor = FactExtractor.Load();
        var document = extractor.Extract(File.ReadAllText(RepositoryPaths.SeedArticle));
        var output = new StringWriter();
        ArticleReport.Print(document, output);
        var text = output.ToString();

        Assert.Contains($"Entities ({document.Entities.Count}):", text);
        Assert.Contains($"Facts ({document.Facts.Count}):", text);
        Assert.True(document.Entities.Count > 0 && document.Facts.Count > 0);
        Assert.Matches(@"Person +Keir Starmer -> Keir Starmer", text);
        Assert.Matches(@"Number more than 380000 +people", text);
    }
}
