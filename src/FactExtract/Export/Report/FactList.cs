namespace FactExtract.Export.Report;

/// <summary>Writes facts as a short readable list (kind, value, subject, time, change), each naming its facts.csv row.</summary>
internal static class FactList
{
    public static void Write(TextWriter w, IEnumerable<FactNote> facts)
    {
        w.Write("<ol class=\"facts\">");
        foreach (var f in facts)
        {
            w.Write($"<li data-row=\"{f.Row}\" title=\"facts.csv row {f.Row}\"><span class=\"kind\">");
            Html.Write(w, f.Kind);
            w.Write("</span> ");
            Html.Write(w, Describe(f));
            w.Write("</li>");
        }
        w.Write("</ol>");
    }

    internal static string Describe(FactNote f)
    {
        var parts = new List<string>();
        switch (f.Kind)
        {
            case "QUOTE":
                parts.Add($"“{f.Value}”");
                if (f.Subject.Length > 0) parts.Add($"— {f.Subject}");
                break;
            case "ROLE":
                parts.Add($"{f.Subject}: {f.Value}");
                break;
            default:
                parts.Add(string.Join(' ', new[] { f.Qualifier, f.Value, f.Unit, f.Measure }.Where(p => p.Length > 0)));
                if (f.Subject.Length > 0) parts.Add($"subject: {f.Subject}");
                break;
        }
        if (f.Time.Length > 0) parts.Add($"time: {f.Time}");
        if (f.Change.Length > 0) parts.Add($"change: {f.Change}");
        return string.Join("; ", parts);
    }
}
