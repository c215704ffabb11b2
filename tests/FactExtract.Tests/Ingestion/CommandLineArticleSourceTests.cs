using FactExtract.Ingestion;

namespace FactExtract.Tests.Ingestion;

public class CommandLineArticleSourceTests
{
    [Fact]
    public void Files_and_stdin_are_read_in_the_order_given()
    {
        using var tmp = new TempFolder();
        string a = tmp.Write("a.txt", "Alpha");
        tmp.Write("dir/b.txt", "Beta");
        int opened = 0;
        var source = new CommandLineArticleSource([a, "-", tmp.PathOf("dir")], () =>
        {
            opened++;
            return new StringReader("{\"text\":\"Gamma\"}\n");
        });
        var ids = source.Read().Select(i => i.Article!.Id).ToList();
        Assert.Equal(new[] { "a", "stdin#1", "dir/b" }, ids);
        Assert.Equal(1, opened);
    }

    [Fact]
    public void Stdin_can_be_given_once()
    {
        Assert.Throws<ArgumentException>(() => new CommandLineArticleSource(["-", "x", "-"], () => TextReader.Null));
    }

    [Fact]
    public void Stdin_records_are_sharded_by_id_and_shards_partition_them()
    {
        string input = string.Concat(Enumerable.Range(0, 60).Select(i => $"{{\"text\":\"t{i}\",\"id\":\"doc-{i}\"}}\n")) + "bad line\n";
        List<string> Run(Shard? shard) => new CommandLineArticleSource(["-"], () => new StringReader(input), new IngestOptions { Shard = shard })
            .Read().Select(i => i.Article?.Id ?? "error:" + i.Error!.File).ToList();
        var whole = Run(null);
        Assert.Equal(61, whole.Count);
        var parts = Enumerable.Range(1, 4).Select(k => Run(new Shard(k, 4))).ToList();
        Assert.All(parts, p => Assert.NotEmpty(p));
        Assert.Equal(whole, parts.SelectMany(p => p).OrderBy(x => whole.IndexOf(x)));
        Assert.Equal(whole.Count, parts.Sum(p => p.Count));
    }
}
