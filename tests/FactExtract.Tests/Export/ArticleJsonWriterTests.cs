using System.Text.Json;
using FactExtract.Entities;
using FactExtract.Export;
using FactExtract.Ingestion;
using FactExtract.Quantities;
using FactExtract.Tests.TestSupport;
using FactExtract.Text;

namespace FactExtract.Tests.Export;

public sealed class ArticleJsonWriterTests
{
    [Fact]
    public void Writes_one_parseable_line_per_article_with_nested_layers()
    {
        const string text = "Prices rose 17% in “Oxfordshire”.";
        var doc = new Document(new Article("x", "x.txt", text) { Title = "T" });
        new TextStage().Process(doc);
        int p = text.IndexOf("17", StringComparison.Ordinal);
        int o = text.IndexOf("Oxfordshire", StringComparison.Ordinal);
        doc.SetEntities([new Entity(o, o + 11, "Oxfordshire", EntityType.Location, 0.5, EntitySource.Gazetteer, 0)]);
        doc.SetQuantities([new Quantity(p, p + 3, "17%", QuantityKind.Percent, 17m, "%", QuantityQualifier.None, 0)]);

        using var stream = new MemoryStream();
        new ArticleJsonWriter().Write(stream, doc);
        var line = System.Text.Encoding.UTF8.GetString(stream.ToArray());

        Assert.EndsWith("}\n", line);
        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("x", root.GetProperty("id").GetString());
        Assert.Equal("T", root.GetProperty("title").GetString());
        var quantity = root.GetProperty("quantities")[0];
        Assert.Equal(17m, quantity.GetProperty("value").GetDecimal());
        Assert.Equal("PERCENT", quantity.GetProperty("kind").GetString());
        var entity = root.GetProperty("entities")[0];
        Assert.Equal("gazetteer", entity.GetProperty("source").GetString());
        Assert.Equal(text[entity.GetProperty("start").GetInt32()..entity.GetProperty("end").GetInt32()], entity.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("x.txt", null, "Headline\n\nTuesday, March 8, 2022\n\nIt rose.", "2022-03-08", "date line")]
    [InlineData("x.txt", null, "LONDON, March 3 (Reuters) - It rose.", "--03-03", "dateline")]
    [InlineData("x.jsonl", "2021-05-06", "Tuesday, March 8, 2022\n\nIt rose.", "2021-05-06", "json")]
    [InlineData("x.txt", null, "It rose.", null, null)]
    public void Records_the_article_date_and_where_it_came_from(string file, string? date, string text, string? articleDate, string? source)
    {
        var doc = new Document(new Article("x", file, text).WithDateText(date));
        new TextStage().Process(doc);

        using var stream = new MemoryStream();
        new ArticleJsonWriter().Write(stream, doc);
        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;

        Assert.Equal(articleDate, root.TryGetProperty("article_date", out var d) ? d.GetString() : null);
        Assert.Equal(source, root.TryGetProperty("article_date_source", out var s) ? s.GetString() : null);
    }

    [Theory]
    [InlineData("Tue, 08 Mar 2022 10:00:00 GMT", null, "Tue, 08 Mar 2022 10:00:00 GMT", "2022-03-08")] // metadata: written as the source said it
    [InlineData(null, "2024-07-18", "2024-07-18", "2024-07-18")] // a date given in code: written as yyyy-MM-dd
    [InlineData("someday", null, "someday", null)] // not a date: kept as text, nothing resolved against it
    public void The_date_field_is_what_the_source_wrote_and_article_date_what_was_read(string? dateText, string? given, string? dateField, string? articleDate)
    {
        var article = new Article("x", "x.json", "It rose.").WithDateText(dateText);
        if (given is not null) article = article with { Date = DateOnly.Parse(given, System.Globalization.CultureInfo.InvariantCulture) };
        var doc = new Document(article);
        new TextStage().Process(doc);

        using var stream = new MemoryStream();
        new ArticleJsonWriter().Write(stream, doc);
        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;

        Assert.Equal(dateField, root.GetProperty("date").GetString());
        Assert.Equal(articleDate, root.TryGetProperty("article_date", out var d) ? d.GetString() : null);
        var read = ArticleJsonReader.Read(stream.ToArray()).Article;
        Assert.Equal(articleDate, read.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); // read back once, as ingestion reads it
    }

    [Fact]
    public void Carries_the_decoded_text_so_every_span_can_be_checked_against_it()
    {
        // Astral characters, markup-like text and a line break: the text must round-trip exactly.
        const string text = "Emoji 🇬🇧 <b>first</b> &amp;\nthen Oxfordshire.";
        var doc = new Document(new Article("x", "x.txt", text));
        new TextStage().Process(doc);
        int o = text.IndexOf("Oxfordshire", StringComparison.Ordinal);
        doc.SetEntities([new Entity(o, o + 11, "Oxfordshire", EntityType.Location, 0.5, EntitySource.Model, 0)]);

        using var stream = new MemoryStream();
        new ArticleJsonWriter().Write(stream, doc);
        var line = stream.ToArray();

        var read = ArticleJsonReader.Read(line);
        Assert.Equal(text, read.Text);
        var e = Assert.Single(read.Entities);
        Assert.Equal(e.Text, read.Text[e.Start..e.End]);
    }

    [Fact]
    public void Leaves_the_text_out_when_asked()
    {
        var doc = new Document(new Article("x", "x.txt", "Some text."));
        new TextStage().Process(doc);
        using var stream = new MemoryStream();
        new ArticleJsonWriter(includeText: false).Write(stream, doc);

        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.False(json.RootElement.TryGetProperty("text", out _));
        Assert.Equal("", ArticleJsonReader.Read(stream.ToArray()).Text);
    }

    [Fact]
    public void Restored_facts_refer_to_the_restored_quantities_dates_and_entities()
    {
        var text = File.ReadAllText(RepositoryPaths.SeedArticle);
        var doc = FactExtractor.Load().Extract(text, new DateOnly(2024, 7, 18));
        using var stream = new MemoryStream();
        new ArticleJsonWriter().Write(stream, doc);

        var read = ArticleJsonReader.Read(stream.ToArray());

        Assert.Equal(doc.Facts.Count, read.Facts.Count);
        Assert.Contains(read.Facts, f => f.Time?.Date is not null);
        Assert.Contains(read.Facts, f => f.Time?.Day == new DateOnly(2024, 7, 18)); // quotes and roles: the article's date
        foreach (var (made, restored) in doc.Facts.Zip(read.Facts))
        {
            Assert.Equal(made with { Quantity = null, SubjectEntity = null, Entities = [], Time = null },
                restored with { Quantity = null, SubjectEntity = null, Entities = [], Time = null });
            // The same records by value, and the restored document's own records by reference.
            Assert.Equal(Kept(made.Quantity), restored.Quantity);
            if (restored.Quantity is { } q) Assert.Contains(read.Quantities, r => ReferenceEquals(r, q));
            Assert.Equal(made.Time?.Day, restored.Time?.Day);
            Assert.Equal(Kept(made.Time?.Date), restored.Time?.Date);
            if (restored.Time?.Date is { } date) Assert.Contains(read.Quantities, r => ReferenceEquals(r, date));
            // (Confidences are kept to three decimals in JSON: compare the mentions by span and name.)
            Assert.Equal(made.Entities.Select(e => (e.Start, e.End, e.Canonical)), restored.Entities.Select(e => (e.Start, e.End, e.Canonical)));
            Assert.All(restored.Entities, e => Assert.Contains(read.Entities, r => ReferenceEquals(r, e)));
            Assert.Equal(made.SubjectEntity?.Canonical, restored.SubjectEntity?.Canonical);
        }
    }

    /// <summary>A quantity as articles.jsonl keeps it (without the qualifier's offset).</summary>
    private static Quantity? Kept(Quantity? q) => q is null ? null : q with { QualifierStart = -1 };
}
