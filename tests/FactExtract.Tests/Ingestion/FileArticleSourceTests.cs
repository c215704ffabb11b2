using System.Text;
using FactExtract.Ingestion;

namespace FactExtract.Tests.Ingestion;

public class FileArticleSourceTests
{
    private static List<IngestItem> ReadAll(IArticleSource source) => source.Read().ToList();

    private static Dictionary<string, string> Errors(IEnumerable<IngestItem> items) =>
        items.Where(i => i.Error is not null).ToDictionary(i => i.Error!.File, i => i.Error!.Reason);

    private static Dictionary<string, Article> Articles(IEnumerable<IngestItem> items) =>
        items.Where(i => i.Article is not null).ToDictionary(i => i.Article!.Id, i => i.Article!);

    /// <summary>Builds the hostile corpus; returns the input folder.</summary>
    private static string BuildHostileFolder(TempFolder tmp)
    {
        string root = tmp.Folder("corpus");
        var random = new byte[2048];
        new Random(42).NextBytes(random);
        tmp.Write("corpus/binary.txt", random);
        tmp.Write("corpus/empty.txt", []);
        tmp.Write("corpus/blank.md", "  \n\n ");
        tmp.Write("corpus/cp1252.txt", [.. "Minister said "u8, 0x93, .. "yes"u8, 0x94, .. ".\r\nMore text."u8]);
        tmp.Write("corpus/utf16le.txt", [.. new UnicodeEncoding(false, true).GetPreamble(), .. Encoding.Unicode.GetBytes("Little endian")]);
        tmp.Write("corpus/utf16be.txt", [.. new UnicodeEncoding(true, true).GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Big endian")]);
        tmp.Write("corpus/utf8bom.txt", [0xEF, 0xBB, 0xBF, .. "With BOM"u8]);
        tmp.Write("corpus/page.html", "<html><head><title>Page T</title><script>x()</script></head><body><p>Body &amp; soul</p><!-- c --></body></html>");
        tmp.Write("corpus/image.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0]);
        tmp.Write("corpus/notes.csv", "a,b");
        tmp.Write("corpus/feed.jsonl", "{\"text\":\"First\",\"id\":\"r1\",\"title\":\"T1\",\"date\":\"2023-01-02\",\"url\":\"http://x\"}\n{not json}\n\n{\"id\":\"r3\"}\n{\"text\":\"Fourth\"}\r\n");
        tmp.Write("corpus/many.json", "[{\"text\":\"A\"},{\"text\":5},{\"text\":\"C\",\"id\":7}]");
        tmp.Write("corpus/sub/story.md", "Intro line\n\n# The Heading\nBody.");
        tmp.Write("corpus/UPPER.TXT", "Upper case extension");
        return root;
    }

    [Fact]
    public void Hostile_folder_yields_every_good_article_and_categorised_errors()
    {
        using var tmp = new TempFolder();
        string root = BuildHostileFolder(tmp);
        var items = ReadAll(new FileArticleSource([root]));
        var errors = Errors(items);
        var articles = Articles(items);
        string P(string rel) => root + "/" + rel;

        Assert.Equal(IngestReasons.Binary, errors[P("binary.txt")]);
        Assert.Equal(IngestReasons.Empty, errors[P("empty.txt")]);
        Assert.Equal(IngestReasons.Empty, errors[P("blank.md")]);
        Assert.StartsWith(IngestReasons.InvalidJsonPrefix, errors[P("feed.jsonl") + ":2"]);
        Assert.Equal(IngestReasons.MissingText, errors[P("feed.jsonl") + ":4"]);
        Assert.Equal(IngestReasons.MissingText, errors[P("many.json") + "#2"]);
        Assert.Equal(6, errors.Count);

        Assert.Equal("Minister said \u201Cyes\u201D.\r\nMore text.", articles["corpus/cp1252"].Text);
        Assert.Equal("Little endian", articles["corpus/utf16le"].Text);
        Assert.Equal("Big endian", articles["corpus/utf16be"].Text);
        Assert.Equal("With BOM", articles["corpus/utf8bom"].Text);
        Assert.Equal("Upper case extension", articles["corpus/UPPER"].Text);
        Assert.Equal("Body & soul", articles["corpus/page"].Text);
        Assert.Equal("Page T", articles["corpus/page"].Title);
        Assert.Equal("The Heading", articles["corpus/sub/story"].Title);
        Assert.Equal(P("sub/story.md"), articles["corpus/sub/story"].File);

        var first = articles["r1"];
        Assert.Equal(("First", "T1", "2023-01-02", "http://x", P("feed.jsonl")), (first.Text, first.Title, first.DateText, first.Url, first.File));
        Assert.Equal(new DateOnly(2023, 1, 2), first.Date); // read once, at ingestion
        Assert.Equal("Fourth", articles["corpus/feed#5"].Text);
        Assert.Equal("A", articles["corpus/many#1"].Text);
        Assert.Equal("C", articles["7"].Text);
        Assert.Equal(11, articles.Count);
        Assert.DoesNotContain(items, i => (i.Article?.File ?? i.Error!.File).Contains(".png") || (i.Article?.File ?? i.Error!.File).Contains(".csv"));
    }

    [Fact]
    public void Order_is_ordinal_by_relative_path_and_stable()
    {
        using var tmp = new TempFolder();
        foreach (var rel in new[] { "b.txt", "a/z.txt", "a.txt", "a-b.txt", "A.txt", "a/b/c.txt", "c/x.txt" })
            tmp.Write("in/" + rel, "text of " + rel);
        var source = new FileArticleSource([tmp.PathOf("in")]);
        var files = source.Read().Select(i => i.Article!.File[(tmp.PathOf("in").Length + 1)..]).ToList();
        Assert.Equal(new[] { "A.txt", "a-b.txt", "a.txt", "a/b/c.txt", "a/z.txt", "b.txt", "c/x.txt" }, files);
        Assert.Equal(files, source.Read().Select(i => i.Article!.File[(tmp.PathOf("in").Length + 1)..]).ToList());
        Assert.Equal(files.OrderBy(f => f, StringComparer.Ordinal), files);
    }

    [Fact]
    public void Hidden_entries_are_skipped_in_walks_but_read_when_named()
    {
        using var tmp = new TempFolder();
        tmp.Write("in/.git/notes.md", "Not an article");
        string fork = tmp.Write("in/._story.txt", [0, 5, 7, 0]);
        tmp.Write("in/story.txt", "The story");
        Assert.Equal(new[] { "in/story" }, ReadAll(new FileArticleSource([tmp.PathOf("in")])).Select(i => i.Article!.Id));
        Assert.Equal(IngestReasons.Binary, Assert.Single(ReadAll(new FileArticleSource([fork]))).Error!.Reason);
    }

    [Fact]
    public void Cancellation_stops_the_walk()
    {
        using var tmp = new TempFolder();
        for (int i = 0; i < 5; i++) tmp.Write($"in/{i}.txt", "Text");
        using var cts = new CancellationTokenSource();
        var seen = new List<IngestItem>();
        Assert.Throws<OperationCanceledException>(() =>
        {
            foreach (var item in new FileArticleSource([tmp.PathOf("in")]).Read(cts.Token))
            {
                seen.Add(item);
                cts.Cancel();
            }
        });
        Assert.Single(seen);
    }

    [Fact]
    public void Inputs_are_read_in_the_order_given_and_ids_stay_unique()
    {
        using var tmp = new TempFolder();
        tmp.Write("x/data/a.txt", "one");
        tmp.Write("y/data/a.txt", "two");
        tmp.Write("y/data/a.md", "three");
        string single = tmp.Write("single.article", "explicit unknown extension");
        var items = ReadAll(new FileArticleSource([single, tmp.PathOf("y/data"), tmp.PathOf("x/data"), tmp.PathOf("missing")]));
        Assert.Equal(
            new[] { "single", "data/a.md", "data/a.txt", "data~2/a" },
            items.Where(i => i.Article is not null).Select(i => i.Article!.Id));
        Assert.Equal("explicit unknown extension", items[0].Article!.Text);
        Assert.Equal(IngestReasons.InputNotFound, items[^1].Error!.Reason);
        Assert.Equal(tmp.PathOf("missing"), items[^1].Error!.File);
    }

    [Fact]
    public void Symlink_loop_is_reported_and_does_not_hang()
    {
        using var tmp = new TempFolder();
        tmp.Write("root/a/story.txt", "A story");
        tmp.Write("root/b/other.txt", "Other");
        try
        {
            Directory.CreateSymbolicLink(tmp.PathOf("root/a/up"), tmp.PathOf("root"));
            Directory.CreateSymbolicLink(tmp.PathOf("root/a/self"), tmp.PathOf("root/a"));
            Directory.CreateSymbolicLink(tmp.PathOf("root/alias"), tmp.PathOf("root/b"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return; // this platform cannot make symlinks; nothing to test
        }
        var items = ReadAll(new FileArticleSource([tmp.PathOf("root")]));
        var errors = Errors(items);
        Assert.StartsWith(IngestReasons.SymlinkLoopPrefix, errors[tmp.PathOf("root/a/up")]);
        Assert.StartsWith(IngestReasons.SymlinkLoopPrefix, errors[tmp.PathOf("root/a/self")]);
        Assert.Equal(2, errors.Count);
        // The alias points inside the input: its files are read once, at their real place.
        Assert.Equal(new[] { "root/a/story", "root/b/other" }, items.Where(i => i.Article is not null).Select(i => i.Article!.Id));
    }

    [Fact]
    public void Symlink_leaving_the_input_is_followed_once()
    {
        using var tmp = new TempFolder();
        tmp.Write("outside/o.txt", "Outside");
        tmp.Folder("root");
        try
        {
            Directory.CreateSymbolicLink(tmp.PathOf("root/l1"), tmp.PathOf("outside"));
            Directory.CreateSymbolicLink(tmp.PathOf("root/l2"), tmp.PathOf("outside"));
            Directory.CreateSymbolicLink(tmp.PathOf("outside/back"), tmp.PathOf("root"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return;
        }
        var items = ReadAll(new FileArticleSource([tmp.PathOf("root")]));
        Assert.Equal(new[] { "root/l1/o" }, items.Where(i => i.Article is not null).Select(i => i.Article!.Id));
        Assert.StartsWith(IngestReasons.SymlinkLoopPrefix, Errors(items)[tmp.PathOf("root/l1/back")]);
        Assert.Single(Errors(items));
    }

    [Fact]
    public void Cyclic_and_dangling_file_links_are_read_errors_not_hangs()
    {
        using var tmp = new TempFolder();
        tmp.Write("in/ok.txt", "Fine");
        try
        {
            File.CreateSymbolicLink(tmp.PathOf("in/x.txt"), tmp.PathOf("in/y.txt"));
            File.CreateSymbolicLink(tmp.PathOf("in/y.txt"), tmp.PathOf("in/x.txt"));
            File.CreateSymbolicLink(tmp.PathOf("in/gone.txt"), tmp.PathOf("nowhere.txt"));
            Directory.CreateSymbolicLink(tmp.PathOf("in/cycle"), tmp.PathOf("in/cycle"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return;
        }
        var items = ReadAll(new FileArticleSource([tmp.PathOf("in")]));
        var errors = Errors(items);
        Assert.Equal(IngestReasons.NotFound, errors[tmp.PathOf("in/gone.txt")]);
        Assert.StartsWith(IngestReasons.ReadErrorPrefix, errors[tmp.PathOf("in/x.txt")]);
        Assert.StartsWith(IngestReasons.ReadErrorPrefix, errors[tmp.PathOf("in/y.txt")]);
        Assert.Equal(3, errors.Count); // "cycle" has no article extension: skipped like any such file
        Assert.Equal("Fine", Articles(items)["in/ok"].Text);
    }

    [Fact]
    public void Deeply_nested_folders_are_walked_and_the_depth_limit_reports()
    {
        using var tmp = new TempFolder();
        string rel = string.Join("/", Enumerable.Range(0, 60).Select(i => "d" + i));
        tmp.Write("deep/" + rel + "/leaf.txt", "Deep leaf");
        var deep = ReadAll(new FileArticleSource([tmp.PathOf("deep")]));
        Assert.Equal("deep/" + rel + "/leaf", Assert.Single(deep).Article!.Id);

        var limited = ReadAll(new FileArticleSource([tmp.PathOf("deep")], new IngestOptions { MaxFolderDepth = 10 }));
        var error = Assert.Single(limited).Error!;
        Assert.StartsWith(IngestReasons.TooDeepPrefix, error.Reason);
        Assert.EndsWith("/d10", error.File);
    }

    [Fact]
    public void Unreadable_file_is_reported_or_read_as_the_os_allows()
    {
        if (OperatingSystem.IsWindows()) return;
        using var tmp = new TempFolder();
        tmp.Write("in/ok.txt", "Fine");
        string locked = tmp.Write("in/locked.txt", "Secret");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        bool readable;
        try
        {
            using (File.OpenRead(locked)) readable = true; // root ignores the mode bits
        }
        catch (UnauthorizedAccessException)
        {
            readable = false;
        }
        var items = ReadAll(new FileArticleSource([tmp.PathOf("in")]));
        Assert.Equal(2, items.Count);
        if (readable) Assert.Equal("Secret", items[0].Article!.Text);
        else Assert.Equal((locked, IngestReasons.PermissionDenied), (items[0].Error!.File, items[0].Error!.Reason));
        Assert.Equal("Fine", items[1].Article!.Text);
    }

    [Fact]
    public void Unlistable_folder_is_reported_or_walked_as_the_os_allows()
    {
        if (OperatingSystem.IsWindows()) return;
        using var tmp = new TempFolder();
        tmp.Write("in/a/inner.txt", "Inner");
        tmp.Write("in/b.txt", "Outer");
        string locked = tmp.PathOf("in/a");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        bool listable;
        try
        {
            _ = Directory.GetFileSystemEntries(locked); // root ignores the mode bits
            listable = true;
        }
        catch (UnauthorizedAccessException)
        {
            listable = false;
        }
        var items = ReadAll(new FileArticleSource([tmp.PathOf("in")]));
        if (listable) Assert.Equal("Inner", items[0].Article!.Text);
        else Assert.Equal(new IngestError(locked, IngestReasons.FolderPermissionDenied), items[0].Error);
        Assert.Equal("Outer", items[1].Article!.Text);
    }

    [Fact]
    public void Json_files_single_object_invalid_binary_and_utf16_lines()
    {
        using var tmp = new TempFolder();
        string one = tmp.Write("in/one.json", "{\"text\":\"Solo\",\"title\":\"S\"}");
        string bad = tmp.Write("in/two.json", "{\"text\": ");
        var random = new byte[512];
        new Random(7).NextBytes(random);
        random[10] = 0;
        string binary = tmp.Write("in/three.jsonl", random);
        string numbers = tmp.Write("in/numbers.json", "[1, 2, 3, \"x\"]");
        string wide = tmp.Write("in/four.jsonl", [.. new UnicodeEncoding(false, true).GetPreamble(), .. Encoding.Unicode.GetBytes("{\"text\":\"Wide \u201Cquote\u201D\"}\n")]);
        var items = ReadAll(new FileArticleSource([one, bad, binary, wide, numbers]));
        Assert.Equal(("one", "Solo", "S"), (items[0].Article!.Id, items[0].Article!.Text, items[0].Article!.Title));
        Assert.StartsWith(IngestReasons.InvalidJsonPrefix, items[1].Error!.Reason);
        Assert.Equal(bad, items[1].Error!.File);
        Assert.Equal(new IngestError(binary, IngestReasons.Binary), items[2].Error);
        Assert.Equal(("four#1", "Wide \u201Cquote\u201D"), (items[3].Article!.Id, items[3].Article!.Text));
        Assert.Equal(new IngestError(numbers, IngestReasons.NoArticleObjects), items[4].Error);
        Assert.Equal(5, items.Count);
    }

    [Fact]
    public void File_deleted_between_listing_and_reading_is_not_found()
    {
        using var tmp = new TempFolder();
        tmp.Write("in/a.txt", "First");
        string doomed = tmp.Write("in/b.txt", "Second");
        var results = new List<IngestItem>();
        foreach (var item in new FileArticleSource([tmp.PathOf("in")]).Read())
        {
            results.Add(item);
            if (results.Count == 1) File.Delete(doomed); // listing is done, b.txt not yet read
        }
        Assert.Equal("First", results[0].Article!.Text);
        Assert.Equal((doomed, IngestReasons.NotFound), (results[1].Error!.File, results[1].Error!.Reason));
    }

    [Fact]
    public void Oversize_file_is_refused_with_its_size()
    {
        using var tmp = new TempFolder();
        string big = tmp.Write("big.txt", new string('x', 5000));
        var item = Assert.Single(ReadAll(new FileArticleSource([big], new IngestOptions { MaxFileBytes = 4096 })));
        Assert.Equal("file too large (5000 bytes > 4096)", item.Error!.Reason);
    }

    [Fact]
    public void Huge_single_line_and_20MB_articles_are_read()
    {
        using var tmp = new TempFolder();
        var line = new StringBuilder(6_000_000);
        while (line.Length < 6_000_000) line.Append("word ");
        tmp.Write("in/one-line.txt", line.ToString());
        var big = new StringBuilder(20_000_000);
        while (big.Length < 20_000_000) big.Append("A sentence of the article.\n");
        tmp.Write("in/twenty.txt", big.ToString());
        tmp.Write("in/feed.jsonl", "{\"text\":\"" + line + "\"}\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var items = ReadAll(new FileArticleSource([tmp.PathOf("in")]));
        Assert.Equal(new[] { line.Length, line.Length, big.Length }, items.Select(i => i.Article!.Text.Length));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), watch.Elapsed.ToString()); // hang guard, not a speed target
    }

    [Fact]
    public void Shards_partition_files_and_errors()
    {
        using var tmp = new TempFolder();
        for (int i = 0; i < 40; i++) tmp.Write($"in/f{i:D2}.txt", $"Article {i}");
        tmp.Write("in/empty.txt", "");
        var whole = ReadAll(new FileArticleSource([tmp.PathOf("in")])).Select(Describe).ToList();
        var parts = Enumerable.Range(1, 3)
            .Select(k => ReadAll(new FileArticleSource([tmp.PathOf("in")], new IngestOptions { Shard = new Shard(k, 3) })).Select(Describe).ToList())
            .ToList();
        Assert.All(parts, p => Assert.NotEmpty(p));
        Assert.Equal(whole.Count, parts.Sum(p => p.Count));
        Assert.Equal(whole.Order(StringComparer.Ordinal), parts.SelectMany(p => p).Order(StringComparer.Ordinal));
    }

    private static string Describe(IngestItem item) => item.Article?.Id ?? "error:" + item.Error!.File;
}
