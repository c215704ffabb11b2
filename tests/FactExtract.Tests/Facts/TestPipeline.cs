using FactExtract.Cli;
using FactExtract.Pipeline;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Facts;

/// <summary>The full extract pipeline exactly as the CLI composes it, with the shipped model.</summary>
internal static class TestPipeline
{
    public static NlpPipeline Create() =>
        PipelineFactory.Create(Path.Combine(RepositoryPaths.Models, "ner-en"), []).Pipeline;
}
