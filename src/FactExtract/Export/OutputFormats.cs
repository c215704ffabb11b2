namespace FactExtract.Export;

[Flags]
internal enum OutputFormats
{
    None = 0,
    Csv = 1,
    Jsonl = 2,
    /// <summary>Typed Parquet tables, one file per table; asked for explicitly (<c>--format parquet</c>).</summary>
    Parquet = 4,
    All = Csv | Jsonl,
}

internal static class OutputFormatsParser
{
    /// <summary>Parses "csv", "jsonl", "csv,jsonl"; returns false with a reason for anything else.</summary>
    public static bool TryParse(string text, out OutputFormats formats, out string error)
    {
        formats = OutputFormats.None;
        error = "";
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "csv": formats |= OutputFormats.Csv; break;
                case "jsonl": case "json": formats |= OutputFormats.Jsonl; break;
                case "parquet": formats |= OutputFormats.Parquet; break;
                default: error = $"unknown format '{part}' (expected csv, jsonl, parquet)"; return false;
            }
        }
        if (formats == OutputFormats.None) { error = "no output format given"; return false; }
        return true;
    }
}
