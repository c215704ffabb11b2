using System.Text.Json;

namespace FactExtract.Export;

/// <summary>One file of an output set as the manifest lists it.</summary>
internal sealed record ManifestEntry(string Name, long Rows, long Bytes, string Sha256);

/// <summary>
/// <c>manifest.json</c>: which files one run wrote, with their row counts, sizes and SHA-256. It
/// is renamed into place last, so it always describes a complete output set; a reader that wants
/// to be sure no file is from another run compares sizes or hashes with it. The next run reads it
/// to remove files of the previous set that it does not write itself (no stale tables).
/// </summary>
internal static class OutputManifest
{
    public const string FileName = "manifest.json";
    public const int FormatVersion = 1;

    public static void Write(Stream stream, string generator, IReadOnlyList<ManifestEntry> files)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("manifest_version", FormatVersion);
        json.WriteString("generator", generator);
        json.WriteStartArray("files");
        foreach (var f in files)
        {
            json.WriteStartObject();
            json.WriteString("name", f.Name);
            json.WriteNumber("rows", f.Rows);
            json.WriteNumber("bytes", f.Bytes);
            json.WriteString("sha256", f.Sha256);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// The plain file names a manifest in <paramref name="directory"/> lists; empty when there is
    /// none or it cannot be read (then only the known contract files count as the previous set).
    /// Names with a path separator are ignored: a manifest never points outside its folder.
    /// </summary>
    public static IReadOnlyList<string> ReadNames(string directory)
    {
        string path = Path.Combine(directory, FileName);
        try
        {
            if (!File.Exists(path)) return [];
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            if (!doc.RootElement.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array) return [];
            var names = new List<string>();
            foreach (var f in files.EnumerateArray())
                if (f.ValueKind == JsonValueKind.Object && f.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                    && n.GetString() is { Length: > 0 } name && name.IndexOfAny(['/', '\\']) < 0 && name is not ("." or ".."))
                    names.Add(name);
            return names;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return [];
        }
    }
}
