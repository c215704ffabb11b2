using System.Diagnostics;
using FactExtract.Cli;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Cli;

/// <summary>
/// Issue 13 items that are about signals, exit codes and files of a real process: the built CLI
/// run with <c>dotnet FactExtract.Cli.dll</c> (the test output folder holds it).
/// </summary>
public sealed class ProcessTests
{
    private static readonly string CliDll = Path.Combine(AppContext.BaseDirectory, "FactExtract.Cli.dll");
    private static readonly string Model = Path.Combine(RepositoryPaths.Models, "ner-en");
    private static readonly TimeSpan ExitWithin = TimeSpan.FromSeconds(90);

    private static Process Start(string fileName, IEnumerable<string> args, bool keepStdinOpen = false)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = keepStdinOpen,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    private static (int Code, string Err) Finish(Process process)
    {
        var err = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(ExitWithin))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the process did not exit within {ExitWithin.TotalSeconds} s");
        }
        process.WaitForExit();
        return (process.ExitCode, err.Result + output.Result);
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static void AssertPreviousOutputIntact(TempDirectory output)
    {
        Assert.Equal("previous entities\r\n", File.ReadAllText(output.Combine("entities.csv")));
        Assert.Equal("previous articles\n", File.ReadAllText(output.Combine("articles.jsonl")));
        Assert.Empty(Directory.GetFiles(output.Path, "*.tmp"));
    }

    private static TempDirectory PreviousOutput()
    {
        var output = new TempDirectory();
        output.WriteFile("entities.csv", "previous entities\r\n");
        output.WriteFile("articles.jsonl", "previous articles\n");
        return output;
    }

    // item 13: Ctrl-C while `extract -` waits on standard input
    [Fact]
    public void Ctrl_c_stops_a_run_waiting_on_standard_input()
    {
        using var output = PreviousOutput();
        using var process = Start("dotnet", [CliDll, "extract", "-", "--out", output.Path, "--quiet", "--model", Model], keepStdinOpen: true);
        Thread.Sleep(TimeSpan.FromSeconds(4)); // past start-up: the run now blocks reading stdin, which stays open
        Signal(process, "INT");

        var (code, err) = Finish(process);

        Assert.Equal(ExitCodes.Interrupted, code);
        Assert.Contains("interrupted; previous output left intact", err);
        AssertPreviousOutputIntact(output);
    }

    // item 12: a named pipe given as input blocks in open(); SIGTERM must still end the run
    [Fact]
    public void Sigterm_stops_a_run_blocked_on_a_named_pipe()
    {
        using var input = new TempDirectory();
        string fifo = input.Combine("pipe.txt");
        MakeFifo(fifo);
        using var output = PreviousOutput();
        using var process = Start("dotnet", [CliDll, "extract", fifo, "--out", output.Path, "--quiet", "--model", Model]);
        Thread.Sleep(TimeSpan.FromSeconds(4));
        Signal(process, "TERM");

        var (code, err) = Finish(process);

        Assert.Equal(ExitCodes.Interrupted, code);
        Assert.Contains("interrupted", err);
        AssertPreviousOutputIntact(output);
    }

    // item 11: the disk fills up during the write. `ulimit -f` makes writes past 64 KiB fail
    // (EFBIG, with SIGXFSZ ignored) exactly as ENOSPC would.
    [Fact]
    public void A_full_disk_is_a_clean_error_that_keeps_the_previous_output_and_no_temporaries()
    {
        using var input = new TempDirectory();
        for (int i = 0; i < 80; i++)
            input.WriteFile($"a{i:D2}.txt", $"Story {i}. More than {i * 1000 + 380} people arrived in Paris in 2023, up {i}% on the year, " +
                "officials in Rome and Berlin said on Monday. The European Commission said it would respond.");
        using var output = PreviousOutput();
        // W^X off: the runtime's double-mapped code heap is a file that the size limit would also stop.
        string command = $"trap '' XFSZ; ulimit -f 64; DOTNET_EnableWriteXorExecute=0 exec dotnet '{CliDll}' extract '{input.Path}' --out '{output.Path}' --quiet --threads 1 --model '{Model}'";
        using var process = Start("bash", ["-c", command]);

        var (code, err) = Finish(process);

        Assert.True(code == ExitCodes.OutputError, $"exit {code}: {err}");
        Assert.Contains("factextract extract: could not write the output in", err);
        Assert.DoesNotContain("Unhandled exception", err);
        AssertPreviousOutputIntact(output);
        Assert.Equal(["articles.jsonl", "entities.csv"], Directory.GetFileSystemEntries(output.Path).Select(Path.GetFileName).Order());
    }
}
