namespace FactExtract.Export.Report;

/// <summary>The document head and foot every report page shares (one stylesheet, no external resources).</summary>
internal static class PageShell
{
    public static void Begin(TextWriter w, string title, string root, string bodyAttributes = "")
    {
        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // Nothing on a report page is fetched from elsewhere; the policy makes that a guarantee.
        w.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:\">\n");
        w.Write("<title>");
        Html.Write(w, title);
        w.Write($" · FactExtract report</title>\n<link rel=\"stylesheet\" href=\"{root}assets/report.css\">\n</head>\n<body {bodyAttributes}>\n");
    }

    public static void End(TextWriter w) => w.Write("</body>\n</html>\n");
}
