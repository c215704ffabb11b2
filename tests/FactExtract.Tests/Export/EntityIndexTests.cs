using FactExtract.Entities;
using FactExtract.Export;
using FactExtract.Ingestion;
using FactExtract.Text;

namespace FactExtract.Tests.Export;

public class EntityIndexTests
{
    private static Document Doc(string id, string? date, params (string Text, string Canonical, EntityType Type)[] mentions)
    {
        var doc = new Document(new Article(id, id + ".txt", "x").WithDateText(date));
        doc.SetEntities(mentions.Select(m => new Entity(0, 1, m.Text, m.Type, 0.9, EntitySource.Model, 0) { Canonical = m.Canonical }).ToList());
        return doc;
    }

    private static readonly Document[] Corpus =
    [
        Doc("a", "2024-05-02", ("Keir Starmer", "Keir Starmer", EntityType.Person), ("Starmer", "Keir Starmer", EntityType.Person), ("UK", "UK", EntityType.Location)),
        Doc("b", "2024-03-09T08:00:00Z", ("Sir Keir Starmer", "Keir Starmer", EntityType.Person), ("EPC", "European Political Community", EntityType.Organization)),
        Doc("c", null, ("KEIR STARMER", "KEIR STARMER", EntityType.Person), ("UK", "UK", EntityType.Location)),
        Doc("d", "2024-07-18", ("European Political Community", "European Political Community", EntityType.Organization)),
    ];

    private static IReadOnlyList<EntityIndexRow> IndexOf(IEnumerable<Document> docs)
    {
        var index = new EntityIndex();
        foreach (var d in docs) index.Add(d);
        return index.Rows();
    }

    [Fact]
    public void Row_counts_articles_mentions_aliases_and_dates()
    {
        var rows = IndexOf(Corpus);
        var starmer = Assert.Single(rows, r => r.EntityId == EntityIds.For(EntityType.Person, "Keir Starmer"));
        Assert.Equal("Keir Starmer", starmer.Canonical);
        Assert.Equal(EntityType.Person, starmer.Type);
        Assert.Equal(3, starmer.Articles);
        Assert.Equal(4, starmer.Mentions);
        Assert.Equal(["KEIR STARMER", "Keir Starmer", "Sir Keir Starmer", "Starmer"], starmer.Aliases);
        Assert.Equal(new DateOnly(2024, 3, 9), starmer.FirstDate);
        Assert.Equal(new DateOnly(2024, 5, 2), starmer.LastDate);

        var epc = Assert.Single(rows, r => r.Canonical == "European Political Community");
        Assert.Equal(["EPC", "European Political Community"], epc.Aliases);
        Assert.Equal((2, 2), (epc.Articles, epc.Mentions));
        Assert.Equal(3, rows.Count);
        Assert.Equal(rows.OrderByDescending(r => r.Mentions).ThenBy(r => r.EntityId, StringComparer.Ordinal), rows);
    }

    [Fact]
    public void Index_does_not_depend_on_article_order()
    {
        var forward = IndexOf(Corpus);
        var backward = IndexOf(Corpus.Reverse());
        Assert.Equal(Render(forward), Render(backward));
    }

    [Fact]
    public void Merged_parts_equal_the_whole()
    {
        var whole = IndexOf(Corpus);
        var merged = EntityIndex.Merge([IndexOf([Corpus[0], Corpus[3]]), IndexOf([Corpus[1], Corpus[2]])]);
        Assert.Equal(Render(whole), Render(merged));
    }

    [Fact]
    public void Undated_articles_leave_dates_empty()
    {
        var row = Assert.Single(IndexOf([Corpus[2]]), r => r.Type == EntityType.Person);
        Assert.Null(row.FirstDate);
        Assert.Null(row.LastDate);
    }

    // The index takes the article's date as ingestion read it: the same date every stage uses.
    [Theory]
    [InlineData("2024-07-18", 2024, 7, 18)]
    [InlineData("2024-07-18T10:15:00+01:00", 2024, 7, 18)]
    [InlineData("18 July 2024", 2024, 7, 18)]
    public void Article_dates_are_the_ingested_date(string text, int y, int m, int d)
    {
        var row = Assert.Single(IndexOf([Doc("a", text, ("UK", "UK", EntityType.Location))]));
        Assert.Equal((new DateOnly(y, m, d), new DateOnly(y, m, d)), (row.FirstDate, row.LastDate));
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("")]
    public void Other_date_texts_are_no_date(string text) =>
        Assert.Null(Assert.Single(IndexOf([Doc("a", text, ("UK", "UK", EntityType.Location))])).FirstDate);

    [Fact]
    public void Preferred_name_is_a_fixed_choice()
    {
        Assert.Equal("Keir Starmer", EntityIndex.PreferredName("KEIR STARMER", "Keir Starmer"));
        Assert.Equal("Keir Starmer", EntityIndex.PreferredName("Keir Starmer", "KEIR STARMER"));
        Assert.Equal(EntityIndex.PreferredName("Muller", "Mueller"), EntityIndex.PreferredName("Mueller", "Muller"));
    }

    private static string[] Render(IEnumerable<EntityIndexRow> rows) =>
        rows.Select(r => $"{r.EntityId}|{r.Canonical}|{r.Type}|{string.Join(';', r.Aliases)}|{r.Articles}|{r.Mentions}|{r.FirstDate}|{r.LastDate}").ToArray();
}
