using System.Globalization;
using FactExtract.Export.Report;

namespace FactExtract.Cli.Commands;

/// <summary><c>report DIR</c>: builds the HTML review report from an existing output folder.</summary>
internal sealed class ReportCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["--threshold"];
    private static readonly HashSet<string> FlagOptions = ["--help", "-h"];

    public string Name => "report";
    public string Summary => "build the HTML review report of an existing output folder";
    public string Usage => """
        Usage: factextract report DIR [--threshold X]

        Reads DIR's articles.jsonl (with article text), entities.csv, quantities.csv, facts.csv
        and errors.csv, as written by 'extract --out DIR', and writes a static site to
        DIR/report/ (replaced as a whole). Open DIR/report/index.html in a browser: it needs
        no server and no network.

        Options:
          --threshold X      mentions with confidence below X go to the review queue (default: 0.6)
          -h, --help         show this help
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var reader = new ArgumentReader(args, ValueOptions, FlagOptions);
        if (reader.Flag("--help") || reader.Flag("-h"))
        {
            console.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }
        if (reader.Positionals.Count != 1 || reader.Positionals[0].Length == 0)
            throw new UsageException("report needs exactly one output folder (DIR, as given to extract --out)");
        string directory = reader.Positionals[0];
        if (!Directory.Exists(directory)) throw new UsageException($"no such folder: {directory}");
        double threshold = ParseThreshold(reader.Value("--threshold"));
        // Not while a run is replacing the files the report is read from.
        using var folderLock = FactExtract.Export.OutputFolderLock.Acquire(directory);
        return Write(directory, threshold, console, cancellationToken);
    }

    /// <summary>Builds the report from the output folder and says where it is; shared with <c>extract --report</c>.</summary>
    internal static int Write(string directory, double threshold, CliConsole console, CancellationToken cancellationToken) =>
        Write(() => new ReportGenerator(threshold).Generate(directory, cancellationToken), threshold, console);

    /// <summary>Runs <paramref name="build"/> and says where the report is, or why there is none.</summary>
    internal static int Write(Func<ReportSummary> build, double threshold, CliConsole console)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        ReportSummary summary;
        try
        {
            summary = build();
        }
        catch (InvalidDataException ex)
        {
            console.Error.WriteLine($"factextract report: {ex.Message}");
            return ExitCodes.UsageError;
        }
        console.Error.WriteLine(
            $"report: {summary.Articles:N0} articles, {summary.Doubtful:N0} mentions below {threshold.ToString(CultureInfo.InvariantCulture)} " +
            $"in {started.Elapsed.TotalSeconds:0.0} s; open {summary.IndexPath}");
        return ExitCodes.Success;
    }

    internal static double ParseThreshold(string? text)
    {
        if (text is null) return ReportGenerator.DefaultThreshold;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value >= 0 && value <= 1
            ? value
            : throw new UsageException($"--threshold must be a number from 0 to 1, not '{text}'");
    }
}
