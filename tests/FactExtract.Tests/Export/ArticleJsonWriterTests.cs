using System.Text.Json;
using FactExtract.Entities;
using FactExtract.Export;
using FactExtract.Ingestion;
using FactExtract.Quantities;
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
        doc.SetQuantities([new Quantity(p, p + 3, "17%", QuantityKind.Percent, 17m, "%", "", 0)]);

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
}
