using FactExtract.Cli.Commands;

namespace FactExtract.Cli;

internal static class Program
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
        if (args[0] is "--help" or "-h")
        {
            console.Out.WriteLine(GeneralUsage());
            return ExitCodes.Success;
        }
        if (args[0] == "help") return Help(args.Skip(1).ToList(), console);
        if (args[0] is "--version" or "-V")
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
        // Help wins over everything else on the line, so "extract -h" can never start a run.
        if (AsksForHelp(args.Skip(1)))
        {
            console.Out.WriteLine(command.Usage);
            return ExitCodes.Success;
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
        catch (FactExtract.Export.OutputFolderException ex)
        {
            console.Error.WriteLine($"factextract {command.Name}: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (FactExtract.Export.OutputWriteException ex)
        {
            console.Error.WriteLine($"factextract {command.Name}: {ex.Message}");
            return ExitCodes.OutputError;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine($"factextract {command.Name}: interrupted");
            return ExitCodes.Interrupted;
        }
    }

    /// <summary>"help" alone lists the commands; "help COMMAND" shows that command's usage.</summary>
    private static int Help(IReadOnlyList<string> rest, CliConsole console)
    {
        if (rest.Count == 0)
        {
            console.Out.WriteLine(GeneralUsage());
            return ExitCodes.Success;
        }
        var command = Commands.FirstOrDefault(c => c.Name == rest[0]);
        if (command is null)
        {
            console.Error.WriteLine($"factextract help: unknown command '{rest[0]}'");
            console.Error.WriteLine(GeneralUsage());
            return ExitCodes.UsageError;
        }
        console.Out.WriteLine(command.Usage);
        return ExitCodes.Success;
    }

    private static bool AsksForHelp(IEnumerable<string> commandArgs) =>
        commandArgs.TakeWhile(a => a != "--").Any(a => a is "--help" or "-h");

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
        lines.Add($"  {"help",-10} help COMMAND shows a command's options");
        lines.Add("");
        lines.Add("Options:");
        lines.Add("  -h, --help      this list");
        lines.Add("  -V, --version   the program version");
        return string.Join(Environment.NewLine, lines);
    }
}
