using FactExtract.Entities;
using FactExtract.Export;
using FactExtract.Ingestion;
using FactExtract.Pipeline;

namespace FactExtract.Cli.Commands;

/// <summary><c>extract INPUT...</c>: the main job. Parses options, composes the pipeline, hands off to <see cref="BatchRunner"/>.</summary>
public sealed class ExtractCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions =
        ["--out", "--format", "--threads", "--model", "--gazetteer", "--shard", "--max-file-mb", "--report-threshold"];
    private static readonly HashSet<string> FlagOptions = ["--quiet", "--csv-bom", "--resume", "--no-text", "--report", "--help", "-h"];

    public string Name => "extract";
    public string Summary => "extract entities, quantities and facts from articles";
    public string Usage => """
        Usage: factextract extract INPUT... [options]

        INPUT is a file or folder (walked recursively: .txt .md .html .htm .json .jsonl),
        or '-' for standard input (JSON Lines with a "text" field, or plain text).

        Options:
          --out DIR          output folder (default: output); '-' writes JSON Lines to stdout
          --format LIST      csv, jsonl or csv,jsonl (default: csv,jsonl)
          --threads N        worker threads (default: number of cores)
          --model DIR        entity model folder (default: models/ner-en)
          --gazetteer FILE   extra names, one 'TYPE<TAB>name' per line (repeatable)
          --shard K/N        process only shard K of N (stable split by file path)
          --resume           reuse results of unchanged articles from the previous run in --out
          --max-file-mb N    skip files larger than N MB (default: 64)
          --csv-bom          start CSV files with a UTF-8 byte-order mark (for Excel)
          --no-text          leave the article text out of articles.jsonl (smaller output)
          --report           also write the HTML review report to DIR/report/ (see 'report --help')
          --report-threshold X  review-queue threshold for --report (default: 0.6)
          --quiet            no progress display
          -h, --help         show this help

        Writes entities.csv, quantities.csv, facts.csv, articles.jsonl and errors.csv,
        each replaced atomically at the end of the run.
        Exit codes: 0 all inputs processed, 1 some inputs skipped (see errors.csv),
        2 usage error, 3 model error, 130 interrupted (previous output left intact).
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var options = ExtractOptions.Parse(new ArgumentReader(args, ValueOptions, FlagOptions));
        if (options.ShowHelp)
        {
            console.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        var extractor = LoadExtractor(options);
        var source = ArticleSources.Create(options, console);
        using var previous = options.Resume
            ? new PreviousRunCache(Path.Combine(options.OutputDirectory, OutputSet.ArticlesFile), extractor.Fingerprint)
            : null;
        var runner = new BatchRunner(extractor.Pipeline, options.Threads, previous);

        using var sink = options.ToStandardOutput
            ? (IResultSink)new JsonLinesStreamSink(console.OpenStandardOutput(), console.Error, extractor.Fingerprint, options.ArticleText)
            : new OutputSet(options.OutputDirectory, options.Formats, extractor.Fingerprint, options.CsvByteOrderMark, options.ArticleText);
        using var errorEcho = new ErrorEchoSink(sink, console.Error, echo: !options.ToStandardOutput);

        BatchSummary summary;
        using (options.Quiet ? null : new ProgressDisplay(runner.Progress, console.Error, interactive: !Console.IsErrorRedirected))
        {
            summary = runner.Run(source, errorEcho, cancellationToken);
        }
        errorEcho.Commit();

        console.Error.WriteLine(summary.ToSummaryLine());
        if (previous is not null)
            console.Error.WriteLine($"resume: reused {previous.Hits:N0} of {summary.Articles:N0} articles from the previous run");
        if (!options.ToStandardOutput)
            console.Error.WriteLine($"wrote {Path.GetFullPath(options.OutputDirectory)}");
        if (options.Report)
        {
            int reportCode = ReportCommand.Write(options.OutputDirectory, options.ReportThreshold, console, cancellationToken);
            if (reportCode != ExitCodes.Success) return reportCode;
        }
        return summary.Skipped > 0 ? ExitCodes.SomeInputsSkipped : ExitCodes.Success;
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
