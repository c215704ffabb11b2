using System.Diagnostics;
using FactExtract.Pipeline;

namespace FactExtract.Cli;

/// <summary>
/// Shows a run's progress on standard error: an updating line on a terminal, or a plain line
/// every ten seconds when standard error is redirected (logs), so long runs are never silent.
/// </summary>
public sealed class ProgressDisplay : IDisposable
{
    private readonly BatchProgress _progress;
    private readonly TextWriter _error;
    private readonly bool _interactive;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private bool _wroteLine;

    public ProgressDisplay(BatchProgress progress, TextWriter error, bool interactive)
    {
        _progress = progress;
        _error = error;
        _interactive = interactive;
        var period = interactive ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromSeconds(10);
        _timer = new Timer(_ => Show(), null, period, period);
    }

    private void Show()
    {
        double seconds = _clock.Elapsed.TotalSeconds;
        string line = FormattableString.Invariant(
            $"{_progress.Articles:N0} articles, {_progress.Skipped:N0} skipped, {_progress.Words:N0} words, {_progress.Words / Math.Max(seconds, 1e-9):N0} words/s");
        lock (_error)
        {
            if (_interactive) { _error.Write("\r" + line + "   "); _wroteLine = true; }
            else _error.WriteLine(line);
            _error.Flush();
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        lock (_error)
        {
            if (_wroteLine) _error.Write("\r" + new string(' ', 100) + "\r");
        }
    }
}
