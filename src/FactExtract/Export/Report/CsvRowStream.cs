using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace FactExtract.Export.Report;

/// <summary>
/// Reads one of a run's CSV files front to back, one row at a time, with the row number a
/// spreadsheet shows (header = row 1). A missing file reads as empty. Columns are looked up by
/// header name, so columns added later (the contract allows more) do not disturb it.
/// </summary>
internal sealed class CsvRowStream : IDisposable
{
    private static readonly CsvConfiguration Config = new(CultureInfo.InvariantCulture)
    {
        DetectDelimiter = false,
        BadDataFound = null,
        MissingFieldFound = null,
    };

    private readonly StreamReader? _text;
    private readonly CsvReader? _csv;
    private readonly int[] _columns = [];
    private int _row = 1;

    public CsvRowStream(string path, IReadOnlyList<string> columns)
    {
        FileName = Path.GetFileName(path);
        Exists = File.Exists(path);
        if (!Exists) return;
        _text = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        _csv = new CsvReader(_text, Config);
        if (!_csv.Read()) { Current = null; return; }
        _csv.ReadHeader();
        _columns = columns.Select(name =>
        {
            int index = Array.IndexOf(_csv.HeaderRecord!, name);
            return index >= 0 ? index : throw new InvalidDataException($"{FileName} has no column '{name}'");
        }).ToArray();
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
        if (_csv is null || !_csv.Read()) { Current = null; return; }
        _row++;
        var values = new string[_columns.Length];
        for (int i = 0; i < values.Length; i++) values[i] = _csv.TryGetField<string>(_columns[i], out var v) ? v ?? "" : "";
        Current = values;
    }

    public void Dispose()
    {
        _csv?.Dispose();
        _text?.Dispose();
    }
}
