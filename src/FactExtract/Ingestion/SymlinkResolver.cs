namespace FactExtract.Ingestion;

/// <summary>
/// A managed realpath(3): the absolute path with every symbolic link resolved, or null when a
/// link is dangling or the chain is longer than 40 hops (the Linux limit, ELOOP). Used only for
/// input folders and folder symlinks, so its cost is off the per-file path.
/// </summary>
internal static class SymlinkResolver
{
    private const int MaxHops = 40;

    public static string? RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        string root = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>(Components(full, root).Reverse());
        string current = root;
        int hops = 0;
        while (pending.Count > 0)
        {
            string part = pending.Pop();
            string candidate = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(candidate).LinkTarget;
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
            if (target is null)
            {
                if (!Path.Exists(candidate)) return null;
                current = candidate;
                continue;
            }
            if (++hops > MaxHops) return null;
            // The target replaces this component; its own components are resolved in turn.
            string resolved = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target));
            foreach (string c in Components(resolved, root).Reverse()) pending.Push(c);
            current = root;
        }
        return Path.TrimEndingDirectorySeparator(current);
    }

    private static IEnumerable<string> Components(string full, string root) =>
        full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
