using System.Text.Json;

namespace FactExtract.Export.Report;

/// <summary>What the report takes from one line of articles.jsonl (the rows come from the CSVs).</summary>
internal sealed record ArticleLine(string Id, string File, string? Title, string? Date, string? Url, int Words, string? Text);

/// <summary>
/// Reads articles.jsonl line by line straight from its UTF-8 bytes, taking only the fields the
/// report shows and skipping the rest (the layers it also carries) without building them: the
/// file is as large as the run, and a DOM per line cost more than the report itself.
/// </summary>
internal sealed class ArticleLineReader(string path) : IDisposable
{
    private readonly FileStream _file = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
    private byte[] _buffer = new byte[1 << 16];
    private int _start, _end;
    private bool _atEnd;
    private int _lineNumber;

    /// <summary>The next non-blank line, or null at the end of the file.</summary>
    public ArticleLine? Next()
    {
        while (NextLine(out var line))
        {
            _lineNumber++;
            if (_lineNumber == 1 && line.StartsWith("\xEF\xBB\xBF"u8)) line = line[3..];
            if (line.Trim(" \t\r"u8).IsEmpty) continue;
            return Parse(line);
        }
        return null;
    }

    private bool NextLine(out ReadOnlySpan<byte> line)
    {
        int searched = _start;
        while (true)
        {
            int newline = _buffer.AsSpan(searched, _end - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = _buffer.AsSpan(_start, searched + newline - _start);
                _start = searched + newline + 1;
                return true;
            }
            if (_atEnd)
            {
                line = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                return !line.IsEmpty;
            }
            searched = _end;
            ReadMore(ref searched);
        }
    }

    /// <summary>Moves the unread bytes to the front (growing the buffer for a long line) and reads more.</summary>
    private void ReadMore(ref int searched)
    {
        int unread = _end - _start;
        if (unread * 2 > _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
        searched -= _start;
        _start = 0;
        _end = unread;
        int read = _file.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _atEnd = true;
        _end += read;
    }

    private ArticleLine Parse(ReadOnlySpan<byte> line)
    {
        string id = "", file = "";
        string? title = null, date = null, url = null, text = null, unit = null;
        int words = 0;
        try
        {
            var json = new Utf8JsonReader(line);
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject) throw new JsonException("not an object");
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                if (json.ValueTextEquals("id"u8)) id = String(ref json) ?? "";
                else if (json.ValueTextEquals("file"u8)) file = String(ref json) ?? "";
                else if (json.ValueTextEquals("title"u8)) title = String(ref json);
                else if (json.ValueTextEquals("date"u8)) date = String(ref json);
                else if (json.ValueTextEquals("url"u8)) url = String(ref json);
                else if (json.ValueTextEquals("text"u8)) text = String(ref json);
                else if (json.ValueTextEquals("offset_unit"u8)) unit = String(ref json);
                else if (json.ValueTextEquals("words"u8))
                {
                    json.Read();
                    if (json.TokenType == JsonTokenType.Number && json.TryGetInt32(out int w)) words = w;
                }
                else json.Skip();
            }
            if (json.TokenType != JsonTokenType.EndObject) throw new JsonException("the object does not end");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{OutputSet.ArticlesFile} line {_lineNumber} is not a JSON object: {ex.Message}");
        }
        // Highlights are placed by .NET string (UTF-16) offsets; other units would land wrongly.
        if (unit is not null && unit != "utf16")
            throw new InvalidDataException($"{OutputSet.ArticlesFile} counts offsets in {unit}: the report needs a run made with the default --offsets utf16");
        return new ArticleLine(id, file, title, date, url, words, text);
    }

    /// <summary>Reads the property's value: its text when it is a string, null otherwise (skipped).</summary>
    private static string? String(ref Utf8JsonReader json)
    {
        json.Read();
        if (json.TokenType == JsonTokenType.String) return json.GetString();
        json.Skip();
        return null;
    }

    public void Dispose() => _file.Dispose();
}
