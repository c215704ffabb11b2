using FactExtract.Ingestion;
using FsCheck;
using FsCheck.Fluent;

namespace FactExtract.Tests.Ingestion;

public class ShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("3/8", 3, 8)]
    public void Parses_k_of_n(string text, int k, int n)
    {
        var shard = Shard.Parse(text);
        Assert.Equal((k, n), (shard.Index, shard.Count));
        Assert.Equal(text, shard.ToString());
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("1-4")]
    [InlineData("a/b")]
    [InlineData("-1/4")]
    [InlineData("")]
    public void Rejects_bad_shards_with_a_reason(string text)
    {
        Assert.False(Shard.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Hash_is_the_published_fnv1a64()
    {
        // Reference values of FNV-1a 64 (the hash must be stable across processes and machines).
        Assert.Equal(0xcbf29ce484222325UL, Shard.Fnv1a64(""));
        Assert.Equal(0xaf63dc4c8601ec8cUL, Shard.Fnv1a64("a"));
        Assert.Equal(0x85944171f73967e8UL, Shard.Fnv1a64("foobar"));
    }

    [Fact]
    public void Long_and_non_ascii_keys_hash_as_utf8()
    {
        string key = new string('\u00E9', 300) + "\U0001F600";
        ulong expected = 0xcbf29ce484222325UL;
        foreach (byte b in System.Text.Encoding.UTF8.GetBytes(key)) expected = (expected ^ b) * 1099511628211UL;
        Assert.Equal(expected, Shard.Fnv1a64(key));
    }

    [FsCheck.Xunit.Property]
    public Property Every_key_is_in_exactly_one_shard(NonNull<string> key, PositiveInt count)
    {
        int n = count.Get % 50 + 1;
        int owners = Enumerable.Range(1, n).Count(k => new Shard(k, n).Contains(key.Get));
        return (owners == 1).ToProperty();
    }
}
