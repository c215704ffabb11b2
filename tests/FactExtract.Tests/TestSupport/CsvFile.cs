using System.Globalization;
using CsvHelper;

namespace FactExtract.Tests.TestSupport;

/// <summary>Reads an output CSV file back: its header and its rows as cells.</summary>
public static class CsvFile
{
    public static List<string[]> Read(string path, out string[] header)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        csv.Read();
        header = csv.Record!;
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(csv.Record!);
        return rows;
    }
}
