using System.Globalization;
using System.Text;

namespace FactExtract.Ingestion;

/// <summary>
/// Shard K of N (K is 1-based), chosen by a stable hash of a key (a file's relative path or an
/// article id). FNV-1a 64 over the key's UTF-8 bytes, never string.GetHashCode (randomised per
/// process), so every worker on every machine agrees; shards are disjoint and their union is all.
/// </summary>
internal readonly record struct Shard
{
    public Shard(int index, int count)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "shard count must be at least 1");
        if (index < 1 || index > count) throw new ArgumentOutOfRangeException(nameof(index), index, $"shard index must be in 1..{count}");
        Index = index;
        Count = count;
    }

    /// <summary>1-based shard number K.</summary>
    public int Index { get; }

    /// <summary>Number of shards N.</summary>
    public int Count { get; }

    public bool Contains(string key) => (int)(Fnv1a64(key) % (ulong)Count) == Index - 1;

    /// <summary>
    /// Keeps the items of this shard, keyed by article id (errors by their location). For streams
    /// of records; file sources shard by path before reading (<see cref="IngestOptions.Shard"/>).
    /// </summary>
    public IEnumerable<IngestItem> Filter(IEnumerable<IngestItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
            if (Contains(item.Article?.Id ?? item.Error!.File)) yield return item;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    /// <summary>Parses "K/N"; on failure returns false with a reason a person can act on.</summary>
    public static bool TryParse(string? text, out Shard shard, out string? error)
    {
        shard = default;
        error = null;
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            error = $"shard must look like K/N (for example 2/8), got '{text}'";
            return false;
        }
        if (n < 1 || k < 1 || k > n)
        {
            error = $"shard {text}: need 1 <= K <= N";
            return false;
        }
        shard = new Shard(k, n);
        return true;
    }

    public static Shard Parse(string text) =>
        TryParse(text, out var shard, out var error) ? shard : throw new FormatException(error);

    /// <summary>FNV-1a 64-bit over UTF-8, streamed through a small stack buffer (no allocation).</summary>
    public static ulong Fnv1a64(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        const ulong offsetBasis = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        ulong hash = offsetBasis;
        Span<byte> buffer = stackalloc byte[256];
        var encoder = Encoding.UTF8.GetEncoder();
        var chars = key.AsSpan();
        bool completed = false;
        while (!completed)
        {
            encoder.Convert(chars, buffer, flush: true, out int used, out int written, out completed);
            foreach (byte b in buffer[..written]) hash = (hash ^ b) * prime;
            chars = chars[used..];
        }
        return hash;
    }
}
