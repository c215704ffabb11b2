using FactExtract.Cli;
using FactExtract.Pipeline;

namespace FactExtract.Tests.Cli;

/// <summary>Issue 13, item 21: progress on a terminal.</summary>
public sealed class ProgressDisplayTests
{
    [Fact]
    public void With_a_known_total_the_line_shows_files_percentage_and_eta()
    {
        var status = new StatusWriter(new StringWriter(), terminal: true);
        using var display = new ProgressDisplay(new BatchProgress(), () => 25, () => 100, status);
        string line = display.Render(TimeSpan.FromSeconds(10));
        Assert.StartsWith("25 of 100 files (25%), ETA 0:30,", line);
        Assert.EndsWith("0:10 elapsed", line);
    }

    [Fact]
    public void Without_a_total_the_line_counts_files_and_the_clock_keeps_ticking()
    {
        var status = new StatusWriter(new StringWriter(), terminal: true);
        using var display = new ProgressDisplay(new BatchProgress(), () => 0, () => null, status);
        // One long article: no file finished yet, but the elapsed time shows the run is alive.
        Assert.Equal("0 files, 0 articles, 0 skipped, 0 words, 0 words/s, 1:05 elapsed", display.Render(TimeSpan.FromSeconds(65)));
    }

    [Fact]
    public void Messages_on_a_terminal_start_on_their_own_line_not_after_the_progress_line()
    {
        var error = new StringWriter();
        var status = new StatusWriter(error, terminal: true);
        status.Progress("3 of 9 files (33%)");
        status.Line("skipped a.txt: binary file");
        status.Progress("4 of 9 files");
        status.ClearProgress();

        static string Wipe(int width) => "\r" + new string(' ', width) + "\r";
        Assert.Equal("\r3 of 9 files (33%)" + Wipe(18) + "skipped a.txt: binary file" + Environment.NewLine + "\r4 of 9 files" + Wipe(12),
            error.ToString());
    }

    [Fact]
    public void A_terminal_run_through_the_cli_counts_the_folder_and_shows_skips_on_their_own_lines()
    {
        using var input = new FactExtract.Tests.TestSupport.TempDirectory();
        using var output = new FactExtract.Tests.TestSupport.TempDirectory();
        input.WriteFile("a.txt", "Ten ships left Oslo.");
        input.WriteFile("b.txt", "");
        var error = new StringWriter();
        var console = new CliConsole(TextReader.Null, new StringWriter(), error) { ErrorIsTerminal = true };
        int code = Program.Run(["extract", input.Path, "--out", output.Path], console, CancellationToken.None);
        Assert.Equal(ExitCodes.SomeInputsSkipped, code);
        // Every message begins a line: at the start, after a newline, or after a wiped progress line.
        foreach (var message in new[] { "skipped ", "articles 1," })
        {
            int at = error.ToString().IndexOf(message, StringComparison.Ordinal);
            Assert.True(at == 0 || error.ToString()[at - 1] is '\n' or '\r', error.ToString());
        }
    }
}
