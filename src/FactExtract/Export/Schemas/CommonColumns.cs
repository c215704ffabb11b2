using FactExtract.Text;

namespace FactExtract.Export.Schemas;

/// <summary>Columns every layer table starts with: the article, then the span.</summary>
internal static class CommonColumns
{
    // Ids and paths come from the input, so a spreadsheet must not run them as formulas either.
    public static Column<T> ArticleId<T>() => new Column<T, string>("article_id", (c, _) => c.Doc.Id, ValueFormats.SafeText, ColumnPlaces.Csv);
    public static Column<T> File<T>() => new Column<T, string>("file", (c, _) => c.Doc.Article.File, ValueFormats.SafeText, ColumnPlaces.Csv);
    public static Column<T> Int<T>(string name, Func<T, int> get) => new Column<T, int>(name, (_, r) => get(r), ValueFormats.Integer);

    /// <summary>A character offset, counted in the run's offset unit (<c>extract --offsets</c>).</summary>
    public static Column<T> Offset<T>(string name, Func<T, int> get) => new Column<T, int>(name, (c, r) => c.Offsets.Convert(get(r)), ValueFormats.Integer);

    /// <summary>article_id, file, sentence, start, end.</summary>
    public static IEnumerable<Column<T>> ArticleAndSpan<T>(Func<T, int> sentence, Func<T, int> start, Func<T, int> end) =>
    [
        ArticleId<T>(), File<T>(), Int("sentence", sentence), Offset("start", start), Offset("end", end),
    ];

    /// <summary>The layer's records sorted by offset (stable), or none when the layer is absent.</summary>
    public static IEnumerable<T> ByOffset<T>(Document document, LayerKey<IReadOnlyList<T>> key, Func<T, int> start, Func<T, int> end) =>
        document.TryGet(key, out var items) ? items.OrderBy(start).ThenBy(end) : [];

    public static int CountOf<T>(Document document, LayerKey<IReadOnlyList<T>> key) =>
        document.TryGet(key, out var items) ? items.Count : 0;
}
