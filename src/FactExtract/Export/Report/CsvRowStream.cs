using System.Text;

namespace FactExtract.Export.Report;

/// <summary>
/// Reads one of a run's CSV files front to back, one row at a time, with the row number a
/// spreadsheet shows (header = row 1; a quoted field spanning lines is still one row). A missing
/// file reads as empty. Columns are looked up by header name, so columns added later (the
/// contract allows more) do not disturb it. A small RFC 4180 parser of its own rather than a
/// general CSV library: the report reads every row of a run, and a library's start-up and
/// per-field conversions were a large share of the report's time.
/// </summary>
internal sealed class CsvRowStream : IDisposable
{
    private readonly StreamReader? _text;
    private readonly char[] _buffer = new char[1 << 15];
    private int _position, _length;
    private readonly StringBuilder _field = new();
    private readonly List<string> _record = [];
    private readonly int[] _columns = [];
    private int _row = 1;

    public CsvRowStream(string path, IReadOnlyList<string> columns)
    {
        FileName = Path.GetFileName(path);
        Exists = File.Exists(path);
        if (!Exists) return;
        _text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        if (!ReadRecord()) return;
        var header = _record.ToArray();
        _columns = new int[columns.Count];
        for (int i = 0; i < columns.Count; i++)
        {
            int index = Array.IndexOf(header, columns[i]);
            _columns[i] = index >= 0 ? index : throw new InvalidDataException($"{FileName} has no column '{columns[i]}'");
        }
        MoveNext();
    }

    public string FileName { get; }
    public bool Exists { get; }

    /// <summary>The current row's values in the order the columns were asked for; null at the end.</summary>
    public string[]? Current { get; private set; }

    /// <summary>Spreadsheet row number of <see cref="Current"/>.</summary>
    public int RowNumber => _row;

    public void MoveNext()
    {
        if (_text is null || !ReadRecord()) { Current = null; return; }
        _row++;
        var values = new string[_columns.Length];
        for (int i = 0; i < values.Length; i++) values[i] = _columns[i] < _record.Count ? _record[_columns[i]] : "";
        Current = values;
    }

    /// <summary>Reads the next record into <see cref="_record"/>; false at the end of the file.</summary>
    private bool ReadRecord()
    {
        _record.Clear();
        if (!Fill()) return false;
        while (true)
        {
            bool lineEnds = ReadField(out string field);
            _record.Add(field);
            if (lineEnds) return true;
        }
    }

    /// <summary>Reads one field; true when it ended the record (line end or end of file).</summary>
    private bool ReadField(out string field)
    {
        _field.Clear();
        bool quoted = Fill() && _buffer[_position] == '"';
        if (quoted) _position++;
        while (Fill())
        {
            char c = _buffer[_position];
            if (quoted)
            {
                int close = Array.IndexOf(_buffer, '"', _position, _length - _position);
                if (close < 0) { _field.Append(_buffer, _position, _length - _position); _position = _length; continue; }
                _field.Append(_buffer, _position, close - _position);
                _position = close + 1;
                // "" is a quote inside the field; a single quote closes it.
                if (Fill() && _buffer[_position] == '"') { _field.Append('"'); _position++; }
                else quoted = false;
                continue;
            }
            if (c == ',') { _position++; field = _field.ToString(); return false; }
            if (c is '\r' or '\n')
            {
                _position++;
                if (c == '\r' && Fill() && _buffer[_position] == '\n') _position++;
                field = _field.ToString();
                return true;
            }
            int start = _position;
            while (_position < _length && _buffer[_position] is not (',' or '\r' or '\n')) _position++;
            _field.Append(_buffer, start, _position - start);
        }
        field = _field.ToString();
        return true;
    }

    /// <summary>True when a character is available at <see cref="_position"/>.</summary>
    private bool Fill()
    {
        if (_position < _length) return true;
        _length = _text!.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }

    public void Dispose() => _text?.Dispose();
}
