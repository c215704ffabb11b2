using System.Globalization;
using CsvHelper;
using FactExtract.Cli;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Export.Report;

/// <summary>
/// One real run with <c>extract --report</c>, shared by the browser tests: the sample corpus,
/// an article full of markup-like and bidirectional text, and enough small articles that the
/// overview's table has more than one page.
/// </summary>
public sealed class ReportRun : IDisposable
{
    public const int SmallArticles = 140;
    public const string HostileFile = "hostile.txt";

    public const string HostileText =
        "Angela Merkel met <script>document.documentElement.setAttribute('data-pwned','script')</script> officials in Berlin.\n\n" +
        "Fish &amp; Chips Ltd said <img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\"> profits rose 5%.\n\n" +
        "<!-- a comment --> Boris Johnson said --> nothing in London.\n\n" +
        "مرحبا بالعالم \u202Ereversed text\u202C then Paris, said Emmanuel Macron.\n\n" +
        "Emoji 🇬🇧👍🏽 and 𝐌𝐚𝐭𝐡 before Madrid on Monday, when 3,000 people joined.";

    private readonly TempDirectory _input = new();
    private readonly TempDirectory _output = new();

    public ReportRun()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Corpus, "*.txt"))
            File.Copy(file, _input.Combine(Path.GetFileName(file)));
        _input.WriteFile(HostileFile, HostileText);
        for (int i = 0; i < SmallArticles; i++)
            _input.WriteFile($"small/{i:D3}.txt", $"Maria Lopez visited Lisbon on Monday with {i + 2} colleagues from Acme Corporation.");
        var err = new StringWriter();
        var console = new CliConsole(new StringReader(""), new StringWriter(), err);
        ExitCode = Program.Run(["extract", _input.Path, "--out", _output.Path, "--quiet", "--report"], console, CancellationToken.None);
        Log = err.ToString();
        Articles = File.ReadAllLines(Combine("articles.jsonl")).Select(line =>
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            return (Id: json.RootElement.GetProperty("id").GetString()!, File: json.RootElement.GetProperty("file").GetString()!);
        }).ToList();
        EntityRows = ReadEntityRows(Combine("entities.csv"));
    }

    public int ExitCode { get; }
    public string Log { get; }
    public string OutputPath => _output.Path;
    public string Combine(params string[] parts) => _output.Combine(parts);
    public string ReportFile(string relative) => _output.Combine("report", relative);

    /// <summary>The run's articles in articles.jsonl order (= page numbers).</summary>
    public IReadOnlyList<(string Id, string File)> Articles { get; }

    /// <summary>entities.csv with the spreadsheet row number of each row (header = row 1).</summary>
    public IReadOnlyList<EntityCsvRow> EntityRows { get; }

    public sealed record EntityCsvRow(int Row, string ArticleId, string File, int Start, int End, string Text, string Type, double Confidence);

    public int IndexOf(string fileName) =>
        Articles.Select((a, i) => (a, i)).Single(x => x.a.File.EndsWith(fileName, StringComparison.Ordinal)).i;

    /// <summary>The shared article page showing article <paramref name="index"/> (0-based, articles.jsonl order), after its scripts ran.</summary>
    public HeadlessChromium.PageResult OpenArticle(int index, int? mentionRow = null) =>
        HeadlessChromium.Open(ReportFile("article.html"), RenderedPage.ArticleFragment(index, mentionRow));

    public IReadOnlyList<EntityCsvRow> RowsOf(int index) =>
        EntityRows.Where(r => r.ArticleId == Articles[index].Id && r.File == Articles[index].File).ToList();

    private static List<EntityCsvRow> ReadEntityRows(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<EntityCsvRow>();
        int row = 1;
        while (csv.Read())
        {
            row++;
            rows.Add(new EntityCsvRow(row, csv.GetField("article_id")!, csv.GetField("file")!,
                csv.GetField<int>("start"), csv.GetField<int>("end"), csv.GetField("text")!, csv.GetField("type")!,
                double.Parse(csv.GetField("confidence")!, CultureInfo.InvariantCulture)));
        }
        return rows;
    }

    public void Dispose()
    {
        _input.Dispose();
        _output.Dispose();
    }
}
