using System.Text;

namespace FactExtract.Entities;

/// <summary>
/// Lower case without accents for the Latin letters of U+00C0–U+017F ("É" → "e", "ß" → "ss").
/// A table rather than Unicode decomposition because the project runs with invariant
/// globalization, where <see cref="string.Normalize()"/> leaves such letters as they are.
/// </summary>
internal static class LatinFold
{
    private const char Special = '*';
    private const int First = 0xC0;

    // One base letter per code point from U+00C0 to U+017F; '*' marks the ligatures spelled out
    // below, '?' the two non-letters (×, ÷) that never reach the table.
    private const string Table =
        "aaaaaa*ceeeeiiiidnooooo?ouuuuy**" + "aaaaaa*ceeeeiiiidnooooo?ouuuuy*y" +           // U+00C0–U+00FF
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllll" +             // U+0100–U+0142
        "nnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";                   // U+0143–U+017F

    public static void AppendFolded(StringBuilder sb, char c)
    {
        int i = c - First;
        if (i < 0 || i >= Table.Length) { sb.Append(char.ToLowerInvariant(c)); return; }
        char folded = Table[i];
        if (folded != Special) { sb.Append(folded); return; }
        sb.Append(c switch
        {
            'Æ' or 'æ' => "ae",
            'Þ' or 'þ' => "th",
            'ß' => "ss",
            'Ĳ' or 'ĳ' => "ij",
            'Œ' or 'œ' => "oe",
            _ => char.ToLowerInvariant(c).ToString(),
        });
    }
}
