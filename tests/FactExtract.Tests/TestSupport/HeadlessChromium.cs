using System.Diagnostics;

namespace FactExtract.Tests.TestSupport;

/// <summary>
/// Opens a page in headless Chromium (the Debian package <c>chromium</c>; nothing is downloaded)
/// and returns the DOM after its scripts ran, with whatever the page wrote to the console.
/// When Chromium is not installed the test fails and says how to install it: a browser test
/// that silently passes without a browser would prove nothing.
/// </summary>
public static class HeadlessChromium
{
    private static readonly Lazy<string?> Executable = new(Find);

    public sealed record PageResult(string Dom, IReadOnlyList<string> ConsoleMessages);

    public static PageResult Open(string file, string fragment = "")
    {
        string chromium = Executable.Value ?? throw new InvalidOperationException(
            "Chromium is not installed: these tests open the report in a real browser. " +
            "Install the Debian package with 'apt-get install -y chromium' (.ci/run does this), " +
            "or point FACTEXTRACT_CHROMIUM at a chromium binary.");
        string url = new Uri(Path.GetFullPath(file)).AbsoluteUri + fragment;
        using var profile = new TempDirectory();
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            $"--user-data-dir={profile.Path}",
            // Console messages (errors, uncaught exceptions, CSP violations) go to stderr as "…:CONSOLE…".
            "--enable-logging=stderr", "--v=0",
            // Timers run out instantly, so debounced work has happened before the dump.
            "--virtual-time-budget=5000",
            "--dump-dom", url,
        }) start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(300)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish loading {url} in 300 s");
        }
        process.WaitForExit();
        var console = stderr.Result.Split('\n').Where(line => line.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        if (process.ExitCode != 0) throw new InvalidOperationException($"chromium exited {process.ExitCode} on {url}: {stderr.Result}");
        return new PageResult(stdout.Result, console);
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("FACTEXTRACT_CHROMIUM") is { Length: > 0 } configured) return configured;
        foreach (var name in new[] { "chromium", "chromium-browser" })
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            {
                if (dir.Length == 0) continue;
                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }
}
