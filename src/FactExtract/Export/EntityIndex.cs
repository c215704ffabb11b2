using FactExtract.Entities;
using FactExtract.Text;

namespace FactExtract.Export;

/// <summary>One real-world entity across a run: the row of <c>entities_index</c>.</summary>
/// <param name="Aliases">Distinct mention texts seen, whitespace collapsed, ordinal order.</param>
/// <param name="Articles">Number of articles that mention it.</param>
/// <param name="Mentions">Number of mentions.</param>
/// <param name="FirstDate">Earliest article date among those articles (null when none is dated).</param>
/// <param name="LastDate">Latest article date among those articles.</param>
internal sealed record EntityIndexRow(
    string EntityId, string Canonical, EntityType Type, IReadOnlyList<string> Aliases,
    int Articles, int Mentions, DateOnly? FirstDate, DateOnly? LastDate);

/// <summary>
/// Aggregates entity mentions into one row per <see cref="EntityIds">entity id</see>. Every
/// field is combined by a rule that ignores order (sums, set union, minimum, maximum, and a
/// fixed preference for the displayed name), so the index of a whole run equals the
/// <see cref="Merge">merge</see> of its shards' indexes, whatever the thread count.
/// Not thread-safe: add documents from one thread (the output writer's).
/// </summary>
internal sealed class EntityIndex
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public void Add(Document document)
    {
        if (!document.Has(DocumentLayers.Entities)) return;
        var date = document.Article.Date;
        var seenInArticle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in document.Entities)
        {
            var id = EntityIds.For(e.Type, e.Canonical);
            if (!_entries.TryGetValue(id, out var entry))
                _entries[id] = entry = new Entry(e.Type, e.Canonical);
            entry.Canonical = PreferredName(entry.Canonical, e.Canonical);
            entry.Aliases.Add(CollapseWhitespace(e.Text));
            entry.Mentions++;
            if (seenInArticle.Add(id))
            {
                entry.Articles++;
                entry.AddDate(date);
            }
        }
    }

    /// <summary>The rows, most-mentioned first (ties by id), so the order too is independent of input order.</summary>
    public IReadOnlyList<EntityIndexRow> Rows() =>
        Ordered(_entries.Select(kv => kv.Value.ToRow(kv.Key)));

    /// <summary>
    /// Combines the indexes of disjoint parts of a corpus (shards) into the index of the whole:
    /// the result equals the rows of one run over all the parts.
    /// </summary>
    public static IReadOnlyList<EntityIndexRow> Merge(IEnumerable<IEnumerable<EntityIndexRow>> parts)
    {
        var merged = new Dictionary<string, EntityIndexRow>(StringComparer.Ordinal);
        foreach (var row in parts.SelectMany(p => p))
        {
            merged[row.EntityId] = merged.TryGetValue(row.EntityId, out var had)
                ? new EntityIndexRow(
                    row.EntityId,
                    PreferredName(had.Canonical, row.Canonical),
                    row.Type,
                    had.Aliases.Union(row.Aliases, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                    had.Articles + row.Articles,
                    had.Mentions + row.Mentions,
                    Min(had.FirstDate, row.FirstDate),
                    Max(had.LastDate, row.LastDate))
                : row;
        }
        return Ordered(merged.Values);
    }

    /// <summary>
    /// Of two spellings with the same id, the one shown: more lower-case letters (so "Keir
    /// Starmer" over "KEIR STARMER"), then the longer, then ordinal order. A fixed total order,
    /// so the choice does not depend on which article came first.
    /// </summary>
    internal static string PreferredName(string a, string b)
    {
        int byLower = LowerCount(b).CompareTo(LowerCount(a));
        if (byLower != 0) return byLower > 0 ? b : a;
        if (a.Length != b.Length) return b.Length > a.Length ? b : a;
        return string.CompareOrdinal(a, b) <= 0 ? a : b;
    }

    private static IReadOnlyList<EntityIndexRow> Ordered(IEnumerable<EntityIndexRow> rows) =>
        rows.OrderByDescending(r => r.Mentions).ThenBy(r => r.EntityId, StringComparer.Ordinal).ToList();

    private static int LowerCount(string s) => s.Count(char.IsLower);

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed class Entry(EntityType type, string canonical)
    {
        public EntityType Type { get; } = type;
        public string Canonical { get; set; } = canonical;
        public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);
        public int Articles { get; set; }
        public int Mentions { get; set; }
        private DateOnly? _first, _last;

        public void AddDate(DateOnly? date)
        {
            _first = Min(_first, date);
            _last = Max(_last, date);
        }

        public EntityIndexRow ToRow(string id) =>
            new(id, Canonical, Type, Aliases.Order(StringComparer.Ordinal).ToList(), Articles, Mentions, _first, _last);
    }
}
