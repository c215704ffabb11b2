namespace FactExtract.Ingestion;

/// <summary>
/// Titles for formats that carry none explicitly. Plain text: the first non-empty line when it
/// looks like a headline (shorter than 200 characters, no terminal period). Markdown: the first
/// "# " heading. Only reads up to the first qualifying line, so it is cheap on huge files.
/// </summary>
internal static class TitleGuesser
{
    public const int MaxTitleLength = 200;

    public static string? ForPlainText(string text)
    {
        foreach (var line in Lines(text))
        {
            var t = line.Trim();
            if (t.IsEmpty) continue;
            return t.Length < MaxTitleLength && t[^1] != '.' ? t.ToString() : null;
        }
        return null;
    }

    public static string? ForMarkdown(string text)
    {
        foreach (var line in Lines(text))
        {
            var t = line.TrimStart(' ');
            if (t.Length > 2 && t[0] == '#' && t[1] == ' ')
            {
                // "# Title #" closing hashes are decoration in ATX headings.
                var title = t[2..].Trim().TrimEnd('#').Trim();
                if (!title.IsEmpty && title.Length < MaxTitleLength) return title.ToString();
            }
        }
        return null;
    }

    private static LineEnumerator Lines(string text) => new(text);

    /// <summary>Allocation-free line split on LF, CR LF or CR.</summary>
    private ref struct LineEnumerator(string text)
    {
        private int _next;
        public ReadOnlySpan<char> Current { get; private set; }

        public readonly LineEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next > text.Length || (_next == text.Length && _next > 0)) return false;
            var rest = text.AsSpan(_next);
            int end = rest.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                Current = rest;
                _next = text.Length + 1;
                return true;
            }
            Current = rest[..end];
            _next += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
            return true;
        }
    }
}
