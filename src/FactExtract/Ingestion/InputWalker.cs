using System.IO.Enumeration;

namespace FactExtract.Ingestion;

/// <summary>One file to read, with the names it is known by.</summary>
/// <param name="FullPath">Where to open it.</param>
/// <param name="ReportedPath">The path written to the output: the input as given combined with the
/// path relative to it, with '/' separators.</param>
/// <param name="IdBase">The article id (see <see cref="InputWalker"/>).</param>
/// <param name="ShardKey">What <see cref="Shard"/> hashes: independent of where the input folder lives.</param>
internal sealed record InputFile(string FullPath, string ReportedPath, string IdBase, string ShardKey, ArticleFormat Format);

/// <summary>A walk result: a file to read, or an input/folder that could not be walked.</summary>
internal readonly record struct WalkEntry(InputFile? File, IngestError? Error, string ShardKey);

/// <summary>
/// Expands inputs (files and folders) into files, lazily and in a stable order: inputs in the
/// order given; inside a folder, ordinal order of the relative path ('/'-separated). Only one
/// folder listing (names, not contents) is held per level of the walk.
/// <para>Article ids: a file found in folder F is "F-name/relative/path-without-extension" (e.g.
/// "news-1996/00-0001"); when two files in one folder share a stem (a.txt, a.md) both keep their
/// extension. A file named explicitly is its stem. Repeated folder names or explicit stems across
/// inputs get "~2", "~3"… so ids are unique within a run without remembering every id.</para>
/// <para>Folder symlinks: a link to the folder it sits in or to any folder above it is a loop and
/// is reported; a link to a folder inside the same input is not followed (those files are read at
/// their real place); a link leaving the input is followed once. Nesting beyond
/// <see cref="IngestOptions.MaxFolderDepth"/> is reported, never recursed. Hidden entries (name
/// starting with '.') are skipped in a walk, like files of other extensions; named inputs are read.</para>
/// </summary>
internal sealed class InputWalker(IngestOptions options)
{
    private readonly IngestOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public IEnumerable<WalkEntry> Walk(IReadOnlyList<string> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var usedPrefixes = new Dictionary<string, int>(StringComparer.Ordinal);
        // Real path of every input read so far → the input as given. The same file or folder
        // named twice ("corpus corpus", "corpus corpus/a.txt") is read once, with a warning.
        var earlier = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string reported = ToSlashes(input);
            string? real = SymlinkResolver.RealPath(input);
            if (real is not null && CoveringInput(real, earlier) is { } covering)
            {
                _options.Report?.Warn($"{reported}: already read as part of input '{covering}'; read once");
                continue;
            }
            if (File.Exists(input))
            {
                string id = Unique(usedPrefixes, "\0file:" , Path.GetFileNameWithoutExtension(input));
                string key = id + Path.GetExtension(input);
                yield return new WalkEntry(new InputFile(Path.GetFullPath(input), reported, id, key, ArticleFormats.ForNamedFile(input)), null, key);
            }
            else if (Directory.Exists(input))
            {
                string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)));
                string prefix = Unique(usedPrefixes, "\0dir:", name.Length == 0 ? "root" : name);
                foreach (var entry in WalkFolder(input, prefix, earlier, cancellationToken)) yield return entry;
            }
            else
            {
                yield return new WalkEntry(null, new IngestError(reported, IngestReasons.InputNotFound), reported);
            }
            if (real is not null) earlier[real] = reported;
        }
    }

    /// <summary>The earlier input that is <paramref name="real"/> or a folder holding it, if any.</summary>
    private static string? CoveringInput(string real, Dictionary<string, string> earlier)
    {
        foreach (var (path, input) in earlier)
            if (IsSameOrBelow(real, path)) return input;
        return null;
    }

    private static string Unique(Dictionary<string, int> used, string kind, string name)
    {
        int n = used.TryGetValue(kind + name, out int seen) ? seen + 1 : 1;
        used[kind + name] = n;
        return n == 1 ? name : $"{name}~{n}";
    }

    private sealed class Frame(string fullPath, string relative, string real, int depth, List<Entry> entries)
    {
        public string FullPath { get; } = fullPath;
        public string Relative { get; } = relative; // "" for the input folder, else "a/b/"
        public string Real { get; } = real;
        public int Depth { get; } = depth;
        public List<Entry> Entries { get; } = entries;
        public HashSet<string> SharedStems { get; } = FindSharedStems(entries);
        public int Next { get; set; }
    }

    private readonly record struct Entry(string Name, bool IsDirectory, bool IsLink);

    private IEnumerable<WalkEntry> WalkFolder(string input, string prefix, Dictionary<string, string> earlier, CancellationToken cancellationToken)
    {
        var excluded = _options.ExcludedPaths;
        bool checkRealPaths = excluded.Count > 0 || earlier.Count > 0;
        string rootFull = Path.GetFullPath(input);
        string rootReal = SymlinkResolver.RealPath(rootFull) ?? rootFull;
        var visitedOutside = new HashSet<string>(StringComparer.Ordinal);
        var stack = new List<Frame>();

        var (rootEntries, rootError) = List(rootFull);
        if (rootError is not null)
        {
            yield return Error(input, "", rootError, prefix);
            yield break;
        }
        stack.Add(new Frame(rootFull, "", rootReal, 0, rootEntries!));

        while (stack.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var frame = stack[^1];
            if (frame.Next == frame.Entries.Count)
            {
                stack.RemoveAt(stack.Count - 1);
                continue;
            }
            var entry = frame.Entries[frame.Next++];
            // Hidden entries (".git", macOS "._story.txt" resource forks) are not articles.
            if (entry.Name.StartsWith('.')) continue;
            string relative = frame.Relative + entry.Name;
            string full = Path.Combine(frame.FullPath, entry.Name);

            if (!entry.IsDirectory)
            {
                var format = ArticleFormats.ForWalkedFile(entry.Name);
                if (format is null)
                {
                    _options.Report?.IgnoredForExtension(entry.Name);
                    continue;
                }
                if (checkRealPaths)
                {
                    string realFile = frame.Real.TrimEnd('/') + "/" + entry.Name;
                    if (excluded.Contains(realFile)) continue;
                    if (earlier.TryGetValue(realFile, out var sameFile))
                    {
                        _options.Report?.Warn($"{ToSlashes(Path.Combine(input, relative))}: already read as input '{sameFile}'; read once");
                        continue;
                    }
                }
                // A FIFO would block the run in open(); a device never ends. Neither is an article.
                if (!FileKind.IsRegularOrUnknown(full))
                {
                    yield return Error(input, relative, IngestReasons.NotRegularFile, prefix);
                    continue;
                }
                string idRelative = frame.SharedStems.Contains(Path.GetFileNameWithoutExtension(entry.Name))
                    ? relative
                    : frame.Relative + Path.GetFileNameWithoutExtension(entry.Name);
                string key = prefix + "/" + relative;
                yield return new WalkEntry(
                    new InputFile(full, ToSlashes(Path.Combine(input, relative)), prefix + "/" + idRelative, key, format.Value), null, key);
                continue;
            }

            string real = frame.Real.TrimEnd('/') + "/" + entry.Name;
            if (entry.IsLink)
            {
                string? target = SymlinkResolver.RealPath(full);
                if (target is null)
                {
                    yield return Error(input, relative, IngestReasons.SymlinkUnresolvable, prefix);
                    continue;
                }
                if (stack.Any(f => IsSameOrBelow(f.Real, target)))
                {
                    yield return Error(input, relative, IngestReasons.SymlinkLoop(target), prefix);
                    continue;
                }
                // Inside this input the files are read at their real place; outside, read once.
                if (IsSameOrBelow(target, rootReal) || !visitedOutside.Add(target)) continue;
                real = target;
            }
            if (excluded.Contains(real)) continue; // the run's own output folder
            if (earlier.TryGetValue(real, out var sameFolder))
            {
                _options.Report?.Warn($"{ToSlashes(Path.Combine(input, relative))}: already read as input '{sameFolder}'; read once");
                continue;
            }
            if (frame.Depth + 1 > _options.MaxFolderDepth)
            {
                yield return Error(input, relative, IngestReasons.TooDeep(_options.MaxFolderDepth), prefix);
                continue;
            }
            var (entries, error) = List(full);
            if (error is not null)
            {
                yield return Error(input, relative, error, prefix);
                continue;
            }
            stack.Add(new Frame(full, relative + "/", real, frame.Depth + 1, entries!));
        }
    }

    private static WalkEntry Error(string input, string relative, string reason, string prefix)
    {
        string path = ToSlashes(relative.Length == 0 ? input : Path.Combine(input, relative));
        return new WalkEntry(null, new IngestError(path, reason), prefix + "/" + relative);
    }

    /// <summary>One folder's entries, sorted so that a depth-first walk visits relative paths in
    /// ordinal order: a folder sorts as "name/", exactly where its contents' paths sort.</summary>
    private static (List<Entry>? Entries, string? Error) List(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false,
            AttributesToSkip = 0,
            ReturnSpecialDirectories = false,
        };
        try
        {
            var entries = new FileSystemEnumerable<Entry>(folder,
                (ref FileSystemEntry e) => new Entry(
                    e.FileName.ToString(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0),
                options).ToList();
            entries.Sort(CompareEntries);
            return (entries, null);
        }
        catch (UnauthorizedAccessException)
        {
            return (null, IngestReasons.FolderPermissionDenied);
        }
        catch (DirectoryNotFoundException)
        {
            return (null, IngestReasons.NotFound);
        }
        catch (IOException e)
        {
            return (null, IngestReasons.ReadError(e.Message));
        }
    }

    /// <summary>Ordinal comparison of "name" (file) or "name/" (folder), without building either.</summary>
    private static int CompareEntries(Entry a, Entry b)
    {
        int common = Math.Min(a.Name.Length, b.Name.Length);
        int c = string.CompareOrdinal(a.Name, 0, b.Name, 0, common);
        if (c != 0) return c;
        int lengthA = a.Name.Length + (a.IsDirectory ? 1 : 0);
        int lengthB = b.Name.Length + (b.IsDirectory ? 1 : 0);
        for (int i = common; i < Math.Min(lengthA, lengthB); i++)
        {
            c = KeyChar(a, i).CompareTo(KeyChar(b, i));
            if (c != 0) return c;
        }
        return lengthA.CompareTo(lengthB);
    }

    private static char KeyChar(Entry e, int i) => i < e.Name.Length ? e.Name[i] : '/';

    private static HashSet<string> FindSharedStems(List<Entry> entries)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (e.IsDirectory || ArticleFormats.ForWalkedFile(e.Name) is null) continue;
            string stem = Path.GetFileNameWithoutExtension(e.Name);
            if (!seen.Add(stem)) shared.Add(stem);
        }
        return shared;
    }

    private static bool IsSameOrBelow(string path, string ancestor) =>
        path == ancestor
        || (path.StartsWith(ancestor, StringComparison.Ordinal)
            && (ancestor.EndsWith('/') || (path.Length > ancestor.Length && path[ancestor.Length] == '/')));

    private static string ToSlashes(string path) =>
        Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
}
