namespace FactExtract.Cli;

/// <summary>Swappable standard streams, so command tests run against StringWriters.</summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    public static CliConsole System => new(Console.In, Console.Out, Console.Error) { ErrorIsTerminal = !Console.IsErrorRedirected };
    /// <summary>Raw standard output for binary-safe UTF-8 writing (JSON Lines to stdout).</summary>
    public Func<Stream> OpenStandardOutput { get; init; } = Console.OpenStandardOutput;
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;
    /// <summary>Standard error is a terminal: progress is an updating line rather than a periodic log line.</summary>
    public bool ErrorIsTerminal { get; init; }
}
