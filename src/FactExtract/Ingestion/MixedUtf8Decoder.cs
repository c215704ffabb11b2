using System.Buffers;
using System.Text.Unicode;

namespace FactExtract.Ingestion;

/// <summary>
/// Decodes bytes that are not valid UTF-8: every valid UTF-8 sequence as UTF-8, every byte that
/// breaks UTF-8 as Windows-1252. A pure Windows-1252 file decodes exactly as Windows-1252 (its
/// high bytes essentially never form valid UTF-8 in prose), and a UTF-8 file with one stray
/// 0x93 keeps its other accents and quotes instead of turning into "â€œ" mojibake throughout.
/// Linear; one char buffer of the input's length (neither encoding yields more chars than bytes).
/// </summary>
internal static class MixedUtf8Decoder
{
    public static string Decode(ReadOnlySpan<byte> bytes, out bool sawMultibyteUtf8)
    {
        sawMultibyteUtf8 = false;
        // Not pooled: a 64 MB file would pin a 128 MB array in the shared pool for the process's life.
        var buffer = new char[bytes.Length];
        int written = 0;
        while (!bytes.IsEmpty)
        {
            var status = Utf8.ToUtf16(bytes, buffer.AsSpan(written), out int read, out int chars,
                replaceInvalidSequences: false, isFinalBlock: true);
            if (chars < read) sawMultibyteUtf8 = true;
            written += chars;
            bytes = bytes[read..];
            if (status == OperationStatus.Done) break;
            // InvalidData: the byte at the front breaks UTF-8; take it as Windows-1252.
            buffer[written++] = Windows1252.Decode(bytes[0]);
            bytes = bytes[1..];
        }
        return new string(buffer, 0, written);
    }
}
