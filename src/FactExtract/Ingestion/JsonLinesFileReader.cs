using System.Text;

namespace FactExtract.Ingestion;

/// <summary>
/// Streams a .jsonl file: a quick look at the first bytes rejects binary files (one error, not one
/// per "line"), then lines are decoded as UTF-8 (or UTF-16/32 when a BOM says so) and parsed one
/// at a time, so memory is bounded by the longest line, not the file.
/// </summary>
internal static class JsonLinesFileReader
{
    private const int SniffBytes = 8192;

    public static IEnumerable<IngestItem> Read(InputFile file, JsonArticleParser parser, long maxLineChars, CancellationToken cancellationToken)
    {
        var (reader, error) = OpenChecked(file.FullPath);
        if (error is not null)
        {
            yield return IngestItem.Failed(file.ReportedPath, error);
            yield break;
        }
        using (reader)
        {
            var lines = new BoundedLineReader(reader!, maxLineChars);
            using var items = parser.ParseLines(lines, file.ReportedPath, file.IdBase, maxLineChars, cancellationToken).GetEnumerator();
            while (true)
            {
                IngestItem item;
                string? failure = null;
                try
                {
                    if (!items.MoveNext()) yield break;
                    item = items.Current;
                }
                catch (Exception e) when (FileBytes.Reason(e) is { } reason)
                {
                    // An IO error mid-file: what was read stands, the rest is reported once.
                    item = default;
                    failure = reason;
                }
                if (failure is not null)
                {
                    yield return IngestItem.Failed(file.ReportedPath, failure);
                    yield break;
                }
                yield return item;
            }
        }
    }

    private static (StreamReader? Reader, string? Error) OpenChecked(string path)
    {
        FileStream? stream = null;
        try
        {
            stream = FileBytes.Open(path);
            var head = new byte[SniffBytes];
            int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var span = head.AsSpan(0, n);
            bool wideBom = span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
                || span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
            if (!wideBom && span.IndexOf((byte)0) >= 0)
            {
                stream.Dispose();
                return (null, IngestReasons.Binary);
            }
            stream.Position = 0;
            return (new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), null);
        }
        catch (Exception e) when (FileBytes.Reason(e) is { } reason)
        {
            stream?.Dispose();
            return (null, reason);
        }
    }
}
