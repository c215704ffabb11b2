using System.Security.Cryptography;
using System.Text;

namespace FactExtract.Export;

/// <summary>
/// Identifies a result by what produced it: the article text and the pipeline (program version,
/// model and gazetteer files). Equal fingerprints mean the previous result can be reused.
/// </summary>
public sealed class ResultFingerprint(string pipelineIdentity)
{
    private readonly byte[] _identity = Encoding.UTF8.GetBytes(pipelineIdentity + "\0");

    public string PipelineIdentity { get; } = pipelineIdentity;

    public string Of(string text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_identity);
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }
}
