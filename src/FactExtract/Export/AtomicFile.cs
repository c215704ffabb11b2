using System.Security.Cryptography;

namespace FactExtract.Export;

/// <summary>
/// A file written under a temporary name beside its destination and renamed into place only when
/// published. <see cref="Seal"/> flushes it to disk and closes it (the step that can fail for lack
/// of space); <see cref="Publish"/> renames it. An output set seals every file before publishing
/// any, so a failing write never mixes generations. Disposing an unpublished file deletes the
/// temporary file, even when its last buffered bytes cannot be written (disk full), so an
/// interrupted or failed run leaves the previous output intact and no temporaries behind.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly FileStream _file;
    private readonly HashingStream _stream;
    private bool _sealed;
    private bool _published;

    public AtomicFile(string destination)
    {
        Destination = Path.GetFullPath(destination);
        var dir = Path.GetDirectoryName(Destination)!;
        Directory.CreateDirectory(dir);
        TemporaryPath = Path.Combine(dir, $".{Path.GetFileName(Destination)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        _file = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        _stream = new HashingStream(_file);
    }

    public string Destination { get; }
    public string TemporaryPath { get; }
    public Stream Stream => _stream;

    /// <summary>Bytes written so far.</summary>
    public long Length => _stream.Length;

    /// <summary>Lower-case hex SHA-256 of the content; known once sealed.</summary>
    public string? Sha256 { get; private set; }

    /// <summary>Flushes to disk and closes the temporary file. Throws IOException when the disk is full.</summary>
    public void Seal()
    {
        if (_sealed) return;
        FileTooLarge.Guard(() => _file.Flush(flushToDisk: true));
        _file.Dispose();
        Sha256 = _stream.HashHex();
        _sealed = true;
    }

    /// <summary>Renames the sealed temporary file over the destination.</summary>
    public void Publish()
    {
        if (_published) return;
        if (!_sealed) throw new InvalidOperationException("seal the file before publishing it");
        File.Move(TemporaryPath, Destination, overwrite: true);
        _published = true;
    }

    /// <summary>Seal, then publish: for a file that stands alone.</summary>
    public void Commit()
    {
        Seal();
        Publish();
    }

    public void Dispose()
    {
        if (_published) return;
        try { FileTooLarge.Guard(_file.Dispose); }
        catch (IOException) { /* the unwritable tail of an abandoned file: it is deleted next */ }
        try { File.Delete(TemporaryPath); }
        catch (IOException) { /* best effort: a stale .tmp never replaces real output */ }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>Counts and hashes what passes through to the file, so the manifest needs no second read.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _length;

        public string HashHex() => Convert.ToHexStringLower(_hash.GetHashAndReset());

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                inner.Write(buffer);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw FileTooLarge.Error(e);
            }
            _hash.AppendData(buffer);
            _length += buffer.Length;
        }

        public override void WriteByte(byte value) => Write([value]);
        public override void Flush() => FileTooLarge.Guard(inner.Flush);
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _hash.Dispose();
            base.Dispose(disposing);
        }
    }
}

/// <summary>
/// .NET reports EFBIG (a write past the largest file the file system or the process's file-size
/// limit allows: FAT32's 4 GiB, a quota, <c>ulimit -f</c>) as ArgumentOutOfRangeException from a
/// FileStream write. For an output file it is the same failure as a full disk, so it becomes an
/// IOException. Used only around writes whose arguments are known to be valid.
/// </summary>
internal static class FileTooLarge
{
    public static IOException Error(ArgumentOutOfRangeException e) => new($"file too large for the file system: {e.Message}", e);

    public static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw Error(e);
        }
    }
}
