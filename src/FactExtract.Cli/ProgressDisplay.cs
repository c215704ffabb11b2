using System.Diagnostics;
using System.Globalization;
using FactExtract.Pipeline;

namespace FactExtract.Cli;

/// <summary>
/// Shows a run's progress on standard error: an updating line on a terminal (twice a second, with
/// the elapsed time ticking, so one long article visibly keeps working), or a plain line every ten
/// seconds when standard error is redirected (logs), so long runs are never silent. When the total
/// number of input files is known (a folder count done alongside), it shows "N of M files (P%)"
/// and an ETA.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    private readonly BatchProgress _progress;
    private readonly Func<long> _filesDone;
    private readonly Func<long?> _totalFiles;
    private readonly StatusWriter _status;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private bool _stopped;

    public ProgressDisplay(BatchProgress progress, Func<long> filesDone, Func<long?> totalFiles, StatusWriter status)
    {
        _progress = progress;
        _filesDone = filesDone;
        _totalFiles = totalFiles;
        _status = status;
        var period = status.IsTerminal ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromSeconds(10);
        _timer = new Timer(_ => Show(), null, period, period);
    }

    private void Show()
    {
        lock (_gate)
        {
            if (_stopped) return;
            _status.Progress(Render(_clock.Elapsed));
        }
    }

    /// <summary>The progress line for the counts now and <paramref name="elapsed"/> time.</summary>
    internal string Render(TimeSpan elapsed)
    {
        var inv = CultureInfo.InvariantCulture;
        long done = _filesDone();
        long? total = _totalFiles();
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        string files;
        if (total is > 0 and var t)
        {
            long shown = Math.Min(done, t);
            files = string.Create(inv, $"{shown:N0} of {t:N0} files ({100.0 * shown / t:0}%)");
            if (shown > 0 && shown < t)
                files += ", ETA " + Clock(TimeSpan.FromSeconds(seconds * (t - shown) / shown));
        }
        else files = string.Create(inv, $"{done:N0} files");
        return string.Create(inv,
            $"{files}, {_progress.Articles:N0} articles, {_progress.Skipped:N0} skipped, {_progress.Words:N0} words, {_progress.Words / seconds:N0} words/s, {Clock(elapsed)} elapsed");
    }

    private static string Clock(TimeSpan t) =>
        t.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}:{t.Seconds:00}");

    public void Dispose()
    {
        lock (_gate) _stopped = true;
        _timer.Dispose();
        _status.ClearProgress();
    }
}
