using System.Security.Cryptography;
using System.Text;

namespace FactExtract.Export;

/// <summary>
/// Identifies a result by what produced it: the article text and the pipeline (program version,
/// model and gazetteer files). Equal fingerprints mean the previous result can be reused.
/// </summary>
internal sealed class ResultFingerprint(string pipelineIdentity)
{
    private readonly byte[] _identity = Encoding.UTF8.GetBytes(pipelineIdentity + "\0");

    private const int SliceChars = 4096;

    public string Of(string text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_identity);
        // In slices, so a giant article is not copied whole into a byte array (same bytes as one GetBytes).
        Span<byte> bytes = stackalloc byte[SliceChars * 3];
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            int n = Math.Min(SliceChars, rest.Length);
            if (n < rest.Length && char.IsHighSurrogate(rest[n - 1])) n--;
            hash.AppendData(bytes[..Encoding.UTF8.GetBytes(rest[..n], bytes)]);
            rest = rest[n..];
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }
}
