using System.Text.Encodings.Web;
using System.Text.Json;
using FactExtract.Text;

namespace FactExtract.Export.Report;

/// <summary>
/// The articles for the one shared article page (<c>article.html</c>), written as they stream by
/// into a few data files of about <see cref="ChunkBytes"/> each (<c>data/articles-NNNN.js</c>,
/// each a call <c>FX_CHUNK(n, [...])</c> that the page loads with a script element: file://
/// pages cannot fetch JSON). A page per article made a run of a thousand articles a thousand
/// file creations, and as many deletions when the report was rebuilt; a chunk costs one.
/// <c>data/chunks.js</c> tells the page which chunk holds which article.
/// Each article is an object: its metadata, text, the placed entities and quantity pieces, the
/// page rows with their facts, and the rows that could not be placed; the page builds its DOM
/// from these with text nodes only, so nothing from the data can become markup.
/// </summary>
internal sealed class ArticleChunks(string folder) : IDisposable
{
    public const int ChunkBytes = 512 * 1024;
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] LegendTypes = ["PERSON", "LOCATION", "ORGANIZATION", "MISC"];

    private readonly List<int> _firstArticles = [];
    private FileStream? _file;
    private Utf8JsonWriter? _json;
    private int _articles;

    public static string FileName(int chunk) => $"articles-{chunk:D4}.js";

    /// <summary>Adds the article; returns how many of its rows could not be placed in its text.</summary>
    public int Add(ReportArticle article, IReadOnlyList<Sentence> sentences, double threshold)
    {
        var json = Open();
        json.WriteStartObject();
        json.WriteNumber("n", article.Index + 1);
        Str(json, "id", article.Id);
        Str(json, "file", article.File);
        Str(json, "title", article.DisplayTitle);
        Str(json, "date", article.Date);
        Str(json, "url", article.Url);
        json.WriteNumber("words", article.Words);
        WriteCounts(json, article, threshold);

        int notPlaced = 0;
        if (article.Text is { } text)
        {
            Str(json, "text", text);
            var layout = MentionLayout.For(text, article.Entities, article.Quantities);
            WriteEntities(json, layout.Placed);
            WriteQuantities(json, layout);
            WriteFacts(json, article.Facts);
            json.WriteStartArray("rows");
            foreach (var row in ArticleLayout.Rows(text, sentences, layout, article.Facts))
            {
                json.WriteStartArray();
                json.WriteNumberValue(row.Start);
                json.WriteNumberValue(row.Sentence);
                foreach (int f in row.Facts) json.WriteNumberValue(f);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteStartArray("unplaced");
            foreach (var (table, row, mention, reason) in layout.NotPlaced)
            {
                json.WriteStartArray();
                JsDataFile.String(json, table);
                json.WriteNumberValue(row);
                JsDataFile.String(json, mention);
                JsDataFile.String(json, reason);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            notPlaced = layout.NotPlaced.Count;
        }
        else
        {
            json.WriteNull("text");
            WriteEntities(json, article.Entities);
            WriteFacts(json, article.Facts);
        }
        json.WriteEndObject();
        _articles++;
        if (_json!.BytesCommitted + _json.BytesPending >= ChunkBytes) Close();
        // The writer holds what it has not flushed in one growing buffer; flushed now and then it
        // stays small instead of reaching the large-object heap (whose collections were a third of
        // the report's time).
        else if (_json.BytesPending >= JsDataFile.FlushBytes) _json.Flush();
        return notPlaced;
    }

    /// <summary>Writes <c>chunks.js</c>: the article count and the first article (1-based) of each chunk.</summary>
    public void WriteMap(string path)
    {
        Close();
        using var data = new JsDataFile(path, "FX_CHUNKS");
        data.Json.WriteNumberValue(_articles);
        data.Json.WriteStartArray();
        foreach (int first in _firstArticles) data.Json.WriteNumberValue(first);
        data.Json.WriteEndArray();
    }

    private Utf8JsonWriter Open()
    {
        if (_json is not null) return _json;
        _firstArticles.Add(_articles + 1);
        _file = new FileStream(Path.Combine(folder, FileName(_firstArticles.Count - 1)), FileMode.Create, FileAccess.Write, FileShare.None, 1);
        _file.Write(System.Text.Encoding.UTF8.GetBytes($"FX_CHUNK({_firstArticles.Count - 1},"));
        _json = new Utf8JsonWriter(_file, Options);
        _json.WriteStartArray();
        return _json;
    }

    private void Close()
    {
        if (_json is null) return;
        _json.WriteEndArray();
        _json.Flush();
        _json.Dispose();
        _file!.Write(");\n"u8);
        _file.Dispose();
        _json = null;
        _file = null;
    }

    /// <summary>Legend and heading counts: [PERSON, LOCATION, ORGANIZATION, MISC, below threshold, entities, quantities, facts].</summary>
    private static void WriteCounts(Utf8JsonWriter json, ReportArticle a, double threshold)
    {
        Span<int> types = stackalloc int[LegendTypes.Length];
        int low = 0;
        foreach (var e in a.Entities)
        {
            int t = Array.IndexOf(LegendTypes, e.Type);
            if (t >= 0) types[t]++;
            if (e.IsBelow(threshold)) low++;
        }
        json.WriteStartArray("counts");
        foreach (int c in types) json.WriteNumberValue(c);
        json.WriteNumberValue(low);
        json.WriteNumberValue(a.Entities.Count);
        json.WriteNumberValue(a.Quantities.Count);
        json.WriteNumberValue(a.Facts.Count);
        json.WriteEndArray();
    }

    /// <summary>[entities.csv row, start, end, text, type, canonical, confidence (null: unreadable), source], in text order.</summary>
    private static void WriteEntities(Utf8JsonWriter json, IReadOnlyList<EntityMention> entities)
    {
        json.WriteStartArray("entities");
        foreach (var e in entities)
        {
            json.WriteStartArray();
            json.WriteNumberValue(e.Row);
            json.WriteNumberValue(e.Start);
            json.WriteNumberValue(e.End);
            JsDataFile.String(json, e.Text);
            JsDataFile.String(json, e.Type);
            JsDataFile.String(json, e.Canonical);
            if (double.IsNaN(e.Confidence)) json.WriteNullValue();
            // The cell as written ("0.851") is already a JSON number, and cheaper than formatting the double again.
            else if (IsPlainDecimal(e.ConfidenceText)) json.WriteRawValue(e.ConfidenceText, skipInputValidation: true);
            else json.WriteNumberValue(e.Confidence);
            JsDataFile.String(json, e.Source);
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    /// <summary>Digits, a point, digits: valid as it is in JSON.</summary>
    private static bool IsPlainDecimal(string text)
    {
        int point = text.IndexOf('.');
        if (point <= 0 || point == text.Length - 1) return false;
        for (int i = 0; i < text.Length; i++)
            if (i != point && !char.IsAsciiDigit(text[i])) return false;
        return true;
    }

    /// <summary>
    /// quantities: [quantities.csv row, its description]; pieces: flat [start, end, quantity, …],
    /// the quantities cut at entity edges so the page's markup nests.
    /// </summary>
    private static void WriteQuantities(Utf8JsonWriter json, MentionLayout layout)
    {
        var pieces = layout.QuantityPieces;
        var quantityOf = new int[pieces.Count];
        json.WriteStartArray("quantities");
        for (int p = 0, count = 0; p < pieces.Count; p++)
        {
            // A quantity's pieces are consecutive.
            if (p > 0 && ReferenceEquals(pieces[p].Quantity, pieces[p - 1].Quantity)) { quantityOf[p] = count - 1; continue; }
            quantityOf[p] = count++;
            json.WriteStartArray();
            json.WriteNumberValue(pieces[p].Quantity.Row);
            JsDataFile.String(json, Describe(pieces[p].Quantity));
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteStartArray("pieces");
        for (int p = 0; p < pieces.Count; p++)
        {
            json.WriteNumberValue(pieces[p].Start);
            json.WriteNumberValue(pieces[p].End);
            json.WriteNumberValue(quantityOf[p]);
        }
        json.WriteEndArray();
    }

    /// <summary>"PERCENT around 41 %", "NUMBER 5–7", "DATE 2023 (2023)".</summary>
    private static string Describe(QuantityMark q)
    {
        var text = new System.Text.StringBuilder(q.Kind);
        if (q.Qualifier.Length > 0) text.Append(' ').Append(q.Qualifier);
        text.Append(' ').Append(q.Value);
        if (q.ValueTo.Length > 0) text.Append('–').Append(q.ValueTo);
        if (q.Unit.Length > 0) text.Append(' ').Append(q.Unit);
        if (q.Normalized.Length > 0) text.Append(" (").Append(q.Normalized).Append(')');
        return text.ToString();
    }

    /// <summary>[facts.csv row, kind, description].</summary>
    private static void WriteFacts(Utf8JsonWriter json, IReadOnlyList<FactNote> facts)
    {
        json.WriteStartArray("facts");
        foreach (var f in facts)
        {
            json.WriteStartArray();
            json.WriteNumberValue(f.Row);
            JsDataFile.String(json, f.Kind);
            JsDataFile.String(json, FactList.Describe(f));
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    private static void Str(Utf8JsonWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        JsDataFile.String(json, value);
    }

    public void Dispose()
    {
        _json?.Dispose();
        _file?.Dispose();
    }
}
