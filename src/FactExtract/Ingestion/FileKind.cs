using System.Runtime.InteropServices;

namespace FactExtract.Ingestion;

/// <summary>
/// Whether a path (links followed) is a regular file. A FIFO, socket or device found in a folder
/// walk is not an article, and opening a FIFO blocks until a writer appears, so the walk must
/// know before it opens anything. .NET exposes no file type beyond "directory", so on Linux this
/// asks statx(2) for STATX_TYPE (its layout is the same on every architecture); elsewhere it
/// answers "regular" and the reader's own guards apply.
/// </summary>
internal static partial class FileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // struct statx: u32 mask, u32 blksize, u64 attributes, u32 nlink, u32 uid, u32 gid, u16 mode
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>False only when the file exists and is known not to be a regular file.</summary>
    public static bool IsRegularOrUnknown(string path)
    {
        if (!OperatingSystem.IsLinux()) return true;
        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0) return true; // gone or unreadable: the reader reports it
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return true; // a libc without statx (glibc < 2.28): fall back to the reader's guards
        }
        int mode = BitConverter.ToUInt16(buffer, ModeOffset);
        return (mode & TypeMask) == RegularFile;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirFd, string path, int flags, uint mask, [Out] byte[] buffer);
}
