using FactExtract.Cli;

namespace FactExtract.Tests.Cli;

/// <summary>Runs the CLI in-process through <see cref="Program.Run"/> with captured streams.</summary>
internal static class CliHarness
{
    public sealed record Result(int Code, string Out, string Err);

    public static Result Run(params string[] args) => RunWithInput("", CancellationToken.None, args);

    public static Result RunWithInput(string stdin, CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var stdout = new MemoryStream();
        var console = new CliConsole(new StringReader(stdin), output, error) { OpenStandardOutput = () => stdout };
        int code = Program.Run(args, console, cancellationToken);
        return new Result(code, output + System.Text.Encoding.UTF8.GetString(stdout.ToArray()), error.ToString());
    }
}
