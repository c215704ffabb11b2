using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactExtract.Export;
using FactExtract.Ingestion;
using FactExtract.Text;

namespace FactExtract.Tests.Export;

/// <summary>A giant article is written and fingerprinted in slices; the bytes must be those of the one-piece forms.</summary>
public sealed class LongArticleWritingTests
{
    /// <summary>Text with escapes, non-ASCII and surrogate pairs, one straddling every slice boundary tried.</summary>
    private static string LongText()
    {
        var sb = new StringBuilder();
        var random = new Random(3);
        var pieces = new[] { "plain words ", "“curly” ", "\"straight\" ", "back\\slash ", "tab\there ", "line\nend ", "café ", "\U0001F600", "<b>&amp;</b> ", "\u2028" };
        while (sb.Length < 70_000) sb.Append(pieces[random.Next(pieces.Length)]);
        foreach (int boundary in new[] { 4096, 8192, 16384, 32768, 65536 })
            sb.Insert(boundary - 1, "\U0001F601");
        return sb.ToString();
    }

    [Fact]
    public void The_text_field_is_byte_identical_to_one_WriteString()
    {
        var text = LongText();
        var doc = new Document(new Article("x", "x.txt", text));
        new TextStage().Process(doc);
        using var stream = new MemoryStream();
        new ArticleJsonWriter().Write(stream, doc);
        var line = stream.ToArray();

        using var expected = new MemoryStream();
        using (var json = new Utf8JsonWriter(expected, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("text", text);
            json.WriteEndObject();
        }
        var field = expected.ToArray()[1..^1]; // "text":"…"
        Assert.True(line.AsSpan().EndsWith([.. field, (byte)'}', (byte)'\n']));
        using var parsed = JsonDocument.Parse(line);
        Assert.Equal(text, parsed.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void The_fingerprint_is_the_hash_of_the_whole_text()
    {
        var text = LongText();
        var fingerprint = new ResultFingerprint("pipeline-1");
        var whole = SHA256.HashData([.. Encoding.UTF8.GetBytes("pipeline-1\0"), .. Encoding.UTF8.GetBytes(text)]);
        Assert.Equal(Convert.ToHexStringLower(whole.AsSpan(0, 16)), fingerprint.Of(text));
        Assert.NotEqual(fingerprint.Of(text), fingerprint.Of(text + " "));
    }
}
