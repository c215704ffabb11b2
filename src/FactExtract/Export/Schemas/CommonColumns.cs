using FactExtract.Text;

namespace FactExtract.Export.Schemas;

/// <summary>Columns every layer table starts with: the article, then the span.</summary>
internal static class CommonColumns
{
    public static Column<T> ArticleId<T>() => new Column<T, string>("article_id", (d, _) => d!.Id, ValueFormats.Text, ColumnPlaces.Csv);
    public static Column<T> File<T>() => new Column<T, string>("file", (d, _) => d!.Article.File, ValueFormats.Text, ColumnPlaces.Csv);
    public static Column<T> Int<T>(string name, Func<T, int> get) => new Column<T, int>(name, (_, r) => get(r), ValueFormats.Integer);

    /// <summary>article_id, file, sentence, start, end.</summary>
    public static IEnumerable<Column<T>> ArticleAndSpan<T>(Func<T, int> sentence, Func<T, int> start, Func<T, int> end) =>
    [
        ArticleId<T>(), File<T>(), Int("sentence", sentence), Int("start", start), Int("end", end),
    ];

    /// <summary>The layer's records sorted by offset (stable), or none when the layer is absent.</summary>
    public static IEnumerable<T> ByOffset<T>(Document document, LayerKey<IReadOnlyList<T>> key, Func<T, int> start, Func<T, int> end) =>
        document.TryGet(key, out var items) ? items.OrderBy(start).ThenBy(end) : [];

    public static int CountOf<T>(Document document, LayerKey<IReadOnlyList<T>> key) =>
        document.TryGet(key, out var items) ? items.Count : 0;
}
