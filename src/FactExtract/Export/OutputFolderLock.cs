namespace FactExtract.Export;

/// <summary>
/// Keeps two runs from writing one output folder at once. Each run replaces the folder's files
/// as one set; two runs doing that together would interleave their swaps and leave files of both
/// generations side by side. The lock is an exclusive lock on <c>DIR/.factextract.lock</c>, held
/// while the run writes (released by the system if the process dies) and deleted on release, so
/// a run leaves nothing behind in the folder. (Deleting it allows one narrow race: a run that opened
/// the file in the instant before it was deleted, and a third run that creates a new one, could both
/// lock. It needs three runs started within microseconds of each other, which the lock does not
/// try to cover.)
/// </summary>
internal sealed class OutputFolderLock : IDisposable
{
    public const string FileName = ".factextract.lock";
    private readonly FileStream _file;

    private OutputFolderLock(FileStream file) => _file = file;

    /// <summary>Creates the folder if needed and takes its lock.</summary>
    /// <exception cref="OutputFolderException">Another run holds the lock, or the folder cannot be written.</exception>
    public static OutputFolderLock Acquire(string directory)
    {
        string path = Path.Combine(directory, FileName);
        try
        {
            Directory.CreateDirectory(directory);
            return new OutputFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw new OutputFolderException(directory,
                new IOException($"another factextract run is writing to this folder (it holds {path}); wait for it or choose another --out", e));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new OutputFolderException(directory, e);
        }
    }

    /// <summary>
    /// The lock is taken: EWOULDBLOCK from flock on Linux (11) and macOS (35), a sharing or lock
    /// violation on Windows.
    /// </summary>
    private static bool IsHeldElsewhere(IOException e) =>
        e.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    public void Dispose() => _file.Dispose();
}
