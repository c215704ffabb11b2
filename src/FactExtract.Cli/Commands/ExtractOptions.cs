using FactExtract.Export;
using FactExtract.Ingestion;

namespace FactExtract.Cli.Commands;

/// <summary>The parsed, validated options of <c>extract</c>.</summary>
internal sealed record ExtractOptions
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
    /// <summary>Tables to write (<c>--tables</c>); null writes all of the chosen formats.</summary>
    public IReadOnlySet<string>? Tables { get; init; }
    /// <summary>What start/end count (<c>--offsets</c>).</summary>
    public OffsetUnit Offsets { get; init; } = OffsetUnit.Utf16;

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
        if (toStdout && (formats & ~OutputFormats.Jsonl) != 0)
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

        var offsets = OffsetUnit.Utf16;
        if (args.Value("--offsets") is { } offsetText && !OffsetUnits.TryParse(offsetText, out offsets))
            throw new UsageException($"--offsets must be utf16, codepoints or utf8, not '{offsetText}'");
        if (report && offsets != OffsetUnit.Utf16)
            throw new UsageException("--report places highlights by UTF-16 offsets: leave out --offsets (run 'report DIR' on a utf16 run)");
        // The resume cache is read back as UTF-16 offsets; other units would be converted twice.
        if (args.Flag("--resume") && offsets != OffsetUnit.Utf16)
            throw new UsageException("--resume works with the default --offsets utf16 only");
        var tables = ParseTables(args.Value("--tables"), formats, args.Flag("--resume"));

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
            Tables = tables,
            Offsets = offsets,
        };
    }

    /// <summary>"entities,facts": those tables only (errors.csv and manifest.json are always written).</summary>
    private static HashSet<string>? ParseTables(string? text, OutputFormats formats, bool resume)
    {
        if (text is null) return null;
        var tables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string name = part.ToLowerInvariant();
            if (!OutputSet.TableNames.Contains(name))
                throw new UsageException($"--tables: unknown table '{part}' (expected {string.Join(", ", OutputSet.TableNames)})");
            tables.Add(name);
        }
        if (tables.Count == 0) throw new UsageException("--tables needs at least one table");
        // --resume reads the previous results from articles.jsonl, so the run must keep writing it.
        if (resume) tables.Add(OutputSet.ArticlesTable);
        bool anyWritten = tables.Any(t => t == OutputSet.ArticlesTable ? formats.HasFlag(OutputFormats.Jsonl) : formats.HasFlag(OutputFormats.Csv));
        if (!anyWritten)
            throw new UsageException($"--tables {text}: none of these is written with --format {(formats == OutputFormats.Jsonl ? "jsonl" : "csv")}");
        return tables;
    }
}
