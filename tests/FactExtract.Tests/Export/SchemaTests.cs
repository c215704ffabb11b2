using System.Globalization;
using System.Text;
using CsvHelper;
using FactExtract.Entities;
using FactExtract.Export;
using FactExtract.Export.Schemas;
using FactExtract.Facts;
using FactExtract.Ingestion;
using FactExtract.Quantities;
using FactExtract.Tests.Facts;
using FactExtract.Tests.TestSupport;
using FactExtract.Text;

namespace FactExtract.Tests.Export;

public sealed class SchemaTests
{
    private static Document Extracted() => TestPipeline.Shipped.Extract(File.ReadAllText(RepositoryPaths.SeedArticle));

    private static string Json(Document doc)
    {
        using var stream = new MemoryStream();
        new ArticleJsonWriter().Write(stream, doc);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static List<string[]> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i)!).ToArray());
        return rows;
    }

    [Fact]
    public void Every_layer_schema_writes_one_csv_file_whose_header_is_its_columns()
    {
        var doc = Extracted();
        var dir = Directory.CreateTempSubdirectory("factextract-schema-");
        try
        {
            using (var set = new OutputSet(dir.FullName, OutputFormats.All)) { set.Write(doc); set.Commit(); }

            foreach (var schema in OutputSchemas.Layers)
            {
                var rows = ReadCsv(Path.Combine(dir.FullName, schema.CsvFile));
                Assert.Equal(schema.Count(doc) + 1, rows.Count);
                Assert.True(rows[0].Length >= 5, schema.Name);
                Assert.Equal(["article_id", "file"], rows[0][..2]);
            }
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void Sentences_csv_has_one_row_per_sentence_whose_text_is_the_article_span()
    {
        var doc = Extracted();
        var dir = Directory.CreateTempSubdirectory("factextract-schema-");
        try
        {
            using (var set = new OutputSet(dir.FullName, OutputFormats.Csv)) { set.Write(doc); set.Commit(); }

            var rows = ReadCsv(Path.Combine(dir.FullName, "sentences.csv"));
            Assert.Equal(["article_id", "file", "index", "start", "end", "text"], rows[0]);
            Assert.Equal(doc.Sentences.Length, rows.Count - 1);
            for (int i = 1; i < rows.Count; i++)
            {
                Assert.Equal((i - 1).ToString(CultureInfo.InvariantCulture), rows[i][2]);
                int start = int.Parse(rows[i][3], CultureInfo.InvariantCulture), end = int.Parse(rows[i][4], CultureInfo.InvariantCulture);
                Assert.Equal(doc.Text[start..end], rows[i][5]);
            }
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void Json_rows_read_back_into_the_same_typed_layers()
    {
        var doc = Extracted();
        Assert.NotEmpty(doc.Facts);
        var line = Encoding.UTF8.GetBytes(Json(doc));

        var restored = new Document(doc.Article);
        new TextStage().Process(restored);
        ArticleJsonReader.Restore(line, restored);

        Assert.Equal(Json(doc), Json(restored));
        Assert.Equal(doc.Quantities.Select(q => (q.Value, q.ValueTo, q.Kind)), restored.Quantities.Select(q => (q.Value, q.ValueTo, q.Kind)));
    }

    [Fact]
    public void Columns_keep_values_typed_until_a_format_writes_them()
    {
        var q = new Quantity(0, 3, "17%", QuantityKind.Percent, 17.50m, "%", QuantityQualifier.None, 0) { ValueTo = 20m };
        var value = QuantitySchema.Schema.Table.Column<decimal?>("value");
        var kind = QuantitySchema.Schema.Table.Column<QuantityKind>("kind");

        Assert.Equal(17.50m, value.Get(RowContext.For(null), q));
        Assert.Equal(typeof(decimal?), value.ValueType);
        Assert.Equal("17.5", value.Csv(RowContext.For(null), q));
        Assert.Equal(QuantityKind.Percent, kind.Get(RowContext.For(null), q));
        Assert.Equal("PERCENT", kind.Csv(RowContext.For(null), q));
        Assert.Throws<KeyNotFoundException>(() => QuantitySchema.Schema.Table.Column<string>("value"));
    }

    [Fact]
    public void Spreadsheet_formulas_are_escaped_only_in_free_text_columns()
    {
        var date = new Quantity(0, 2, "-1", QuantityKind.Date, -1, "", QuantityQualifier.None, 0);
        var f = new Fact(0, 1, FactKind.Quote, 0) { Text = "=cmd()", Time = FactTime.Of(date) };
        Assert.Equal("'=cmd()", FactSchema.Schema.Table.Column<string>("value").Csv(RowContext.For(null), f));
        Assert.Equal("-1", FactSchema.Schema.Table.Column<string>("time").Csv(RowContext.For(null), f));
    }
}

public sealed class DocumentLayerTests
{
    private sealed record Note(string Text);

    // A layer defined outside Text: Document needs no change to hold it.
    private static readonly LayerKey<IReadOnlyList<Note>> Notes = new("Notes");

    [Fact]
    public void A_new_layer_key_holds_a_typed_layer_without_changing_the_document()
    {
        var doc = new Document("Some text.");
        Assert.False(doc.Has(Notes));
        Assert.False(doc.TryGet(Notes, out _));

        doc.Set(Notes, [new Note("a")]);

        Assert.True(doc.Has(Notes | DocumentLayers.Text));
        Assert.Equal("a", Assert.Single(doc.Get(Notes)).Text);
    }

    [Fact]
    public void A_layer_is_set_once_and_a_missing_one_is_named()
    {
        var doc = new Document("Some text.");
        doc.Set(Notes, []);
        var twice = Assert.Throws<InvalidOperationException>(() => doc.Set(Notes, []));
        Assert.Contains("Notes", twice.Message);

        var missing = Assert.Throws<InvalidOperationException>(() => doc.Entities);
        Assert.Contains("Entities", missing.Message);
    }

    [Fact]
    public void Layer_sets_name_their_layers()
    {
        Assert.Equal("None", DocumentLayers.None.ToString());
        var set = DocumentLayers.Entities | DocumentLayers.Quantities;
        Assert.Contains("Entities", set.ToString());
        Assert.Contains("Quantities", set.ToString());
        Assert.True(set.Contains(DocumentLayers.Entities));
        Assert.False(set.Contains(DocumentLayers.Facts));
    }
}
