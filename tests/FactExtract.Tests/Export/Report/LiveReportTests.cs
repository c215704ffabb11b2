using FactExtract.Cli;
using FactExtract.Export.Report;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Export.Report;

/// <summary>
/// <c>extract --report</c> builds the report while the run writes (from the rows it writes);
/// <c>report DIR</c> builds it from the files afterwards. Both must give the same report.
/// </summary>
public sealed class LiveReportTests(ReportRun run) : IClassFixture<ReportRun>
{
    [Fact]
    public void The_report_built_during_the_run_equals_the_one_built_from_its_files()
    {
        using var copy = new TempDirectory();
        foreach (var file in Directory.GetFiles(run.OutputPath)) File.Copy(file, copy.Combine(Path.GetFileName(file)));
        new ReportGenerator().Generate(copy.Path);

        string live = run.ReportFile(""), fromFiles = copy.Combine("report");
        var files = Directory.GetFiles(live, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(live, f)).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(fromFiles, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(fromFiles, f)).Order());
        Assert.Contains(Path.Combine("data", "articles-0000.js"), files);
        foreach (var file in files)
        {
            // The overview names its output folder; everything else is the same byte for byte.
            string expected = File.ReadAllText(Path.Combine(live, file)).Replace(Path.GetFullPath(run.OutputPath), Path.GetFullPath(copy.Path));
            Assert.True(expected == File.ReadAllText(Path.Combine(fromFiles, file)), $"{file} differs");
        }
    }

    [Fact]
    public void A_report_in_an_output_folder_that_is_also_the_input_is_not_read_as_articles()
    {
        using var folder = new TempDirectory();
        folder.WriteFile("a.txt", "Maria Lopez visited Lisbon on Monday with 3 colleagues.");
        for (int run = 0; run < 2; run++)
        {
            var err = new StringWriter();
            int code = Program.Run(["extract", folder.Path, "--out", folder.Path, "--report", "--quiet"],
                new CliConsole(new StringReader(""), new StringWriter(), err), CancellationToken.None);
            Assert.True(code == ExitCodes.Success, err.ToString());
            Assert.True(File.Exists(folder.Combine("report", "index.html")));
            Assert.Single(File.ReadAllLines(folder.Combine("articles.jsonl")));
        }
    }

    [Fact]
    public void A_run_without_every_table_gets_its_report_from_its_files_and_says_what_is_missing()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.WriteFile("a.txt", "Maria Lopez visited Lisbon on Monday with 3 colleagues.");
        var err = new StringWriter();
        int code = Program.Run(["extract", input.Path, "--out", output.Path, "--tables", "entities,articles", "--report", "--quiet"],
            new CliConsole(new StringReader(""), new StringWriter(), err), CancellationToken.None);

        Assert.True(code == ExitCodes.Success, err.ToString());
        var result = HeadlessChromium.Open(output.Combine("report", "index.html"));
        Assert.Empty(result.ConsoleMessages);
        Assert.Contains("quantities.csv is not in this output folder", result.Dom);
        Assert.Contains("facts.csv is not in this output folder", result.Dom);
        Assert.Single(RenderedPage.ArticleLinks(result.Dom));
    }
}
