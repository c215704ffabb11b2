using FactExtract.Pipeline;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Facts;

/// <summary>The full extract pipeline exactly as the library entry point composes it, with the shipped model.</summary>
internal static class TestPipeline
{
    public static NlpPipeline Create() => Shipped.Pipeline;

    /// <summary>Loaded once per test run: the extractor is immutable and thread-safe.</summary>
    public static FactExtractor Shipped { get; } = FactExtractor.Load(Path.Combine(RepositoryPaths.Models, "ner-en"));
}
