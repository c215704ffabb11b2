namespace FactExtract.Cli.Commands;

/// <summary>One CLI verb. Parse, then act; the action returns the exit code. No NLP logic here.</summary>
internal interface ICommand
{
    string Name { get; }
    string Summary { get; }
    /// <summary>Full usage text printed for <c>--help</c>.</summary>
    string Usage { get; }
    int Run(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken);
}
