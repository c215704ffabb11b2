using System.Text.Encodings.Web;
using System.Text.Json;
using FactExtract.Entities;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Export;

/// <summary>
/// Writes one processed article as one JSON object on one line (JSON Lines): the article's
/// metadata and its entities, quantities and facts, nested, then the decoded article text
/// (last, so the metadata stays at the front of long lines). Field order is fixed.
/// </summary>
/// <param name="includeText">
/// Writes the decoded text the offsets point into, so a reader can check <c>text[start:end]</c>
/// and the HTML report can render the article; <c>extract --no-text</c> leaves it out for size.
/// </param>
/// <param name="offsetUnit">What <c>start</c>/<c>end</c> count (<c>extract --offsets</c>); each line says it in <c>offset_unit</c>.</param>
public sealed class ArticleJsonWriter(ResultFingerprint? fingerprint = null, bool includeText = true, OffsetUnit offsetUnit = OffsetUnit.Utf16)
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
        WriteOptional(json, "date", article.Date);
        // The date relative dates were resolved against, and where it came from (json, html, date line, dateline).
        if (ArticleDateFinder.Find(article) is { } articleDate)
        {
            json.WriteString("article_date", articleDate.Iso);
            json.WriteString("article_date_source", articleDate.Source.ToName());
        }
        WriteOptional(json, "url", article.Url);
        json.WriteNumber("words", doc.WordCount);
        json.WriteNumber("sentences", doc.Sentences.Length);
        // Lets a later --resume run recognise an article whose text and pipeline are unchanged.
        if (fingerprint is not null) json.WriteString("fingerprint", fingerprint.Of(article.Text));
        json.WriteString("offset_unit", offsets.Unit.ToName());

        json.WriteStartArray("entities");
        foreach (var e in RowBuilder.SortedByOffset(RowBuilder.LayerOrEmpty(doc, DocumentLayers.Entities, d => d.Entities), e => e.Start, e => e.End))
        {
            json.WriteStartObject();
            WriteSpan(json, e.Sentence, offsets.Convert(e.Start), offsets.Convert(e.End));
            json.WriteString("text", e.Text);
            json.WriteString("type", e.Type.ToName());
            json.WriteString("canonical", e.Canonical);
            json.WritePropertyName("confidence");
            json.WriteRawValue(RowBuilder.FormatConfidence(e.Confidence), skipInputValidation: true);
            json.WriteString("source", e.Source.ToName());
            json.WriteString("entity_id", e.EntityId);
            json.WriteEndObject();
            FlushWhenFull(json);
        }
        json.WriteEndArray();

        json.WriteStartArray("quantities");
        foreach (var q in RowBuilder.SortedByOffset(RowBuilder.LayerOrEmpty(doc, DocumentLayers.Quantities, d => d.Quantities), q => q.Start, q => q.End))
        {
            json.WriteStartObject();
            WriteSpan(json, q.Sentence, offsets.Convert(q.Start), offsets.Convert(q.End));
            json.WriteString("text", q.Text);
            json.WriteString("kind", q.Kind.ToName());
            WriteNumberOrNull(json, "value", InvariantNumber.Format(q.Value));
            if (q.ValueTo is { } to) WriteNumberOrNull(json, "value_to", InvariantNumber.Format(to));
            json.WriteString("unit", q.Unit);
            json.WriteString("qualifier", q.Qualifier);
            if (q.Normalized is not null) json.WriteString("normalized", q.Normalized);
            json.WriteEndObject();
            FlushWhenFull(json);
        }
        json.WriteEndArray();

        json.WriteStartArray("facts");
        foreach (var f in RowBuilder.SortedByOffset(RowBuilder.LayerOrEmpty(doc, DocumentLayers.Facts, d => d.Facts), f => f.Start, f => f.End))
        {
            json.WriteStartObject();
            WriteSpan(json, f.Sentence, offsets.Convert(f.Start), offsets.Convert(f.End));
            json.WriteString("kind", RowBuilder.FactKindName(f));
            json.WriteString("value", f.Value);
            json.WriteString("unit", f.Unit);
            json.WriteString("qualifier", f.Qualifier);
            json.WriteString("measure", f.Measure);
            json.WriteString("subject", f.Subject);
            json.WriteStartArray("entities");
            foreach (var name in f.Entities) json.WriteStringValue(name);
            json.WriteEndArray();
            json.WriteString("time", f.Time);
            json.WriteString("change", f.Change);
            json.WriteString("sentence_text", RowBuilder.SentenceText(doc, f.Sentence));
            json.WriteEndObject();
            FlushWhenFull(json);
        }
        json.WriteEndArray();

        if (includeText) WriteLongString(json, "text", article.Text);
        json.WriteEndObject();
    }

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

    private static void WriteSpan(Utf8JsonWriter json, int sentence, int start, int end)
    {
        json.WriteNumber("sentence", sentence);
        json.WriteNumber("start", start);
        json.WriteNumber("end", end);
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, string invariantNumber)
    {
        if (invariantNumber.Length == 0) json.WriteNull(name);
        else
        {
            json.WritePropertyName(name);
            json.WriteRawValue(invariantNumber, skipInputValidation: true);
        }
    }
}
