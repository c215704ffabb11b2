using System.Text;

namespace FactExtract.Ingestion;

/// <summary>One line as <see cref="BoundedLineReader"/> returns it.</summary>
internal readonly record struct BoundedLine(long Number, string? Text, bool TooLong);

/// <summary>
/// Reads lines (LF or CR LF; the CR is dropped) from a text stream without ever holding more than
/// <c>maxChars</c> of one line: a multi-gigabyte line is skipped and reported, not loaded. Returns
/// each line as soon as its newline arrives, so it works on a pipe (Hadoop Streaming, Spark pipe).
/// Single-use, like the reader it wraps.
/// </summary>
internal sealed class BoundedLineReader
{
    private readonly TextReader _reader;
    private readonly long _maxChars;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _line = new();
    private int _pos;
    private int _len;
    private long _number;
    private bool _eof;

    /// <param name="prefix">Characters already taken from <paramref name="reader"/> (by a sniffer) that
    /// belong before its rest; no newline.</param>
    /// <param name="linesAlreadyRead">Lines the sniffer consumed, so numbering matches the stream.</param>
    public BoundedLineReader(TextReader reader, long maxChars, string prefix = "", long linesAlreadyRead = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(linesAlreadyRead, 0);
        if (prefix.Contains('\n')) throw new ArgumentException("the prefix must not contain a newline", nameof(prefix));
        _number = linesAlreadyRead;
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        _reader = reader;
        _maxChars = maxChars;
        _line.Append(prefix);
    }

    /// <summary>The next line, or null at end of input.</summary>
    public BoundedLine? ReadLine()
    {
        long length = _line.Length;
        bool tooLong = length > _maxChars;
        bool any = length > 0;
        while (true)
        {
            if (_pos == _len)
            {
                if (_eof || (_len = _reader.Read(_buffer, 0, _buffer.Length)) == 0)
                {
                    _eof = true;
                    _len = _pos = 0;
                    return any ? Finish(tooLong) : null;
                }
                _pos = 0;
            }
            any = true;
            var chunk = _buffer.AsSpan(_pos, _len - _pos);
            int nl = chunk.IndexOf('\n');
            var piece = nl < 0 ? chunk : chunk[..nl];
            length += piece.Length;
            if (length > _maxChars + 1) tooLong = true; // +1: room for a CR that is not content
            if (!tooLong) _line.Append(piece);
            _pos += nl < 0 ? piece.Length : nl + 1;
            if (nl >= 0) return Finish(tooLong);
        }
    }

    private BoundedLine Finish(bool tooLong)
    {
        _number++;
        if (!tooLong && _line.Length > 0 && _line[^1] == '\r') _line.Length--;
        if (_line.Length > _maxChars) tooLong = true;
        string? text = tooLong ? null : _line.ToString();
        _line.Clear();
        return new BoundedLine(_number, text, tooLong);
    }
}
