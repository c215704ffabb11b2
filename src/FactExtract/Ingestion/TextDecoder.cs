using System.Text;
using System.Text.Unicode;

namespace FactExtract.Ingestion;

/// <summary>What decoding produced: the text, or why the bytes are not an article.</summary>
internal readonly record struct DecodeResult(string? Text, string? FailureReason, string Encoding)
{
    public bool Ok => Text is not null;
}

/// <summary>
/// Turns a file's bytes into article text. Order: BOM (UTF-32, UTF-16, UTF-8; the BOM is decoded
/// away, so offsets count from after it) → obvious BOM-less UTF-16 → strict UTF-8 → Windows-1252
/// for the bytes that are not UTF-8 (see <see cref="MixedUtf8Decoder"/>).
/// Then the text is checked: a high share of control characters (NUL included) means binary;
/// nothing but whitespace means empty. A few stray NULs become U+FFFD (one char for one, so
/// offsets hold). The text is otherwise kept exactly as decoded (CR LF stays, typographic
/// quotes stay) so every offset refers to what the file says; matching normalises copies.
/// </summary>
internal sealed class TextDecoder
{
    /// <summary>More than this share of control characters (besides tab, LF, CR, FF) means binary.</summary>
    public const double MaxControlShare = 0.05;

    private static readonly Encoding Utf8Lenient = new UTF8Encoding(false, false);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(false, false, false);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(true, false, false);
    private static readonly Encoding Utf32Le = new UTF32Encoding(false, false, false);
    private static readonly Encoding Utf32Be = new UTF32Encoding(true, false, false);

    public DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return Fail(IngestReasons.Empty, "none");

        // UTF-32 LE's BOM starts with UTF-16 LE's, so it is tested first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return Check(Utf32Le.GetString(bytes[4..]), "utf-32le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return Check(Utf32Be.GetString(bytes[4..]), "utf-32be");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Check(Utf16Le.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Check(Utf16Be.GetString(bytes[2..]), "utf-16be");
        // A UTF-8 BOM is a declaration: stray invalid bytes after it become U+FFFD rather than
        // sending the whole file to Windows-1252.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Check(Utf8Lenient.GetString(bytes[3..]), "utf-8");

        var utf16 = SniffBomlessUtf16(bytes);
        if (utf16 is not null) return Check(utf16.GetString(bytes), utf16.BodyName + " (no BOM)");

        // NUL is the cheapest binary tell, but a few stray NULs in real text (a truncated copy, a bad
        // export) must not cost the whole article: only a share of them beyond the control limit does.
        if (bytes.Count((byte)0) > bytes.Length * MaxControlShare) return Fail(IngestReasons.Binary, "none");

        if (Utf8.IsValid(bytes)) return Check(Utf8Lenient.GetString(bytes), "utf-8");
        string text = MixedUtf8Decoder.Decode(bytes, out bool sawUtf8);
        return Check(text, sawUtf8 ? "utf-8 with windows-1252 bytes" : "windows-1252");
    }

    /// <summary>
    /// UTF-16 without a BOM is only trusted when it is blatant: in the first 4 KiB nearly every
    /// byte on one side of each pair is NUL (ASCII-range text) and none on the other side.
    /// </summary>
    private static Encoding? SniffBomlessUtf16(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        int pairs = head.Length / 2;
        if (pairs < 4) return null;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < head.Length; i += 2)
        {
            if (head[i] == 0) evenNul++;
            if (head[i + 1] == 0) oddNul++;
        }
        if (oddNul >= pairs * 9 / 10 && evenNul == 0) return Utf16Le;
        if (evenNul >= pairs * 9 / 10 && oddNul == 0) return Utf16Be;
        return null;
    }

    /// <summary>
    /// The binary/empty checks alone, for text that arrives already decoded (standard input).
    /// </summary>
    public static DecodeResult CheckText(string text, string encoding = "text") => Check(text, encoding);

    private static DecodeResult Check(string text, string encoding)
    {
        int controls = 0;
        bool anyVisible = false;
        foreach (char c in text)
        {
            if (IsSuspectControl(c)) controls++;
            else if (!anyVisible && !char.IsWhiteSpace(c)) anyVisible = true;
        }
        if (text.Length > 0 && controls > text.Length * MaxControlShare) return Fail(IngestReasons.Binary, encoding);
        if (!anyVisible) return Fail(IngestReasons.Empty, encoding);
        // NUL would end a C string downstream and breaks CSV tools; U+FFFD marks the spot.
        if (text.Contains('\0')) text = text.Replace('\0', '\uFFFD');
        return new DecodeResult(text, null, encoding);
    }

    /// <summary>C0/C1 controls other than the whitespace ones text files legitimately contain.</summary>
    private static bool IsSuspectControl(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || (c >= 0x7F && c <= 0x9F);

    private static DecodeResult Fail(string reason, string encoding) => new(null, reason, encoding);
}
