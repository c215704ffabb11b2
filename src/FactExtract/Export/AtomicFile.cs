namespace FactExtract.Export;

/// <summary>
/// A file written under a temporary name beside its destination and renamed into place only on
/// <see cref="Commit"/>. Disposing without committing deletes the temporary file, so an
/// interrupted run leaves the previous output intact.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly FileStream _stream;
    private bool _committed;

    public AtomicFile(string destination)
    {
        Destination = Path.GetFullPath(destination);
        var dir = Path.GetDirectoryName(Destination)!;
        Directory.CreateDirectory(dir);
        TemporaryPath = Path.Combine(dir, $".{Path.GetFileName(Destination)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        _stream = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    }

    public string Destination { get; }
    public string TemporaryPath { get; }
    public Stream Stream => _stream;

    /// <summary>Flushes to disk and renames the temporary file over the destination.</summary>
    public void Commit()
    {
        if (_committed) return;
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        File.Move(TemporaryPath, Destination, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed) return;
        _stream.Dispose();
        try { File.Delete(TemporaryPath); }
        catch (IOException) { /* best effort: a stale .tmp never replaces real output */ }
        catch (UnauthorizedAccessException) { }
    }
}
