using System.Net;

namespace FactExtract.Ingestion;

/// <summary>
/// A page's publication date and address, from the tags news sites use, best source first:
/// date from <c>&lt;meta property="article:published_time"&gt;</c>, then schema.org
/// <c>itemprop="datePublished"</c>, then common <c>&lt;meta name&gt;</c> dates (<c>date</c>,
/// <c>pubdate</c>, <c>dc.date</c>…), then the first <c>&lt;time datetime&gt;</c>; address from
/// <c>&lt;link rel="canonical"&gt;</c>, then <c>og:url</c>; <c>og:title</c> when there is no &lt;title&gt;.
/// Values are kept as the page gives them (trimmed).
/// </summary>
internal sealed class HtmlMetadata
{
    private static readonly Dictionary<string, int> DateNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["article:published_time"] = 0, ["og:article:published_time"] = 0,
        ["datepublished"] = 1,
        ["date"] = 2, ["pubdate"] = 2, ["publishdate"] = 2, ["publish-date"] = 2, ["dc.date"] = 2, ["dc.date.issued"] = 2,
        ["dcterms.created"] = 2, ["dcterms.date"] = 2, ["parsely-pub-date"] = 2, ["sailthru.date"] = 2,
    };

    private const int TimeElementRank = 3;

    private int _dateRank = int.MaxValue;
    private int _urlRank = int.MaxValue;

    public string? Date { get; private set; }
    public string? Url { get; private set; }
    public string? OpenGraphTitle { get; private set; }

    /// <summary>Looks at one start tag; <paramref name="tag"/> is its source from '&lt;' to '&gt;'.</summary>
    public void Observe(string name, ReadOnlySpan<char> tag)
    {
        if (name.Equals("meta", StringComparison.OrdinalIgnoreCase)) ObserveMeta(HtmlAttributes.Parse(tag));
        else if (name.Equals("link", StringComparison.OrdinalIgnoreCase)) ObserveLink(HtmlAttributes.Parse(tag));
        else if (name.Equals("time", StringComparison.OrdinalIgnoreCase) && _dateRank > TimeElementRank
                 && HtmlAttributes.Parse(tag).GetValueOrDefault("datetime") is { } datetime)
            SetDate(datetime, TimeElementRank);
    }

    public static bool IsInteresting(string name) =>
        name.Equals("meta", StringComparison.OrdinalIgnoreCase) || name.Equals("link", StringComparison.OrdinalIgnoreCase)
        || name.Equals("time", StringComparison.OrdinalIgnoreCase);

    private void ObserveMeta(Dictionary<string, string> attributes)
    {
        if (attributes.GetValueOrDefault("content") is not { } content) return;
        foreach (var key in new[] { "property", "name", "itemprop" })
        {
            if (attributes.GetValueOrDefault(key) is not { } label) continue;
            if (DateNames.TryGetValue(label, out int rank)) SetDate(content, rank);
            else if (label.Equals("og:url", StringComparison.OrdinalIgnoreCase)) SetUrl(content, 1);
            else if (label.Equals("og:title", StringComparison.OrdinalIgnoreCase) && OpenGraphTitle is null && content.Trim().Length > 0)
                OpenGraphTitle = content.Trim();
        }
    }

    private void ObserveLink(Dictionary<string, string> attributes)
    {
        if (attributes.GetValueOrDefault("rel") is { } rel && attributes.GetValueOrDefault("href") is { } href
            && rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase))
            SetUrl(href, 0);
    }

    private void SetDate(string value, int rank)
    {
        value = value.Trim();
        if (value.Length == 0 || rank >= _dateRank) return;
        Date = value;
        _dateRank = rank;
    }

    private void SetUrl(string value, int rank)
    {
        value = value.Trim();
        if (value.Length == 0 || rank >= _urlRank) return;
        Url = value;
        _urlRank = rank;
    }
}

/// <summary>The attributes of one start tag (names lower-cased, values entity-decoded; the first of a repeated name wins).</summary>
internal static class HtmlAttributes
{
    public static Dictionary<string, string> Parse(ReadOnlySpan<char> tag)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        int p = 1;
        while (p < tag.Length && !IsSpace(tag[p]) && tag[p] is not ('>' or '/')) p++; // the tag name
        while (p < tag.Length)
        {
            while (p < tag.Length && (IsSpace(tag[p]) || tag[p] == '/')) p++;
            if (p >= tag.Length || tag[p] == '>') break;
            int nameStart = p;
            while (p < tag.Length && !IsSpace(tag[p]) && tag[p] is not ('=' or '>' or '/')) p++;
            string name = tag[nameStart..p].ToString().ToLowerInvariant();
            while (p < tag.Length && IsSpace(tag[p])) p++;
            string value = "";
            if (p < tag.Length && tag[p] == '=')
            {
                p++;
                while (p < tag.Length && IsSpace(tag[p])) p++;
                if (p < tag.Length && tag[p] is '"' or '\'')
                {
                    char quote = tag[p++];
                    int end = tag[p..].IndexOf(quote);
                    int stop = end < 0 ? tag.Length : p + end;
                    value = tag[p..stop].ToString();
                    p = Math.Min(stop + 1, tag.Length);
                }
                else
                {
                    int valueStart = p;
                    while (p < tag.Length && !IsSpace(tag[p]) && tag[p] != '>') p++;
                    value = tag[valueStart..p].ToString();
                }
            }
            if (name.Length > 0) result.TryAdd(name, value.Contains('&') ? WebUtility.HtmlDecode(value) : value);
        }
        return result;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
