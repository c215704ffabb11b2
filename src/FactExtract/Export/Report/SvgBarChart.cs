using System.Globalization;

namespace FactExtract.Export.Report;

/// <summary>A horizontal bar chart as inline SVG: a label, a bar and the count per line. Labels are escaped text.</summary>
internal static class SvgBarChart
{
    private const int Width = 640, LabelWidth = 220, ValueWidth = 70, RowHeight = 20;

    public static void Write(TextWriter w, string title, IReadOnlyList<KeyValuePair<string, long>> bars)
    {
        w.Write("<figure class=\"chart\"><figcaption><strong>");
        Html.Write(w, title);
        w.Write("</strong></figcaption>\n");
        if (bars.Count == 0) { w.Write("<p class=\"muted\">none</p></figure>\n"); return; }
        long max = Math.Max(1, bars.Max(b => b.Value));
        int height = bars.Count * RowHeight + 4;
        w.Write($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"");
        Html.Write(w, title);
        w.Write("\">\n");
        int barSpace = Width - LabelWidth - ValueWidth;
        for (int i = 0; i < bars.Count; i++)
        {
            var (label, value) = (bars[i].Key, bars[i].Value);
            int y = i * RowHeight + 2;
            double barWidth = Math.Max(value > 0 ? 1 : 0, barSpace * (double)value / max);
            w.Write($"<g><title>");
            Html.Write(w, $"{label}: {value:N0}");
            w.Write($"</title><text x=\"{LabelWidth - 6}\" y=\"{y + 14}\" text-anchor=\"end\">");
            Html.Write(w, Shorten(label));
            w.Write($"</text><rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{barWidth.ToString("0.#", CultureInfo.InvariantCulture)}\" height=\"{RowHeight - 6}\"></rect>");
            w.Write($"<text x=\"{(LabelWidth + barWidth + 4).ToString("0.#", CultureInfo.InvariantCulture)}\" y=\"{y + 14}\">{value:N0}</text></g>\n");
        }
        w.Write("</svg></figure>\n");
    }

    // Long names would run into the bars; the full name is in the bar's tooltip.
    private static string Shorten(string label)
    {
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(label);
        var sb = new System.Text.StringBuilder();
        int count = 0;
        while (elements.MoveNext())
        {
            if (++count > 32) return sb.Append('…').ToString();
            sb.Append(elements.GetTextElement());
        }
        return sb.ToString();
    }
}
