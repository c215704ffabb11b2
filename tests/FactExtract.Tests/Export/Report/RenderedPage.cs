using System.Net;
using System.Text.RegularExpressions;

namespace FactExtract.Tests.Export.Report;

/// <summary>Reads what the browser rendered (a --dump-dom serialisation): highlighted mentions, links, visible text.</summary>
internal static partial class RenderedPage
{
    public sealed record Mark(int Row, int Start, int End, string Type, string Classes, string Text);

    public static List<Mark> Marks(string dom) =>
        MarkElement().Matches(dom).Select(m =>
        {
            string attributes = m.Groups[1].Value;
            return new Mark(int.Parse(Attribute(attributes, "data-row")), int.Parse(Attribute(attributes, "data-start")),
                int.Parse(Attribute(attributes, "data-end")), Attribute(attributes, "data-type"), Attribute(attributes, "class"),
                TextOf(m.Groups[2].Value));
        }).ToList();

    /// <summary>The text content of an HTML fragment (tags removed, character references decoded).</summary>
    public static string TextOf(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    public static string Attribute(string attributes, string name)
    {
        var m = Regex.Match(attributes, $"(?:^|\\s){Regex.Escape(name)}=\"([^\"]*)\"");
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"no {name} in {attributes}");
    }

    /// <summary>The 0-based articles.jsonl positions of the article links on a page.</summary>
    public static IEnumerable<int> ArticleLinks(string dom) =>
        ArticleLink().Matches(dom).Select(m => int.Parse(m.Groups[1].Value) - 1);

    /// <summary>The address fragment of article <paramref name="index"/> (0-based) on the shared article page.</summary>
    public static string ArticleFragment(int index, int? mentionRow = null) =>
        $"#n={index + 1}" + (mentionRow is { } row ? $"&m={row}" : "");

    /// <summary>(article index, entities.csv row) of each mention link (as the review queue makes them).</summary>
    public static List<(int Article, int Row)> MentionLinks(string dom) =>
        MentionLink().Matches(dom).Select(m => (int.Parse(m.Groups[1].Value) - 1, int.Parse(m.Groups[2].Value))).ToList();

    /// <summary>The article body: everything inside the page's text column.</summary>
    public static string DocumentHtml(string dom)
    {
        int start = dom.IndexOf("<div class=\"doc\">", StringComparison.Ordinal);
        int end = dom.IndexOf("<aside", start, StringComparison.Ordinal);
        return dom[start..end];
    }

    /// <summary>The article text as the page shows it: the text columns of its rows, joined.</summary>
    public static string ArticleText(string dom) =>
        string.Concat(TextColumn().Matches(dom).Select(m => TextOf(m.Groups[1].Value)));

    [GeneratedRegex("<div class=\"text\" dir=\"auto\">(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex TextColumn();

    [GeneratedRegex("<mark ([^>]*)>(.*?)</mark>", RegexOptions.Singleline)]
    private static partial Regex MarkElement();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("href=\"article\\.html#n=(\\d+)\"")]
    private static partial Regex ArticleLink();

    [GeneratedRegex("href=\"article\\.html#n=(\\d+)&amp;m=(\\d+)\"")]
    private static partial Regex MentionLink();
}
