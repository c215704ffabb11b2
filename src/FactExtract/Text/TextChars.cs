using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace FactExtract.Text;

/// <summary>
/// Character classes the tokenizer and splitter share. ASCII goes through a lookup table because
/// it is nearly all of news text; everything else falls back to the Unicode category.
/// </summary>
internal static class TextChars
{
    private const byte Letter = 1, Upper = 2, Digit = 4, Space = 8, Lower = 16;

    // Flags per ASCII character: Letter 1, Upper 2, Digit 4, Space 8 (whitespace and control
    // characters, which separate tokens), Lower 16; '_' counts as a letter so it joins words.
    // A ReadOnlySpan over constant data: compiled into the assembly, immutable, no allocation.
    private static ReadOnlySpan<byte> Ascii =>
    [
         8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  // 0x00-0x0f
         8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  // 0x10-0x1f
         8,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  // 0x20-0x2f
         4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  0,  0,  0,  0,  0,  0,  // 0x30-0x3f
         0,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  // 0x40-0x4f
         3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  0,  0,  0,  0,  1,  // 0x50-0x5f
         0, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17,  // 0x60-0x6f
        17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17,  0,  0,  0,  0,  8,  // 0x70-0x7f
    ];

    /// <summary>
    /// Characters skipped between tokens: whitespace, control characters, and format characters
    /// (zero-width space, BOM, bidi marks). Format characters inside a word are kept by the tokenizer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c)
    {
        if (c < 128) return (Ascii[c] & Space) != 0;
        if (char.IsWhiteSpace(c)) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.Control or UnicodeCategory.Format;
    }

    /// <summary>
    /// Width (0, 1 or 2) of the word character at <paramref name="i"/>: letters, digits, combining
    /// marks and '_'; a surrogate pair counts when it encodes a letter or digit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WordWidth(string text, int i)
    {
        if ((uint)i >= (uint)text.Length) return 0;
        char c = text[i];
        if (c < 128) return (Ascii[c] & (Letter | Digit)) != 0 ? 1 : 0;
        return WordWidthSlow(text, i, c);
    }

    private static int WordWidthSlow(string text, int i, char c)
    {
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = new Rune(c, text[i + 1]);
                return Rune.IsLetterOrDigit(rune) || IsMark(Rune.GetUnicodeCategory(rune)) ? 2 : 0;
            }
            return 0;
        }
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat <= UnicodeCategory.DecimalDigitNumber || cat is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber ? 1 : 0;
    }

    private static bool IsMark(UnicodeCategory cat) =>
        cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordAt(string text, int i) => WordWidth(text, i) > 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => c < 128 ? (Ascii[c] & Digit) != 0 : char.IsDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 128 ? (Ascii[c] & Letter) != 0 && c != '_' : char.IsLetter(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => c < 128 ? (Ascii[c] & Upper) != 0 : char.IsUpper(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLower(char c) => c < 128 ? (Ascii[c] & Lower) != 0 : char.IsLower(c);

    public static bool IsUpperAscii(char c) => c is >= 'A' and <= 'Z';

    public static bool IsDigitAt(string text, int i) => (uint)i < (uint)text.Length && IsDigit(text[i]);

    public static bool IsLetterAt(string text, int i) => (uint)i < (uint)text.Length && IsLetter(text[i]);

    /// <summary>Straight apostrophe and right single quotation mark (U+02BC is a letter, so words keep it).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Hyphen-minus, Unicode hyphen and non-breaking hyphen: these join words.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Figure dash, en dash, em dash, horizontal bar: these never join words.</summary>
    public static bool IsDash(char c) => c is '\u2012' or '\u2013' or '\u2014' or '\u2015';

    /// <summary>Punctuation that ASCII and Unicode call punctuation but PTB treats as a symbol.</summary>
    public static bool IsSymbolPunctuation(char c) => c is '%' or '&' or '#' or '@' or '*' or '/' or '\\' or '\u2030' or '\u2031';

    /// <summary>Line breaks a gap can contain; U+2029 (paragraph separator) counts as a blank line.</summary>
    public static int LineBreaks(string text, int start, int end)
    {
        int n = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\u2028' || c == '\u0085' || (c == '\r' && (i + 1 >= end || text[i + 1] != '\n'))) n++;
            else if (c == '\u2029') n += 2;
        }
        return n;
    }
}
