namespace FactExtract.Tests;

/// <summary>
/// The library's public surface is the entry point and the typed results (README, "What is API"):
/// a type made public by accident, or an API type made internal, fails here and is decided on purpose.
/// </summary>
public class PublicApiTests
{
    private static readonly string[] Expected =
    [
        "FactExtract.Entities.Entity",
        "FactExtract.Entities.EntitySource",
        "FactExtract.Entities.EntityType",
        "FactExtract.Entities.EntityTypeNames",
        "FactExtract.Entities.GazetteerFileException",
        "FactExtract.Entities.ModelLoadException",
        "FactExtract.EntityLayer",
        "FactExtract.FactExtractor",
        "FactExtract.FactLayer",
        "FactExtract.Facts.ChangeDirection",
        "FactExtract.Facts.ChangeDirectionNames",
        "FactExtract.Facts.Fact",
        "FactExtract.Facts.FactKind",
        "FactExtract.Facts.FactKindNames",
        "FactExtract.Facts.FactTime",
        "FactExtract.Ingestion.Article",
        "FactExtract.Ingestion.IngestError",
        "FactExtract.Quantities.DatePrecision",
        "FactExtract.Quantities.DurationUnit",
        "FactExtract.Quantities.IsoDuration",
        "FactExtract.Quantities.Measurement",
        "FactExtract.Quantities.PartialDate",
        "FactExtract.Quantities.Quantity",
        "FactExtract.Quantities.QuantityKind",
        "FactExtract.Quantities.QuantityKindNames",
        "FactExtract.Quantities.QuantityQualifier",
        "FactExtract.Quantities.QuantityQualifierNames",
        "FactExtract.QuantityLayer",
        "FactExtract.Text.Document",
        "FactExtract.Text.DocumentLayers",
        "FactExtract.Text.LayerKey",
        "FactExtract.Text.LayerKey`1",
        "FactExtract.Text.Sentence",
        "FactExtract.Text.TextLayers",
        "FactExtract.Text.TextSpan",
        "FactExtract.Text.Token",
        "FactExtract.Text.TokenKind",
    ];

    [Fact]
    public void Only_the_entry_point_and_the_typed_results_are_public()
    {
        var exported = typeof(FactExtractor).Assembly.GetExportedTypes()
            .Where(t => !t.Name.StartsWith('<')) // the compiler's containers of C# 14 extension blocks
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal);
        Assert.Equal(Expected.Order(StringComparer.Ordinal), exported);
    }
}
