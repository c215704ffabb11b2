using FactExtract.Entities;
using FactExtract.Export;
using FactExtract.Export.Report;
using FactExtract.Ingestion;
using FactExtract.Pipeline;

namespace FactExtract.Cli.Commands;

/// <summary><c>extract INPUT...</c>: the main job. Parses options, composes the pipeline, hands off to <see cref="BatchRunner"/>.</summary>
internal sealed class ExtractCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions =
        ["--out", "--format", "--threads", "--model", "--gazetteer", "--shard", "--max-file-mb", "--tables", "--offsets", "--report-threshold"];
    private static readonly HashSet<string> FlagOptions = ["--quiet", "-q", "--csv-bom", "--resume", "--no-text", "--report", "--help", "-h"];

    public string Name => "extract";
    public string Summary => "extract entities, quantities and facts from articles";
    public string Usage => """
        Usage: factextract extract INPUT... [options]

        INPUT is a file or folder (walked recursively: .txt .md .html .htm .json .jsonl),
        or '-' for standard input (JSON Lines with a "text" field, or plain text).
        The --out folder is never read as input; an input named twice is read once;
        a repeated article id gets '#2', '#3'... (with a warning).

        Options:
          --out DIR          output folder (default: output); '-' writes JSON Lines to stdout
          --format LIST      csv, jsonl, parquet, comma-separated (default: csv,jsonl)
          --threads N        worker threads (default: number of cores)
          --model DIR        entity model folder (default: models/ner-en)
          --gazetteer FILE   extra names, one 'TYPE<TAB>name' per line (repeatable)
          --shard K/N        process only shard K of N (stable split by file path)
          --resume           reuse results of unchanged articles from the previous run in --out
          --max-file-mb N    skip files larger than N MB (default: 64)
          --csv-bom          start CSV files with a UTF-8 byte-order mark (for Excel)
          --tables LIST      write only these of entities, quantities, facts, articles
                             (errors.csv and manifest.json are always written)
          --offsets UNIT     what start/end count: utf16 (default; .NET, Java, JavaScript),
                             codepoints (Python, Spark, DuckDB) or utf8 (bytes)
          --no-text          leave the article text out of articles.jsonl (smaller output)
          --report           also write the HTML review report to DIR/report/ (see 'report --help')
          --report-threshold X  review-queue threshold for --report (default: 0.6)
          -q, --quiet        no progress display
          -h, --help         show this help

        Writes entities.csv, quantities.csv, facts.csv, sentences.csv, articles.jsonl, errors.csv and
        manifest.json (the files written, with rows, bytes and SHA-256), replaced as one set at
        the end of the run; files of the previous set that this run does not write are removed.
        Exit codes: 0 all inputs processed, 1 some inputs skipped (see errors.csv),
        2 usage error (also: no inputs found, output folder not writable or in use by
        another run), 3 model error,
        4 output could not be written (disk full), 130 interrupted (previous output left intact).
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var options = ExtractOptions.Parse(new ArgumentReader(args, ValueOptions, FlagOptions));
        var status = new StatusWriter(console.Error, console.ErrorIsTerminal);
        var extractor = LoadExtractor(options);
        var report = new IngestReport { Warned = message => status.Line("warning: " + message) };

        using var previous = options.Resume
            ? new PreviousRunCache(Path.Combine(options.OutputDirectory, OutputSet.ArticlesFile), extractor.Fingerprint)
            : null;
        // Held until the output set and its report are in place: two runs into one folder would mix their files.
        using var folderLock = options.ToStandardOutput ? null : OutputFolderLock.Acquire(options.OutputDirectory);
        using var sink = options.ToStandardOutput
            ? (IResultSink)new JsonLinesStreamSink(console.OpenStandardOutput(), console.Error, extractor.Fingerprint, options.ArticleText, options.Offsets)
            : new OutputSet(options.OutputDirectory, options.Formats, extractor.Fingerprint, options.CsvByteOrderMark, options.ArticleText,
                options.Tables, options.Offsets);
        var ingestOptions = ArticleSources.IngestOptionsFor(options, report, OwnOutputPaths(options));
        var source = ArticleSources.Create(options, console, ingestOptions);
        var runner = new BatchRunner(extractor.Pipeline, options.Threads, previous);
        // The report is built while the run extracts when the run writes everything it is made of;
        // otherwise from the output folder afterwards.
        using var liveReport = options.Report && LiveReport.Follows(options.Formats, options.Tables, options.ArticleText, options.Offsets)
            ? new LiveReport(sink, options.OutputDirectory, options.ReportThreshold)
            : null;
        using var errorEcho = new ErrorEchoSink(liveReport ?? sink, status, echo: !options.ToStandardOutput);

        BatchSummary summary;
        try
        {
            var census = options.Quiet || !status.IsTerminal ? null : FileCensus.Start(options.Inputs, ingestOptions, cancellationToken);
            using (options.Quiet ? null : new ProgressDisplay(runner.Progress, () => errorEcho.FilesDone, () => census?.Total, status))
            {
                summary = runner.Run(source, errorEcho, cancellationToken);
            }
            // A reader stopped by Ctrl-C ends its input early and the run can look complete: never commit it.
            cancellationToken.ThrowIfCancellationRequested();
        }
        catch (OperationCanceledException)
        {
            status.Line(options.ToStandardOutput
                ? "factextract extract: interrupted"
                : "factextract extract: interrupted; previous output left intact");
            return ExitCodes.Interrupted;
        }

        string? ignored = report.IgnoredSummary();
        if (report.InputsFound == 0)
        {
            // Nothing to read at all: keep the previous output rather than replace it with empty files.
            status.Line("factextract extract: no inputs found" + (ignored is null ? "" : $" ({ignored})")
                + (options.ToStandardOutput ? "" : "; previous output left intact"));
            return ExitCodes.UsageError;
        }
        errorEcho.Commit();

        status.Line(summary.ToSummaryLine());
        if (ignored is not null) status.Line(ignored);
        if (previous is not null)
            status.Line($"resume: reused {previous.Hits:N0} of {summary.Articles:N0} articles from the previous run");
        if (!options.ToStandardOutput)
            status.Line($"wrote {Path.GetFullPath(options.OutputDirectory)}");
        if (options.Report)
        {
            int reportCode = liveReport is not null
                ? ReportCommand.Write(liveReport.Finish, options.ReportThreshold, console)
                : ReportCommand.Write(options.OutputDirectory, options.ReportThreshold, console, cancellationToken);
            if (reportCode != ExitCodes.Success) return reportCode;
        }
        return summary.Skipped > 0 ? ExitCodes.SomeInputsSkipped : ExitCodes.Success;
    }

    /// <summary>The output folder and its files, by real path: a folder walk never reads the run's own output.</summary>
    private static HashSet<string> OwnOutputPaths(ExtractOptions options)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (options.ToStandardOutput) return paths;
        string? real = SymlinkResolver.RealPath(options.OutputDirectory);
        if (real is null) return paths;
        paths.Add(real);
        foreach (var name in OutputSet.KnownFiles) paths.Add(Path.Combine(real, name));
        paths.Add(Path.Combine(real, OutputFolderLock.FileName));
        // The HTML report's pages are not articles either (the walk already skips hidden staging folders).
        paths.Add(Path.Combine(real, ReportGenerator.FolderName));
        return paths;
    }

    private static FactExtractor LoadExtractor(ExtractOptions options)
    {
        try
        {
            return FactExtractor.Load(options.ModelDirectory, options.GazetteerFiles);
        }
        catch (GazetteerFileException e)
        {
            throw new UsageException($"--gazetteer {e.Message}");
        }
    }
}
