namespace FactExtract.Ingestion;

/// <summary>
/// Reads a whole file under a size limit, mapping every way that can fail to a reason. The size
/// is checked on the open handle before anything is read, so an oversize file costs one fstat.
/// </summary>
internal static class FileBytes
{
    public static (byte[]? Bytes, string? Error) Read(string path, long maxBytes)
    {
        try
        {
            using var stream = Open(path);
            long length = stream.Length;
            if (length > maxBytes) return (null, IngestReasons.TooLarge(length, maxBytes));
            var buffer = new byte[length];
            int read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (read < buffer.Length) Array.Resize(ref buffer, read); // shrank while we read
            if (stream.ReadByte() is int extra and >= 0) return ReadGrowing(stream, buffer, (byte)extra, maxBytes);
            return (buffer, null);
        }
        catch (Exception e) when (Reason(e) is { } reason)
        {
            return (null, reason);
        }
    }

    /// <summary>Opens for reading while letting writers and deleters carry on (no sharing violations).</summary>
    public static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);

    /// <summary>The reason for an IO failure, or null for exceptions that are bugs, not bad files.</summary>
    public static string? Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => IngestReasons.NotFound,
        UnauthorizedAccessException => IngestReasons.PermissionDenied,
        PathTooLongException => IngestReasons.ReadError("path too long"),
        IOException io => IngestReasons.ReadError(io.Message),
        _ => null,
    };

    /// <summary>A file that grew after its length was taken (or reports length 0, like /proc).</summary>
    private static (byte[]? Bytes, string? Error) ReadGrowing(Stream stream, byte[] head, byte extra, long maxBytes)
    {
        using var rest = new MemoryStream();
        rest.Write(head);
        rest.WriteByte(extra);
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk)) > 0)
        {
            rest.Write(chunk, 0, n);
            if (rest.Length > maxBytes) return (null, IngestReasons.TooLarge(rest.Length, maxBytes));
        }
        return rest.Length > maxBytes ? (null, IngestReasons.TooLarge(rest.Length, maxBytes)) : (rest.ToArray(), null);
    }
}
