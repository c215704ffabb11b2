namespace FactExtract.Export;

/// <summary>
/// What <c>start</c>/<c>end</c> count in the output. The pipeline works in UTF-16 code units
/// (.NET string indices, JavaScript, Java); Python, Spark and DuckDB index strings by code point,
/// and byte-oriented tools by UTF-8 byte. Converted only at the output boundary.
/// </summary>
internal enum OffsetUnit
{
    Utf16,
    CodePoints,
    Utf8,
}

internal static class OffsetUnits
{
    public static string ToName(this OffsetUnit unit) => unit switch
    {
        OffsetUnit.CodePoints => "codepoints",
        OffsetUnit.Utf8 => "utf8",
        _ => "utf16",
    };

    public static bool TryParse(string text, out OffsetUnit unit)
    {
        foreach (var candidate in Enum.GetValues<OffsetUnit>())
            if (candidate.ToName() == text.Trim().ToLowerInvariant()) { unit = candidate; return true; }
        unit = OffsetUnit.Utf16;
        return false;
    }
}

/// <summary>
/// Converts UTF-16 offsets of one text into another unit. Keeps the converted offset at every
/// 256th index, so memory is 1/64 of the text's and a lookup scans at most 255 chars.
/// Unpaired surrogates count as one code point and as 3 UTF-8 bytes (U+FFFD, what an encoder writes).
/// </summary>
internal sealed class OffsetConverter
{
    private const int Shift = 8;
    private readonly string _text;
    private readonly OffsetUnit _unit;
    private readonly int[] _checkpoints;

    public static OffsetConverter Identity { get; } = new("", OffsetUnit.Utf16);

    public OffsetConverter(string text, OffsetUnit unit)
    {
        _text = text;
        _unit = unit;
        if (unit == OffsetUnit.Utf16) { _checkpoints = []; return; }
        _checkpoints = new int[(text.Length >> Shift) + 1];
        int value = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if ((i & ((1 << Shift) - 1)) == 0) _checkpoints[i >> Shift] = value;
            value += Width(i);
        }
    }

    public OffsetUnit Unit => _unit;

    public int Convert(int utf16Offset)
    {
        if (_unit == OffsetUnit.Utf16) return utf16Offset;
        int block = utf16Offset >> Shift;
        int value = _checkpoints[block];
        for (int i = block << Shift; i < utf16Offset; i++) value += Width(i);
        return value;
    }

    private int Width(int i)
    {
        char c = _text[i];
        bool pairStart = char.IsHighSurrogate(c) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1]);
        bool pairEnd = char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(_text[i - 1]);
        if (_unit == OffsetUnit.CodePoints) return pairEnd ? 0 : 1;
        if (pairStart) return 4;
        if (pairEnd) return 0;
        return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
}
