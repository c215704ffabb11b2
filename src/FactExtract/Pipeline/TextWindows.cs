using FactExtract.Text;

namespace FactExtract.Pipeline;

/// <summary>
/// Cuts a long text into consecutive windows of at most <see cref="MaxChars"/> characters that
/// together cover it exactly. Each window ends where a paragraph begins when its second half holds
/// a blank line; else where a sentence begins (after <c>.</c>, <c>!</c> or <c>?</c> and a space);
/// else where a word begins; only a text with no space at all is cut mid-word (never inside a
/// surrogate pair). A text of at most <see cref="MaxChars"/> characters is one window.
/// </summary>
internal sealed class TextWindows
{
    public TextWindows(int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 2);
        MaxChars = maxChars;
    }

    public int MaxChars { get; }

    public List<TextSpan> Split(string text)
    {
        var windows = new List<TextSpan>();
        int start = 0;
        while (text.Length - start > MaxChars)
        {
            int end = CutBefore(text, start, start + MaxChars);
            windows.Add(new TextSpan(start, end));
            start = end;
        }
        windows.Add(new TextSpan(start, text.Length));
        return windows;
    }

    /// <summary>The best cut in <c>(start + half the window, limit]</c>: the next window starts there.</summary>
    private static int CutBefore(string text, int start, int limit)
    {
        int floor = start + (limit - start) / 2;
        int sentence = -1, word = -1;
        // Candidates are word starts (a non-space after a space), tried from the limit backwards;
        // each space run is walked once, so finding a cut costs at most one window's length.
        int i = limit;
        while (i > floor)
        {
            if (char.IsWhiteSpace(text[i]) || !char.IsWhiteSpace(text[i - 1])) { i--; continue; }
            int runStart = i - 1, newlines = 0;
            while (runStart > start && char.IsWhiteSpace(text[runStart - 1])) runStart--;
            for (int k = runStart; k < i; k++) if (text[k] == '\n') newlines++;
            if (newlines >= 2) return i;
            if (sentence < 0 && runStart > start && EndsSentence(text, runStart)) sentence = i;
            if (word < 0) word = i;
            i = runStart;
        }
        if (sentence > 0) return sentence;
        if (word > 0) return word;
        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }

    /// <summary>The text before <paramref name="end"/> ends a sentence: <c>.</c>, <c>!</c> or <c>?</c>, perhaps inside closing quotes or brackets.</summary>
    private static bool EndsSentence(string text, int end)
    {
        int p = end - 1;
        while (p > 0 && text[p] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']') p--;
        return text[p] is '.' or '!' or '?';
    }
}
