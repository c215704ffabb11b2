using System.Text.Json;
using FactExtract.Pipeline;
using FactExtract.Text;
using Microsoft.Win32.SafeHandles;

namespace FactExtract.Export;

/// <summary>
/// The previous run's <c>articles.jsonl</c> as a cache for <c>extract --resume</c>: an article
/// whose file, id and fingerprint (text + pipeline) are unchanged gets its entities,
/// quantities and facts back from there instead of being processed again. Only an index
/// (key → byte range) is held in memory; lines are read on demand, so memory stays small.
/// The file is read before the run's atomic rename replaces it.
/// </summary>
internal sealed class PreviousRunCache : IResultCache, IDisposable
{
    private readonly Dictionary<(string File, string Id), Entry> _index = [];
    private readonly ResultFingerprint _fingerprint;
    private readonly SafeFileHandle? _handle;
    private long _hits;

    private readonly record struct Entry(string Fingerprint, long Offset, int Length);

    public PreviousRunCache(string articlesJsonlPath, ResultFingerprint fingerprint)
    {
        _fingerprint = fingerprint;
        if (!File.Exists(articlesJsonlPath)) return;
        _handle = File.OpenHandle(articlesJsonlPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        BuildIndex(articlesJsonlPath);
    }

    public int Count => _index.Count;
    public long Hits => Interlocked.Read(ref _hits);

    public bool TryRestore(Document document)
    {
        if (_handle is null || !_index.TryGetValue((document.Article.File, document.Id), out var entry)) return false;
        if (entry.Fingerprint != _fingerprint.Of(document.Text)) return false;
        var line = new byte[entry.Length];
        if (RandomAccess.Read(_handle, line, entry.Offset) != entry.Length) return false;
        try
        {
            ArticleJsonReader.Restore(line, document);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return false; // a damaged cache line is a cache miss: the article is processed afresh
        }
        Interlocked.Increment(ref _hits);
        return true;
    }

    private void BuildIndex(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        int filled = 0;
        long bufferStart = 0;
        while (true)
        {
            if (filled == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2); // a line longer than the buffer
            int read = stream.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            int lineStart = 0;
            for (int nl; (nl = Array.IndexOf(buffer, (byte)'\n', lineStart, filled - lineStart)) >= 0; lineStart = nl + 1)
                IndexLine(buffer.AsSpan(lineStart, nl - lineStart), bufferStart + lineStart);
            if (read == 0) break; // an unterminated last line is an interrupted write: not reused
            Buffer.BlockCopy(buffer, lineStart, buffer, 0, filled - lineStart);
            bufferStart += lineStart;
            filled -= lineStart;
        }
    }

    private void IndexLine(ReadOnlySpan<byte> line, long offset)
    {
        string? file = null, id = null, fingerprint = null;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && (file is null || id is null || fingerprint is null))
            {
                string name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "file": file = reader.GetString(); break;
                    case "id": id = reader.GetString(); break;
                    case "fingerprint": fingerprint = reader.GetString(); break;
                    default: reader.Skip(); break;
                }
            }
        }
        catch (JsonException)
        {
            return; // a damaged line is simply not reused
        }
        if (file is not null && id is not null && fingerprint is not null)
            _index[(file, id)] = new Entry(fingerprint, offset, line.Length);
    }

    public void Dispose() => _handle?.Dispose();
}
