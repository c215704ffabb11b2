using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactExtract.Export.Schemas;
using FactExtract.Ingestion;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Export;

/// <summary>
/// Writes one processed article as one JSON object on one line (JSON Lines): the article's
/// metadata and the layers of <see cref="OutputSchemas.Layers"/> kept in JSON, nested, then the decoded article text
/// (last, so the metadata stays at the front of long lines). Field order is fixed.
/// </summary>
/// <param name="includeText">
/// Writes the decoded text the offsets point into, so a reader can check <c>text[start:end]</c>
/// and the HTML report can render the article; <c>extract --no-text</c> leaves it out for size.
/// </param>
/// <param name="offsetUnit">What <c>start</c>/<c>end</c> count (<c>extract --offsets</c>); each line says it in <c>offset_unit</c>.</param>
internal sealed class ArticleJsonWriter(ResultFingerprint? fingerprint = null, bool includeText = true, OffsetUnit offsetUnit = OffsetUnit.Utf16)
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Keeps “quotes” and accented names readable; output is still valid JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes the article followed by a newline.</summary>
    public void Write(Stream stream, Document doc)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            var offsets = offsetUnit == OffsetUnit.Utf16 ? OffsetConverter.Identity : new OffsetConverter(doc.Text, offsetUnit);
            WriteArticle(json, doc, fingerprint, includeText, offsets);
        }
        stream.WriteByte((byte)'\n');
    }

    private static void WriteArticle(Utf8JsonWriter json, Document doc, ResultFingerprint? fingerprint, bool includeText, OffsetConverter offsets)
    {
        var article = doc.Article;
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("file", article.File);
        WriteOptional(json, "title", article.Title);
        WriteOptional(json, "date", DateField(article));
        // The date relative dates were resolved against, and where it came from (json, html, date line, dateline).
        if (ArticleDateFinder.Find(article) is { } articleDate)
        {
            json.WriteString("article_date", NormalFormFormat.DateText(articleDate.Day));
            json.WriteString("article_date_source", articleDate.Source.ToName());
        }
        WriteOptional(json, "url", article.Url);
        json.WriteNumber("words", doc.WordCount);
        json.WriteNumber("sentences", doc.Sentences.Length);
        // Lets a later --resume run recognise an article whose text and pipeline are unchanged.
        if (fingerprint is not null) json.WriteString("fingerprint", fingerprint.Of(article.Text));
        json.WriteString("offset_unit", offsets.Unit.ToName());

        var context = new RowContext(doc, offsets);
        foreach (var schema in OutputSchemas.Layers)
            if (schema.InJson) schema.WriteJsonArray(json, context, FlushWhenFull);

        if (includeText) WriteLongString(json, "text", article.Text);
        json.WriteEndObject();
    }

    /// <summary>
    /// The <c>date</c> field: the metadata date as the source wrote it, or the date a caller of the library
    /// gave (<c>yyyy-MM-dd</c>); null when there is neither.
    /// </summary>
    internal static string? DateField(Article article) =>
        article.DateText ?? (article.Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);

    // The writer buffers until flushed: without these, one giant article's line was held whole in
    // memory (several times its text), and a 20 MB article needed gigabytes.
    private const int FlushBytes = 1 << 16;
    private const int SegmentChars = 1 << 14;

    private static void FlushWhenFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushBytes) json.Flush();
    }

    /// <summary>Writes a string of any length in segments, flushing between them; the bytes are those of one <c>WriteString</c>.</summary>
    private static void WriteLongString(Utf8JsonWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        var rest = value.AsSpan();
        do
        {
            int n = Math.Min(SegmentChars, rest.Length);
            if (n < rest.Length && char.IsHighSurrogate(rest[n - 1])) n--; // keep a surrogate pair in one segment
            json.WriteStringValueSegment(rest[..n], isFinalSegment: n == rest.Length);
            rest = rest[n..];
            FlushWhenFull(json);
        }
        while (!rest.IsEmpty);
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
