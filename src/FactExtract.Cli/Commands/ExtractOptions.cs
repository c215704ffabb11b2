using FactExtract.Export;
using FactExtract.Ingestion;

namespace FactExtract.Cli.Commands;

/// <summary>The parsed, validated options of <c>extract</c>.</summary>
public sealed record ExtractOptions
{
    public required IReadOnlyList<string> Inputs { get; init; }
    public string OutputDirectory { get; init; } = "output";
    public OutputFormats Formats { get; init; } = OutputFormats.All;
    public int Threads { get; init; } = Environment.ProcessorCount;
    public string? ModelDirectory { get; init; }
    public IReadOnlyList<string> GazetteerFiles { get; init; } = [];
    public Ingestion.Shard? Shard { get; init; }
    public bool Resume { get; init; }
    public long MaxFileBytes { get; init; } = 64L << 20;
    public bool CsvByteOrderMark { get; init; }
    /// <summary>Whether articles.jsonl carries each article's decoded text (off with <c>--no-text</c>).</summary>
    public bool ArticleText { get; init; } = true;
    /// <summary>Whether to build the HTML review report from the output when the run is done.</summary>
    public bool Report { get; init; }
    public double ReportThreshold { get; init; } = Export.Report.ReportGenerator.DefaultThreshold;
    public bool Quiet { get; init; }

    /// <summary>JSON Lines to standard output: with <c>--out -</c>, or by default when reading standard input.</summary>
    public bool ToStandardOutput { get; init; }

    public static ExtractOptions Parse(ArgumentReader args)
    {
        if (args.Positionals.Count == 0)
            throw new UsageException("extract needs at least one INPUT (a file, a folder, or '-' for standard input)");
        if (args.Positionals.Count(p => p == "-") > 1)
            throw new UsageException("standard input ('-') can be given only once");

        var formats = OutputFormats.All;
        var formatText = args.Value("--format");
        if (formatText is not null && !OutputFormatsParser.TryParse(formatText, out formats, out var formatError))
            throw new UsageException(formatError);

        string? outText = args.Value("--out");
        bool readsStdin = args.Positionals.Contains("-");
        bool toStdout = outText == "-" || (outText is null && readsStdin && formats == OutputFormats.Jsonl);
        if (toStdout && formats.HasFlag(OutputFormats.Csv))
        {
            if (formatText is not null || outText == "-")
                throw new UsageException("standard output carries JSON Lines only: use --format jsonl with --out -");
        }
        if (toStdout) formats = OutputFormats.Jsonl;
        // --resume reads the previous results from articles.jsonl, so the run must keep writing it.
        if (args.Flag("--resume")) formats |= OutputFormats.Jsonl;
        if (args.Flag("--resume") && toStdout)
            throw new UsageException("--resume needs an output folder (--out DIR)");

        // The report reads the run's CSVs (row numbers) and articles.jsonl (the text) back.
        bool report = args.Flag("--report");
        if (report && toStdout) throw new UsageException("--report needs an output folder (--out DIR)");
        if (report && args.Flag("--no-text")) throw new UsageException("--report shows the article text: leave out --no-text");
        if (report) formats = OutputFormats.All;
        if (!report && args.Value("--report-threshold") is not null) throw new UsageException("--report-threshold needs --report");

        Ingestion.Shard? shard = null;
        if (args.Value("--shard") is { } shardText)
        {
            if (!Ingestion.Shard.TryParse(shardText, out var parsed, out var shardError))
                throw new UsageException($"--shard: {shardError}");
            shard = parsed;
        }

        foreach (var gazetteer in args.Values("--gazetteer"))
            if (Directory.Exists(gazetteer))
                throw new UsageException($"--gazetteer {gazetteer}: is a directory; give a file of 'TYPE<TAB>name' lines");

        return new ExtractOptions
        {
            Inputs = args.Positionals,
            OutputDirectory = toStdout ? "" : outText ?? "output",
            Formats = formats,
            Threads = args.IntValue("--threads", Environment.ProcessorCount, 1, 256),
            ModelDirectory = args.Value("--model"),
            GazetteerFiles = args.Values("--gazetteer"),
            Shard = shard,
            Resume = args.Flag("--resume"),
            MaxFileBytes = (long)args.IntValue("--max-file-mb", 64, 1, 4096) << 20,
            CsvByteOrderMark = args.Flag("--csv-bom"),
            ArticleText = !args.Flag("--no-text"),
            Report = report,
            ReportThreshold = ReportCommand.ParseThreshold(args.Value("--report-threshold")),
            Quiet = args.Flag("--quiet") || args.Flag("-q"),
            ToStandardOutput = toStdout,
        };
    }
}
