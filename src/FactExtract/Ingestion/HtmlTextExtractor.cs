using System.Net;
using System.Text;

namespace FactExtract.Ingestion;

/// <summary>Visible text of an HTML page (what <see cref="Article.Text"/> holds), its title, and the publication date and address its tags give.</summary>
internal sealed record HtmlExtraction(string Text, string? Title)
{
    public string? Date { get; init; }
    public string? Url { get; init; }
}

/// <summary>
/// A tolerant, single-pass HTML-to-text scanner (no HTML package is available, and a news page
/// needs only this much). Drops script/style/noscript/template/head content and comments, takes
/// &lt;title&gt; as the title, turns block elements into paragraph ("\n\n") or line ("\n") breaks,
/// decodes entities and collapses whitespace runs to one space. Malformed markup never throws:
/// a '&lt;' that does not start a tag is text, an unclosed tag or comment ends at end of input.
/// Linear in the input: every search moves forward.
/// </summary>
internal sealed class HtmlTextExtractor
{
    private static readonly HashSet<string> ParagraphTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "header", "footer",
        "blockquote", "ul", "ol", "table", "main", "nav", "aside", "figure", "figcaption", "pre",
        "hr", "dl", "form", "address", "body", "html", "center", "fieldset", "details", "summary",
    };

    private static readonly HashSet<string> LineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "li", "tr", "dt", "dd", "caption", "option",
    };

    /// <summary>Table cells: adjacent cells must not run their words together.</summary>
    private static readonly HashSet<string> CellTags = new(StringComparer.OrdinalIgnoreCase) { "td", "th" };

    /// <summary>Elements whose content is raw text up to the matching end tag; never shown.</summary>
    private static readonly HashSet<string> RawTextTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "xmp", "iframe", "noembed", "noframes",
    };

    /// <summary>Elements whose content is markup that is parsed but not shown.</summary>
    private static readonly HashSet<string> HiddenTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "noscript", "template", "svg", "math", "object",
    };

    /// <summary>What may appear inside &lt;head&gt;; any other start tag means the body has begun.</summary>
    private static readonly HashSet<string> HeadTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "meta", "link", "title", "style", "script", "base", "noscript", "template",
    };

    public HtmlExtraction Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var output = new ParagraphWriter(html.Length);
        var metadata = new HtmlMetadata();
        string? title = null;
        bool inHead = false;
        int hiddenDepth = 0;
        bool noTitleEnd = false; // once "</title" is known absent, never search for it again (linear)
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            int textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > i && !inHead && hiddenDepth == 0) output.WriteText(html.AsSpan(i, textEnd - i));
            if (lt < 0) break;
            i = lt;

            if (Matches(html, i, "<!--"))
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            if (i + 1 < html.Length && html[i + 1] is '!' or '?')
            {
                // Doctype, CDATA or processing instruction: skip the declaration.
                int close = html.IndexOf('>', i + 2);
                i = close < 0 ? html.Length : close + 1;
                continue;
            }

            var tag = ReadTag(html, i);
            if (tag is null)
            {
                // Not a tag ("a < b", "<3"): the '<' is text.
                if (!inHead && hiddenDepth == 0) output.WriteText("<");
                i++;
                continue;
            }
            var (name, isEnd, end) = tag.Value;
            if (!isEnd && HtmlMetadata.IsInteresting(name)) metadata.Observe(name, html.AsSpan(lt, end - lt));
            i = end;

            if (!isEnd && RawTextTags.Contains(name))
            {
                i = SkipPastEndTag(html, i, name);
                continue;
            }
            if (!isEnd && name.Equals("title", StringComparison.OrdinalIgnoreCase))
            {
                int close = noTitleEnd ? -1 : FindEndTag(html, i, "title");
                noTitleEnd = close < 0;
                // An unclosed <title> must not swallow the page: it ends at the next tag.
                int contentEnd = close >= 0 ? close : NextOrEnd(html, i, '<');
                title ??= DecodeAndCollapse(html.AsSpan(i, contentEnd - i));
                i = close >= 0 ? SkipPastEnd(html, close) : contentEnd;
                continue;
            }
            if (name.Equals("head", StringComparison.OrdinalIgnoreCase))
            {
                inHead = !isEnd;
                continue;
            }
            if (inHead && !isEnd && !HeadTags.Contains(name)) inHead = false;
            if (HiddenTags.Contains(name))
            {
                hiddenDepth = isEnd ? Math.Max(0, hiddenDepth - 1) : hiddenDepth + 1;
                continue;
            }
            if (ParagraphTags.Contains(name)) output.Break(2);
            else if (LineTags.Contains(name)) output.Break(1);
            else if (CellTags.Contains(name)) output.Space();
        }
        return new HtmlExtraction(output.ToString(), string.IsNullOrEmpty(title) ? metadata.OpenGraphTitle : title)
        {
            Date = metadata.Date,
            Url = metadata.Url,
        };
    }

    /// <summary>
    /// Reads "&lt;name ...&gt;" or "&lt;/name ...&gt;" at <paramref name="start"/>. Quoted attribute
    /// values may contain '&gt;'; an unterminated quote falls back to the first '&gt;' so one stray
    /// quote cannot eat the page. Returns null when the '&lt;' does not start a tag.
    /// </summary>
    private static (string Name, bool IsEnd, int End)? ReadTag(string html, int start)
    {
        int p = start + 1;
        bool isEnd = p < html.Length && html[p] == '/';
        if (isEnd) p++;
        if (p >= html.Length || !char.IsAsciiLetter(html[p])) return null;
        int nameStart = p;
        while (p < html.Length && (char.IsAsciiLetterOrDigit(html[p]) || html[p] is '-' or ':' or '_')) p++;
        string name = html[nameStart..p];

        int firstGt = html.IndexOf('>', p);
        if (firstGt < 0) return (name, isEnd, html.Length);
        char quote = '\0';
        for (int q = p; q < html.Length; q++)
        {
            char c = html[q];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'' && q > 0 && html[q - 1] == '=') quote = c;
            else if (c == '>') return (name, isEnd, q + 1);
            if (c == '<' && quote != '\0') break; // a quote that runs into markup is not a real quote
        }
        return (name, isEnd, firstGt + 1);
    }

    private static int FindEndTag(string html, int from, string name)
    {
        int p = from;
        while (true)
        {
            int lt = html.IndexOf("</", p, StringComparison.Ordinal);
            if (lt < 0) return -1;
            int after = lt + 2 + name.Length;
            if (after <= html.Length
                && html.AsSpan(lt + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || !char.IsAsciiLetterOrDigit(html[after])))
                return lt;
            p = lt + 2;
        }
    }

    private static int SkipPastEndTag(string html, int from, string name)
    {
        int close = FindEndTag(html, from, name);
        return close < 0 ? html.Length : SkipPastEnd(html, close);
    }

    /// <summary>Just past the '&gt;' closing the end tag that starts at <paramref name="close"/>.</summary>
    private static int SkipPastEnd(string html, int close)
    {
        int gt = html.IndexOf('>', close);
        return gt < 0 ? html.Length : gt + 1;
    }

    private static int NextOrEnd(string s, int from, char c)
    {
        int k = s.IndexOf(c, from);
        return k < 0 ? s.Length : k;
    }

    private static bool Matches(string s, int at, string what) =>
        string.CompareOrdinal(s, at, what, 0, what.Length) == 0;

    private static string DecodeAndCollapse(ReadOnlySpan<char> raw)
    {
        var w = new ParagraphWriter(raw.Length);
        w.WriteText(raw);
        return w.ToString();
    }

    /// <summary>
    /// Builds the visible text: whitespace runs become one space, breaks are held back until the
    /// next visible character so the text never starts or ends with blank lines.
    /// </summary>
    private sealed class ParagraphWriter(int capacity)
    {
        private readonly StringBuilder _sb = new(Math.Min(capacity, 1 << 20));
        private bool _pendingSpace;
        private int _pendingBreak;

        public void Break(int lines) => _pendingBreak = Math.Max(_pendingBreak, lines);

        public void Space() => _pendingSpace = true;

        public void WriteText(ReadOnlySpan<char> raw)
        {
            if (raw.IndexOf('&') >= 0) raw = WebUtility.HtmlDecode(HtmlCharacterReferences.ReplaceInvalidNumeric(raw.ToString()));
            foreach (char raw1 in raw)
            {
                // Browsers read &#128;–&#159; (and stray C1 bytes) as Windows-1252: &#150; is an en dash.
                char c = raw1 is >= '\u0080' and <= '\u009F' ? Windows1252.Decode((byte)raw1) : raw1;
                // char.IsWhiteSpace includes U+00A0 (&nbsp;): inside running text it is a space.
                if (char.IsWhiteSpace(c)) { _pendingSpace = true; continue; }
                if (_sb.Length > 0)
                {
                    if (_pendingBreak > 0) _sb.Append('\n', _pendingBreak);
                    else if (_pendingSpace) _sb.Append(' ');
                }
                _pendingBreak = 0;
                _pendingSpace = false;
                _sb.Append(c);
            }
        }

        public override string ToString() => _sb.ToString();
    }
}
