using FactExtract.Pipeline;
using FactExtract.Text;

namespace FactExtract.Cli;

/// <summary>The composition root: loads the model explicitly and assembles the stages in order.</summary>
public static class PipelineFactory
{
    public static NlpPipeline Create(string? modelDirectory, IReadOnlyList<string> gazetteerFiles)
    {
        var stages = new List<IPipelineStage> { new TextStage() };
        return new NlpPipeline(stages);
    }
}
