using System.Text.Json;
using FactExtract.Export.Schemas;
using FactExtract.Ingestion;
using FactExtract.Text;

namespace FactExtract.Export;

/// <summary>
/// Reads back one line written by <see cref="ArticleJsonWriter"/>: every layer the schemas keep
/// in JSON, so an unchanged article can reuse its previous results (<c>extract --resume</c>).
/// </summary>
internal static class ArticleJsonReader
{
    /// <summary>
    /// The article of the line with its layers. Its text is the decoded article text, or empty
    /// when the run used <c>--no-text</c> (the offsets then point into the original input).
    /// </summary>
    public static Document Read(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        using var json = JsonDocument.ParseValue(ref reader);
        var root = json.RootElement;
        var article = new Article(Str(root, "id") ?? "", Str(root, "file") ?? "", Str(root, "text") ?? "")
        {
            Title = Str(root, "title"),
            Url = Str(root, "url"),
        }.WithDateText(Str(root, "date"));
        var document = new Document(article);
        RestoreLayers(root, document);
        return document;
    }

    /// <summary>Sets on <paramref name="document"/> every layer the line carries, or none when the line is damaged (then it throws).</summary>
    public static void Restore(ReadOnlySpan<byte> line, Document document)
    {
        var reader = new Utf8JsonReader(line);
        using var json = JsonDocument.ParseValue(ref reader);
        RestoreLayers(json.RootElement, document);
    }

    /// <summary>Reads every layer first, then sets them: a damaged line leaves the document untouched.</summary>
    private static void RestoreLayers(JsonElement root, Document document)
    {
        var setters = OutputSchemas.Layers.Select(schema => schema.Read(root)).OfType<Action<Document>>().ToList();
        foreach (var set in setters) set(document);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
