using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FactExtract.Ingestion;

/// <summary>
/// JSON string values read the way a browser's JSON.parse would: an escaped unpaired surrogate
/// ("\ud800", common in scraped or truncated text) becomes U+FFFD instead of costing the whole
/// record (System.Text.Json refuses to return such a string).
/// </summary>
internal static class JsonStrings
{
    public static string Get(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Unescape(element.GetRawText());
        }
    }

    /// <summary>Decodes a JSON string literal (quotes included) that the parser has already validated.</summary>
    private static string Unescape(string literal)
    {
        var body = literal.AsSpan(1, literal.Length - 2);
        var sb = new StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\') { sb.Append(c); continue; }
            char escape = body[++i];
            switch (escape)
            {
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    sb.Append((char)int.Parse(body.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: sb.Append(escape); break; // \" \\ \/
            }
        }
        for (int i = 0; i < sb.Length; i++)
        {
            if (char.IsHighSurrogate(sb[i]) && i + 1 < sb.Length && char.IsLowSurrogate(sb[i + 1])) { i++; continue; }
            if (char.IsSurrogate(sb[i])) sb[i] = '\uFFFD';
        }
        return sb.ToString();
    }
}
