using System.Globalization;
using CsvHelper;
using FactExtract.Entities;
using FactExtract.Export;
using FactExtract.Facts;
using FactExtract.Ingestion;
using FactExtract.Quantities;
using FactExtract.Tests.TestSupport;
using FactExtract.Text;

namespace FactExtract.Tests.Export;

public sealed class OutputSetTests
{
    private const string Text = "=Sum, he said: \"More than 380,000 people\" came.\nNext line, in Paris.";

    private static Document MakeDocument()
    {
        var doc = new Document(new Article("a1", "in/a1.txt", Text) .WithDateText("2023-05-01"));
        new TextStage().Process(doc);
        int paris = Text.IndexOf("Paris", StringComparison.Ordinal);
        int number = Text.IndexOf("380,000", StringComparison.Ordinal);
        var place = new Entity(paris, paris + 5, "Paris", EntityType.Location, 0.9876, EntitySource.Model, doc.SentenceIndexAt(paris));
        var quantity = new Quantity(number, number + 7, "380,000", QuantityKind.Number, 380000.00m, "", QuantityQualifier.MoreThan, doc.SentenceIndexAt(number));
        doc.SetEntities([place]);
        doc.SetQuantities([quantity]);
        doc.SetFacts([new Fact(number, number + 7, FactKind.Quantity, doc.SentenceIndexAt(number))
        {
            Quantity = quantity, Measure = "people", Subject = "=cmd",
            Entities = [place, place with { Text = "EU", Canonical = "EU" }], Time = FactTime.On(new DateOnly(2023, 5, 1)),
        }]);
        return doc;
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
    public void Writes_every_contract_file_with_columns_in_contract_order()
    {
        using var dir = new TempDirectory();
        using (var output = new OutputSet(dir.Path, OutputFormats.All))
        {
            output.Write(MakeDocument());
            output.Commit();
        }

        Assert.Equal(["article_id", "file", "sentence", "start", "end", "text", "type", "canonical", "confidence", "source", "entity_id"],
            ReadCsv(dir.Combine("entities.csv"))[0]);
        Assert.Equal(["article_id", "file", "sentence", "start", "end", "text", "kind", "value", "unit", "qualifier"],
            ReadCsv(dir.Combine("quantities.csv"))[0].Take(10));
        Assert.Equal(["article_id", "file", "sentence", "start", "end", "kind", "value", "unit", "qualifier", "measure", "subject", "entities", "time", "change", "sentence_text"],
            ReadCsv(dir.Combine("facts.csv"))[0]);
        Assert.Equal(["file", "reason"], ReadCsv(dir.Combine("errors.csv"))[0]);
        Assert.Single(File.ReadAllLines(dir.Combine("articles.jsonl")));
    }

    [Fact]
    public void Rows_carry_exact_offsets_invariant_values_and_upper_case_kinds()
    {
        using var dir = new TempDirectory();
        using (var output = new OutputSet(dir.Path, OutputFormats.Csv))
        {
            output.Write(MakeDocument());
            output.Commit();
        }

        var entity = ReadCsv(dir.Combine("entities.csv"))[1];
        Assert.Equal("Paris", Text[int.Parse(entity[3])..int.Parse(entity[4])]);
        Assert.Equal(["LOCATION", "Paris", "0.988", "model"], entity[6..10]);

        var quantity = ReadCsv(dir.Combine("quantities.csv"))[1];
        Assert.Equal(["380,000", "NUMBER", "380000", "", "more than"], quantity[5..10]);

        var fact = ReadCsv(dir.Combine("facts.csv"))[1];
        Assert.Equal("NUMBER", fact[5]);
        Assert.Equal("'=cmd", fact[10]); // formula injection neutralised
        Assert.Equal("Paris;EU", fact[11]);
        Assert.Equal("'=Sum, he said: \"More than 380,000 people\" came.", fact[14]); // one line, escaped
    }

    [Fact]
    public void Disposing_without_commit_leaves_previous_output_untouched()
    {
        using var dir = new TempDirectory();
        var previous = dir.WriteFile("entities.csv", "previous run\n");
        using (var output = new OutputSet(dir.Path, OutputFormats.All))
        {
            output.Write(MakeDocument());
            // no Commit: as if the run was interrupted
        }
        Assert.Equal("previous run\n", File.ReadAllText(previous));
        Assert.False(File.Exists(dir.Combine("facts.csv")));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
    }

    [Fact]
    public void Errors_are_listed_with_file_and_reason()
    {
        using var dir = new TempDirectory();
        using (var output = new OutputSet(dir.Path, OutputFormats.Csv))
        {
            output.WriteError(new IngestError("bad, \"file\".bin", "binary file"));
            output.Commit();
        }
        var rows = ReadCsv(dir.Combine("errors.csv"));
        Assert.Equal(["bad, \"file\".bin", "binary file"], rows[1]);
    }

    [Fact]
    public void A_document_without_some_layers_still_exports_with_no_rows_for_them()
    {
        using var dir = new TempDirectory();
        var doc = new Document(new Article("a", "a.txt", "Just words here."));
        new TextStage().Process(doc);
        using (var output = new OutputSet(dir.Path, OutputFormats.All))
        {
            output.Write(doc);
            output.Commit();
        }
        Assert.Single(ReadCsv(dir.Combine("entities.csv")));
        Assert.Contains("\"entities\":[]", File.ReadAllText(dir.Combine("articles.jsonl")));
    }

    [Theory]
    [InlineData(380000.00, "380000")]
    [InlineData(2.50, "2.5")]
    [InlineData(1500000000, "1500000000")]
    [InlineData(-3.5, "-3.5")]
    [InlineData(0.000001, "0.000001")]
    public void Values_are_invariant_without_trailing_zeros(double value, string expected) =>
        Assert.Equal(expected, InvariantNumber.Format((decimal)value));
}
