using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactExtract.Export.Report;

/// <summary>
/// Writes a table's rows as a JavaScript file (<c>window.NAME = [[…], …];</c>) that a page loads
/// with a plain script tag, which works from file:// where fetching JSON does not. Strings are
/// JSON-encoded, so no row can break out of its string.
/// </summary>
internal sealed class JsDataFile : IDisposable
{
    /// <summary>Pending output is flushed to the file from this size on, so the writer's buffer stays off the large-object heap.</summary>
    public const int FlushBytes = 32 * 1024;
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly FileStream _file;
    private bool _closed;

    public JsDataFile(string path, string variable)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1);
        _file.Write(Encoding.UTF8.GetBytes($"window.{variable} = "));
        Json = new Utf8JsonWriter(_file, Options);
        Json.WriteStartArray();
    }

    /// <summary>The writer, inside the file's outer array.</summary>
    public Utf8JsonWriter Json { get; }

    public Utf8JsonWriter BeginRow()
    {
        Json.WriteStartArray();
        return Json;
    }

    public void EndRow()
    {
        Json.WriteEndArray();
        if (Json.BytesPending >= FlushBytes) Json.Flush();
    }

    public static void String(Utf8JsonWriter json, string? value)
    {
        if (value is null) json.WriteNullValue();
        else json.WriteStringValue(Html.WellFormed(value));
    }

    public void Dispose()
    {
        if (_closed) return;
        _closed = true;
        Json.WriteEndArray();
        Json.Flush();
        Json.Dispose();
        _file.Write(";\n"u8);
        _file.Dispose();
    }
}
