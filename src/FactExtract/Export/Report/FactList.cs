namespace FactExtract.Export.Report;

/// <summary>A fact as one short readable line (value, subject, time, change) for the list beside its sentence.</summary>
internal static class FactList
{
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
