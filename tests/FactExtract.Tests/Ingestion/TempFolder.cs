using System.Text;

namespace FactExtract.Tests.Ingestion;

/// <summary>A scratch folder per test, removed afterwards (permissions restored first).</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "factextract-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, byte[] bytes)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Write(string relative, string text) => Write(relative, new UTF8Encoding(false).GetBytes(text));

    public string Folder(string relative)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        if (!Directory.Exists(Root)) return;
        if (!OperatingSystem.IsWindows()) RestoreAccess(Root);
        Directory.Delete(Root, recursive: true);
    }

    /// <summary>Makes everything deletable again, without following links (tests build loops).</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void RestoreAccess(string folder)
    {
        const UnixFileMode all = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        File.SetUnixFileMode(folder, all);
        foreach (var info in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (info.LinkTarget is not null) continue;
            File.SetUnixFileMode(info.FullName, all);
            if (info is DirectoryInfo) RestoreAccess(info.FullName);
        }
    }
}
