using FactExtract.Cli.Commands;

namespace FactExtract.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        // Ctrl-C and SIGTERM stop the run cleanly: output files are only renamed into place at
        // the end, so the previous output stays intact.
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, ctx => { ctx.Cancel = true; cancel.Cancel(); });
        return Run(args, CliConsole.System, cancel.Token);
    }

    public static IReadOnlyList<ICommand> Commands { get; } =
    [
        new ExtractCommand(),
        new BenchCommand(),
        new TrainCommand(),
        new EvaluateCommand(),
        new ReportCommand(),
    ];

    public static int Run(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Count == 0)
        {
            console.Error.WriteLine(GeneralUsage());
            return ExitCodes.UsageError;
        }
        if (args[0] is "--help" or "-h" or "help")
        {
            console.Out.WriteLine(GeneralUsage());
            return ExitCodes.Success;
        }
        if (args[0] == "--version")
        {
            console.Out.WriteLine(typeof(Program).Assembly.GetName().Version?.ToString() ?? "unknown");
            return ExitCodes.Success;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            console.Error.WriteLine($"factextract: unknown command '{args[0]}'");
            console.Error.WriteLine(GeneralUsage());
            return ExitCodes.UsageError;
        }

        try
        {
            return command.Run(args.Skip(1).ToList(), console, cancellationToken);
        }
        catch (UsageException ex)
        {
            console.Error.WriteLine($"factextract {command.Name}: {ex.Message}");
            console.Error.WriteLine($"Run 'factextract {command.Name} --help' for usage.");
            return ExitCodes.UsageError;
        }
        catch (FactExtract.Entities.ModelLoadException ex)
        {
            console.Error.WriteLine($"factextract {command.Name}: {ex.Message}");
            console.Error.WriteLine("Pass a model folder with --model DIR or the FACTEXTRACT_MODEL environment variable.");
            return ExitCodes.ModelError;
        }
        catch (FormatException ex)
        {
            // A data file (corpus, name list) that is not in the format the command reads.
            console.Error.WriteLine($"factextract {command.Name}: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("factextract: interrupted; previous output left intact");
            return ExitCodes.Interrupted;
        }
    }

    private static string GeneralUsage()
    {
        var lines = new List<string>
        {
            "FactExtract: people, places, organisations, numbers and facts from English news text.",
            "",
            "Usage: factextract COMMAND [options]     (factextract COMMAND --help for details)",
            "",
            "Commands:",
        };
        lines.AddRange(Commands.Select(c => $"  {c.Name,-10} {c.Summary}"));
        return string.Join(Environment.NewLine, lines);
    }
}
