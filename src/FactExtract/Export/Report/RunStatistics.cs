namespace FactExtract.Export.Report;

/// <summary>The run-wide counts the overview shows, gathered in the one pass over the articles.</summary>
internal sealed class RunStatistics(double threshold)
{
    private readonly Dictionary<string, long> _mentionsByCanonical = new(StringComparer.Ordinal);

    public int Articles { get; private set; }
    public long Words { get; private set; }
    public long Entities { get; private set; }
    public long Quantities { get; private set; }
    public long Facts { get; private set; }
    public long Doubtful { get; private set; }
    public long NotPlaced { get; private set; }
    public int ArticlesWithoutText { get; private set; }
    public Dictionary<string, long> EntityTypes { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> QuantityKinds { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> FactKinds { get; } = new(StringComparer.Ordinal);

    /// <summary>Articles per bucket of fact count: 0, 1, 2, 3–4, 5–9, 10–19, 20+.</summary>
    public long[] FactsPerArticle { get; } = new long[FactBuckets.Length];
    public static readonly string[] FactBuckets = ["0", "1", "2", "3–4", "5–9", "10–19", "20+"];

    public void Add(ReportArticle article, int notPlaced)
    {
        Articles++;
        Words += article.Words;
        if (article.Text is null) ArticlesWithoutText++;
        NotPlaced += notPlaced;
        foreach (var e in article.Entities)
        {
            Entities++;
            Increment(EntityTypes, e.Type);
            if (e.IsBelow(threshold)) Doubtful++;
            string name = e.Canonical.Length > 0 ? e.Canonical : e.Text;
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_mentionsByCanonical, name, out _)++;
        }
        foreach (var q in article.Quantities) { Quantities++; Increment(QuantityKinds, q.Kind); }
        foreach (var f in article.Facts) { Facts++; Increment(FactKinds, f.Kind); }
        FactsPerArticle[Bucket(article.Facts.Count)]++;
    }

    /// <summary>The most mentioned entities by canonical name, most first (ties in name order, so reports are stable).</summary>
    public IReadOnlyList<KeyValuePair<string, long>> TopEntities(int count) => Top(_mentionsByCanonical, count);

    /// <summary>
    /// The <paramref name="count"/> largest counts, largest first, ties in ordinal name order. A
    /// plain insertion into a short list: a run has tens of thousands of names, and sorting them
    /// all (or a generic ordering over them) cost more than the rest of the overview.
    /// </summary>
    public static List<KeyValuePair<string, long>> Top(Dictionary<string, long> counts, int count)
    {
        var top = new List<KeyValuePair<string, long>>(count + 1);
        foreach (var (name, value) in counts)
        {
            int at = top.Count;
            while (at > 0 && Before(name, value, top[at - 1])) at--;
            if (at >= count) continue;
            top.Insert(at, new(name, value));
            if (top.Count > count) top.RemoveAt(count);
        }
        return top;
    }

    private static bool Before(string name, long value, KeyValuePair<string, long> other) =>
        value > other.Value || (value == other.Value && string.CompareOrdinal(name, other.Key) < 0);

    private static int Bucket(int facts) => facts switch
    {
        <= 2 => facts,
        <= 4 => 3,
        <= 9 => 4,
        <= 19 => 5,
        _ => 6,
    };

    private static void Increment(Dictionary<string, long> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
