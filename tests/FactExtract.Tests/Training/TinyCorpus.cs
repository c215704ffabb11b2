using FactExtract.Entities;
using FactExtract.Training;

namespace FactExtract.Tests.Training;

/// <summary>A handful of sentences written for the tests (no external data).</summary>
internal static class TinyCorpus
{
    public const string Conll = """
        -DOCSTART- -X- O O

        Zandor NNP I-NP I-PER
        Quill NNP I-NP I-PER
        visited VBD I-VP O
        Velmora NNP I-NP I-LOC
        . . O O

        The DT I-NP O
        Krell NNP I-NP I-ORG
        Institute NNP I-NP I-ORG
        hired VBD I-VP O
        Zandor NNP I-NP I-PER
        Quill NNP I-NP I-PER
        . . O O

        -DOCSTART- -X- O O

        Mira NNP I-NP I-PER
        Tosk NNP I-NP I-PER
        left VBD I-VP O
        Ostrava NNP I-NP I-LOC
        for IN I-PP O
        Velmora NNP I-NP I-LOC
        . . O O

        Officials NNS I-NP O
        of IN I-PP O
        the DT I-NP O
        Krell NNP I-NP I-ORG
        Institute NNP I-NP I-ORG
        met VBD I-VP O
        in IN I-PP O
        Ostrava NNP I-NP I-LOC
        . . O O

        Mira NNP I-NP I-PER
        Tosk NNP I-NP I-PER
        said VBD I-VP O
        the DT I-NP O
        weather NN I-NP O
        was VBD I-VP O
        fine JJ I-ADJP O
        . . O O
        """;

    public static Corpus Read() => CorpusReader.Parse("tiny", Conll.Split('\n'), CorpusFormat.Conll2003);

    public static EntityModel Train(int seed = 7, int epochs = 8) =>
        new PerceptronTrainer().Train([Read()], [], Gazetteer.Empty, WordClusters.Empty,
            new TrainerOptions { Epochs = epochs, Seed = seed }).Model;
}
