using System.Text.Json;

namespace FactExtract.Ingestion;

/// <summary>
/// Turns JSON records ({"text": …, "id"?, "title"?, "date"?, "url"?}) into articles. A bad record
/// is one Failed item located as "file:line" (JSON Lines) or "file#n" (n-th element of a JSON
/// array, 1-based); the other records are unaffected. Article ids: the record's "id" (string or
/// number) when present, else "&lt;base&gt;#&lt;line or element&gt;" where base is the file's id.
/// </summary>
internal sealed class JsonArticleParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>A whole .json file: one object, or an array of objects.</summary>
    public IEnumerable<IngestItem> ParseDocument(string json, string file, string idBase)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            return [IngestItem.Failed(file, IngestReasons.InvalidJson(e.Message))];
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array) return [FromObject(root, file, idBase, file)];
            // A data file (an array of numbers, of strings) is one error, not one per element.
            if (!root.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object))
                return [IngestItem.Failed(file, IngestReasons.NoArticleObjects)];
            var items = new List<IngestItem>(root.GetArrayLength());
            int n = 0;
            foreach (var element in root.EnumerateArray())
            {
                n++;
                items.Add(FromObject(element, file, $"{idBase}#{n}", $"{file}#{n}"));
            }
            return items;
        }
    }

    /// <summary>JSON Lines, streamed: each article is yielded as soon as its line is read.</summary>
    public IEnumerable<IngestItem> ParseLines(BoundedLineReader lines, string file, string idBase, long maxChars, CancellationToken cancellationToken)
    {
        bool anyRecord = false;
        while (lines.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string location = $"{file}:{line.Number}";
            if (line.TooLong)
            {
                anyRecord = true;
                yield return IngestItem.Failed(location, IngestReasons.LineTooLong(maxChars));
                continue;
            }
            if (string.IsNullOrWhiteSpace(line.Text)) continue;
            anyRecord = true;
            yield return ParseLine(line.Text, file, $"{idBase}#{line.Number}", location);
        }
        if (!anyRecord) yield return IngestItem.Failed(file, IngestReasons.Empty);
    }

    public IngestItem ParseLine(string json, string file, string defaultId, string location)
    {
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return FromObject(document.RootElement, file, defaultId, location);
        }
        catch (JsonException e)
        {
            return IngestItem.Failed(location, IngestReasons.InvalidJson(e.Message));
        }
    }

    private static IngestItem FromObject(JsonElement element, string file, string defaultId, string location)
    {
        if (element.ValueKind != JsonValueKind.Object) return IngestItem.Failed(location, IngestReasons.NotAnObject);
        if (!element.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            return IngestItem.Failed(location, IngestReasons.MissingText);
        string text = JsonStrings.Get(textElement);
        if (string.IsNullOrWhiteSpace(text)) return IngestItem.Failed(location, IngestReasons.EmptyText);

        string id = element.TryGetProperty("id", out var idElement) && idElement.ValueKind switch
        {
            JsonValueKind.String => idElement.GetRawText().Length > 2, // more than the two quotes
            JsonValueKind.Number => true,
            _ => false,
        }
            ? (idElement.ValueKind == JsonValueKind.String ? JsonStrings.Get(idElement) : idElement.GetRawText())
            : defaultId;

        return IngestItem.Ok(new Article(id, file, text)
        {
            Title = OptionalString(element, "title"),
            Url = OptionalString(element, "url"),
        }.WithDateText(OptionalString(element, "date")));
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? JsonStrings.Get(value) : null;
}
