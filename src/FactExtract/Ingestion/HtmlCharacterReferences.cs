using System.Text;

namespace FactExtract.Ingestion;

/// <summary>
/// Numeric character references that name no character: code point 0, a surrogate
/// (&amp;#55357;) or beyond U+10FFFF (&amp;#99999999;). Browsers show U+FFFD for them (WHATWG
/// "numeric character reference end state"); WebUtility.HtmlDecode would leave the reference
/// as text (later read as NUMBER 99999999) or produce a lone surrogate.
/// </summary>
internal static class HtmlCharacterReferences
{
    /// <summary>Replaces every invalid numeric reference (with its ';') by U+FFFD; the rest is left for the entity decoder.</summary>
    public static string ReplaceInvalidNumeric(string text)
    {
        int amp = text.IndexOf("&#", StringComparison.Ordinal);
        if (amp < 0) return text;
        StringBuilder? sb = null;
        int copied = 0;
        while (amp >= 0)
        {
            int p = amp + 2;
            bool hex = p < text.Length && text[p] is 'x' or 'X';
            if (hex) p++;
            int digits = p;
            long value = 0;
            for (; p < text.Length && (hex ? char.IsAsciiHexDigit(text[p]) : char.IsAsciiDigit(text[p])); p++)
                if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + HexValue(text[p]);
            bool invalid = value == 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF;
            if (p > digits && p < text.Length && text[p] == ';' && invalid)
            {
                sb ??= new StringBuilder(text.Length);
                sb.Append(text, copied, amp - copied).Append('\uFFFD');
                copied = p + 1;
            }
            amp = text.IndexOf("&#", Math.Max(p, amp + 2), StringComparison.Ordinal);
        }
        if (sb is null) return text;
        return sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
