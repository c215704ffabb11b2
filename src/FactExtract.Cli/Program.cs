using FactExtract.Cli.Commands;

namespace FactExtract.Cli;

public static class Program
{
    // TEMPORARY dispatch for train/evaluate only; the lead replaces this with the real command wiring.
    public static int Main(string[] args)
    {
        ICommand[] commands = [new TrainCommand(), new EvaluateCommand()];
        var command = args.Length > 0 ? commands.FirstOrDefault(c => c.Name == args[0]) : null;
        if (command is null)
        {
            Console.Error.WriteLine("usage: factextract train|evaluate ...");
            return ExitCodes.UsageError;
        }
        return command.Run(args[1..], CliConsole.System, CancellationToken.None);
    }
}
