namespace FactExtract.Export.Report;

/// <summary>The stylesheet and scripts every report shares, embedded in the assembly and copied to <c>report/assets/</c>.</summary>
internal static class ReportAssets
{
    public static readonly string[] Names = ["report.css", "table.js", "overview.js", "review.js", "article.js"];

    public static void CopyTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var assembly = typeof(ReportAssets).Assembly;
        foreach (var name in Names)
        {
            using var resource = assembly.GetManifestResourceStream($"FactExtract.Export.Report.Assets.{name}")
                ?? throw new InvalidOperationException($"report asset {name} is not embedded in the build");
            using var file = File.Create(Path.Combine(folder, name));
            resource.CopyTo(file);
        }
    }
}
