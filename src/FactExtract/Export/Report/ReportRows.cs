using System.Globalization;

namespace FactExtract.Export.Report;

/// <summary>
/// The CSV columns the report shows for each layer, and how one row's cells (as written to the
/// CSV file, in the order of these lists) become the report's records. Both ways of building a
/// report go through here: from the files of a finished run, and from the rows as a run writes them.
/// </summary>
internal static class ReportRows
{
    public static readonly string[] EntityColumns = ["sentence", "start", "end", "text", "type", "canonical", "confidence", "source"];
    public static readonly string[] QuantityColumns = ["sentence", "start", "end", "text", "kind", "value", "unit", "qualifier", "value_to", "normalized"];
    public static readonly string[] FactColumns = ["sentence", "start", "end", "kind", "value", "unit", "qualifier", "measure", "subject", "entities", "time", "change"];

    public static EntityMention Entity(IReadOnlyList<string> r, int row) =>
        new(row, Int(r[0]), Int(r[1]), Int(r[2]), r[3], r[4], SpreadsheetSafety.Unescape(r[5]), Confidence(r[6]), r[7], r[6]);

    public static QuantityMark Quantity(IReadOnlyList<string> r, int row) =>
        new(row, Int(r[0]), Int(r[1]), Int(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], r[9]);

    // Cells may carry the spreadsheet formula guard (a leading apostrophe); the page shows the text.
    public static FactNote Fact(IReadOnlyList<string> r, int row) =>
        new(row, Int(r[0]), Int(r[1]), Int(r[2]), r[3], SpreadsheetSafety.Unescape(r[4]), r[5], r[6],
            SpreadsheetSafety.Unescape(r[7]), SpreadsheetSafety.Unescape(r[8]), SpreadsheetSafety.Unescape(r[9]), r[10], r[11]);

    private static int Int(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : -1;

    private static double Confidence(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : double.NaN;
}
