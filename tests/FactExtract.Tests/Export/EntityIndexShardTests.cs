using System.Globalization;
using FactExtract.Entities;
using FactExtract.Export;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Export;

/// <summary>Entity ids and the entity index from real runs: shards, thread counts, re-runs.</summary>
public sealed class EntityIndexShardTests : IDisposable
{
    private readonly TempDirectory _input = new();
    private readonly TempDirectory _output = new();

    public EntityIndexShardTests() => CorpusRun.WriteDatedArticles(_input);

    public void Dispose()
    {
        _input.Dispose();
        _output.Dispose();
    }

    private string Run(string name, params string[] args)
    {
        var dir = _output.Combine(name);
        Assert.Equal(0, CorpusRun.Extract([_input.Combine("articles"), "--out", dir, .. args]));
        return dir;
    }

    private static List<string[]> Csv(string dir, string file, out string[] header) =>
        CsvFile.Read(Path.Combine(dir, file), out header);

    private static EntityIndexRow ParseIndexRow(string[] r)
    {
        Assert.True(EntityTypeNames.TryParse(r[2], out var type));
        DateOnly? Date(string s) => s.Length == 0 ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new EntityIndexRow(r[0], r[1], type, r[3].Split(';'), int.Parse(r[4], CultureInfo.InvariantCulture),
            int.Parse(r[5], CultureInfo.InvariantCulture), Date(r[6]), Date(r[7]));
    }

    private static string Render(EntityIndexRow r) =>
        $"{r.EntityId}|{r.Canonical}|{r.Type}|{string.Join(';', r.Aliases)}|{r.Articles}|{r.Mentions}|{r.FirstDate:yyyy-MM-dd}|{r.LastDate:yyyy-MM-dd}";

    [Fact]
    public void Two_shards_index_rows_merge_to_the_whole_runs()
    {
        var whole = Run("whole", "--threads", "2");
        var one = Run("one", "--shard", "1/2", "--threads", "1");
        var two = Run("two", "--shard", "2/2", "--threads", "1");

        var wholeRows = Csv(whole, OutputSet.EntityIndexFile, out var header).Select(ParseIndexRow).ToList();
        Assert.Equal(["entity_id", "canonical", "type", "aliases", "articles", "mentions", "first_date", "last_date"], header);
        var oneRows = Csv(one, OutputSet.EntityIndexFile, out _).Select(ParseIndexRow).ToList();
        var twoRows = Csv(two, OutputSet.EntityIndexFile, out _).Select(ParseIndexRow).ToList();
        Assert.NotEmpty(oneRows);
        Assert.NotEmpty(twoRows);
        // Some entity occurs in both shards, so the merge does real work (sums, unions, min/max).
        Assert.Contains(oneRows, r => twoRows.Any(t => t.EntityId == r.EntityId));

        var merged = EntityIndex.Merge([oneRows, twoRows]);
        Assert.Equal(wholeRows.Select(Render), merged.Select(Render));
        Assert.Equal(Csv(whole, OutputSet.EntitiesFile, out _).Count, wholeRows.Sum(r => r.Mentions));
    }

    [Fact]
    public void Mentions_carry_the_same_entity_id_in_shards_and_whole_run()
    {
        var whole = Run("whole", "--threads", "2");
        var one = Run("one", "--shard", "1/2");
        var two = Run("two", "--shard", "2/2");

        var wholeMentions = Csv(whole, OutputSet.EntitiesFile, out var header);
        int idColumn = Array.IndexOf(header, "entity_id");
        Assert.Equal(header.Length - 1, idColumn); // appended: earlier columns keep their places
        string Key(string[] r) => string.Join('|', r);
        var shardMentions = Csv(one, OutputSet.EntitiesFile, out _).Concat(Csv(two, OutputSet.EntitiesFile, out _));
        Assert.Equal(wholeMentions.Select(Key).Order(StringComparer.Ordinal), shardMentions.Select(Key).Order(StringComparer.Ordinal));
        foreach (var r in wholeMentions)
        {
            Assert.True(EntityTypeNames.TryParse(r[6], out var type));
            Assert.Equal(EntityIds.For(type, r[7].TrimStart('\'')), r[idColumn]);
        }
        // The shipped model resolves "Starmer" to Keir Starmer in the supplied article: one id for both.
        var starmer = wholeMentions.Where(r => r[0] == "seed-article" && r[5].Contains("Starmer")).Select(r => r[idColumn]).Distinct();
        Assert.Single(starmer);
    }

    [Fact]
    public void Index_and_ids_are_identical_across_thread_counts_and_re_runs()
    {
        var a = Run("a", "--threads", "1");
        var b = Run("b", "--threads", "2");
        var c = Run("c", "--threads", "2");
        foreach (var file in new[] { OutputSet.EntityIndexFile, OutputSet.EntitiesFile })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(c, file)));
        }
        var rows = Csv(a, OutputSet.EntityIndexFile, out _).Select(ParseIndexRow).ToList();
        Assert.Contains(rows, r => r.FirstDate is not null && r.LastDate > r.FirstDate && r.Articles > 1);
    }
}
