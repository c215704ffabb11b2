namespace FactExtract.Ingestion;

/// <summary>
/// Windows-1252 decoding without registering CodePagesEncodingProvider (a process-wide switch).
/// Only 0x80–0x9F differ from Latin-1; the five bytes Windows leaves undefined (0x81, 0x8D, 0x8F,
/// 0x90, 0x9D) map to the C1 control of the same value, as the WHATWG encoding standard does, so
/// decoding is total and one byte is always one char.
/// </summary>
internal static class Windows1252
{
    private static readonly char[] High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', // 80-87
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F', // 88-8F
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', // 90-97
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178', // 98-9F
    ];

    public static char Decode(byte b) => b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
}
