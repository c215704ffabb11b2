namespace FactExtract.Cli;

/// <summary>
/// Standard error shared by the progress line and messages. On a terminal the progress line is
/// redrawn in place ('\r'); a message first wipes it, so "skipped …" and warnings always start on
/// a line of their own, and the next progress tick redraws below them. Thread-safe.
/// </summary>
internal sealed class StatusWriter(TextWriter error, bool terminal)
{
    private readonly Lock _lock = new();
    private int _shownWidth; // characters of the progress line now on screen, 0 when none

    public bool IsTerminal => terminal;

    /// <summary>A message on a line of its own.</summary>
    public void Line(string message)
    {
        lock (_lock)
        {
            WipeProgress();
            error.WriteLine(message);
            error.Flush();
        }
    }

    /// <summary>The progress line: redrawn in place on a terminal, else logged as a line.</summary>
    public void Progress(string line)
    {
        lock (_lock)
        {
            if (!terminal)
            {
                error.WriteLine(line);
            }
            else
            {
                // Pad over the rest of a longer previous line.
                error.Write("\r" + line + new string(' ', Math.Max(0, _shownWidth - line.Length)));
                _shownWidth = line.Length;
            }
            error.Flush();
        }
    }

    /// <summary>Removes the progress line, leaving the cursor at the start of an empty line.</summary>
    public void ClearProgress()
    {
        lock (_lock)
        {
            WipeProgress();
            error.Flush();
        }
    }

    private void WipeProgress()
    {
        if (_shownWidth == 0) return;
        error.Write("\r" + new string(' ', _shownWidth) + "\r");
        _shownWidth = 0;
    }
}
