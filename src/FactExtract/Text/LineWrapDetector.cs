namespace FactExtract.Text;

/// <summary>
/// Tells a hard-wrapped paragraph line (old wire copy, e-mail, text dumps wrapped at ~70
/// columns) from a line that really ends, such as a headline or byline. A greedy wrapper breaks
/// a line only when the next word would not fit, so a wrapped line plus one space plus the next
/// line's first word is longer than the block's widest line; a headline is far shorter.
/// Blocks narrower than <see cref="MinWrapWidth"/>, or with fewer than two lines near their full
/// width, are never treated as wrapped, so short lists and headline-byline-dateline blocks
/// still break at every line. One instance per <see cref="SentenceSplitter.Split"/> call: it caches
/// the width of the current block (the lines between blank lines), so each block is measured once.
/// </summary>
internal struct LineWrapDetector
{
    public const int MinWrapWidth = 50;

    // Slack for wrappers that count columns differently (tabs, trailing spaces, ragged right).
    private const double FitSlack = 0.9;

    // A line at least this share of the block width counts as filled by the wrapper.
    private const double FullLine = 0.8;

    private int _blockStart;
    private int _blockEnd;
    private int _width;

    public LineWrapDetector()
    {
        _blockStart = _blockEnd = -1;
    }

    /// <summary>True when the line ending at <paramref name="lineEnd"/> looks wrapped before the word at <paramref name="nextWord"/>.</summary>
    public bool IsWrapped(string text, int lineEnd, int nextWord)
    {
        if (lineEnd < _blockStart || lineEnd >= _blockEnd) MeasureBlock(text, lineEnd);
        if (_width < MinWrapWidth) return false;
        int lineLength = TrimmedLength(text, LineStart(text, lineEnd), lineEnd);
        int wordEnd = nextWord;
        while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd])) wordEnd++;
        return lineLength + 1 + (wordEnd - nextWord) > _width * FitSlack;
    }

    private void MeasureBlock(string text, int position)
    {
        int start = LineStart(text, position);
        while (start > 0)
        {
            int previousEnd = start - 1;
            if (previousEnd > 0 && text[previousEnd] == '\n' && text[previousEnd - 1] == '\r') previousEnd--;
            int previous = LineStart(text, previousEnd);
            if (IsBlank(text, previous, previousEnd)) break;
            start = previous;
        }
        int end = FindBlockEnd(text, start);
        int width = 0, fullLines = 0;
        for (int line = start; line < end; line = NextLineStart(text, line))
            width = Math.Max(width, LineLength(text, line, end));
        for (int line = start; line < end; line = NextLineStart(text, line))
            if (LineLength(text, line, end) >= width * FullLine) fullLines++;
        _blockStart = start;
        _blockEnd = Math.Max(end, position + 1);
        // One long line among short ones is a headline over a byline, not a wrapped paragraph.
        _width = fullLines >= 2 ? width : 0;
    }

    private static int FindBlockEnd(string text, int start)
    {
        for (int line = start; line < text.Length; line = NextLineStart(text, line))
            if (line > start && IsBlank(text, line, LineEnd(text, line))) return line;
        return text.Length;
    }

    private static int LineLength(string text, int lineStart, int blockEnd) =>
        TrimmedLength(text, lineStart, Math.Min(LineEnd(text, lineStart), blockEnd));

    private static int NextLineStart(string text, int lineStart)
    {
        int lineEnd = LineEnd(text, lineStart);
        return lineEnd + (lineEnd + 1 < text.Length && text[lineEnd] == '\r' && text[lineEnd + 1] == '\n' ? 2 : 1);
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    private static int LineStart(string text, int position)
    {
        int k = Math.Min(position, text.Length);
        while (k > 0 && !IsLineBreak(text[k - 1])) k--;
        return k;
    }

    /// <summary>Index of the line break ending the line that starts at <paramref name="start"/>, or the text length.</summary>
    private static int LineEnd(string text, int start)
    {
        int k = start;
        while (k < text.Length && !IsLineBreak(text[k])) k++;
        return k;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (int k = start; k < end; k++)
            if (!char.IsWhiteSpace(text[k])) return false;
        return true;
    }

    private static int TrimmedLength(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end - start;
    }
}
