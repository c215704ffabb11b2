namespace FactExtract.Export;

/// <summary>
/// Guards free-text cells against formula injection: news text can begin with '=', '+', '-' or
/// '@', which spreadsheets execute. Such a cell gets a leading apostrophe, as OWASP recommends.
/// Plain numbers ("-3.5") are left alone so numeric columns stay numeric.
/// </summary>
internal static class SpreadsheetSafety
{
    public static string Escape(string cell)
    {
        if (cell.Length == 0) return cell;
        char first = cell[0];
        if (first is not ('=' or '+' or '-' or '@' or '\t' or '\r')) return cell;
        if (decimal.TryParse(cell, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
            return cell;
        return "'" + cell;
    }

    /// <summary>The cell's text without the guard <see cref="Escape"/> added (for showing it, e.g. in the report).</summary>
    public static string Unescape(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? cell[1..] : cell;
}
