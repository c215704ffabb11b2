using FactExtract.Cli;
using FactExtract.Cli.Commands;
using FactExtract.Entities;
using FactExtract.Text;

namespace FactExtract.Tests.Training;

/// <summary>
/// The label set comes from the model file: a model trained on a toy corpus with a type the code
/// has never heard of (PRODUCT) and without LOC/MISC tags, saves, loads and recognizes through
/// the CLI and the library with no code change.
/// </summary>
public sealed class ExtraTypeModelTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"ner-extra-{Guid.NewGuid():N}");

    public ExtraTypeModelTests() => Directory.CreateDirectory(_dir);
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>token TAB IOB2 tag; products are phones and consoles invented for the test.</summary>
    private static string ToyCorpus()
    {
        var lines = new List<string>();
        string[][] sentences =
        [
            ["Nora|B-PER", "Vale|I-PER", "bought|O", "a|O", "Zephyr|B-PRODUCT", "X9|I-PRODUCT", "from|O", "Quandle|B-ORG", "."],
            ["Quandle|B-ORG", "launched|O", "the|O", "Zephyr|B-PRODUCT", "X9|I-PRODUCT", "on|O", "Monday|O", "."],
            ["Tomas|B-PER", "Brek|I-PER", "reviewed|O", "the|O", "Lumio|B-PRODUCT", "Pad|I-PRODUCT", "for|O", "Vextra|B-ORG", "."],
            ["Vextra|B-ORG", "said|O", "the|O", "Lumio|B-PRODUCT", "Pad|I-PRODUCT", "sold|O", "well|O", "."],
            ["Nora|B-PER", "Vale|I-PER", "joined|O", "Vextra|B-ORG", "in|O", "March|O", "."],
            ["Tomas|B-PER", "Brek|I-PER", "prefers|O", "the|O", "Zephyr|B-PRODUCT", "X9|I-PRODUCT", "."],
        ];
        foreach (var s in sentences)
        {
            foreach (var t in s)
            {
                var parts = t.Split('|');
                lines.Add($"{parts[0]}\t{(parts.Length > 1 ? parts[1] : "O")}");
            }
            lines.Add("");
        }
        return string.Join('\n', lines);
    }

    private static (int Code, string Out, string Err) Run(ICommand command, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run([command.Name, .. args], new CliConsole(TextReader.Null, output, error), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    private string TrainToyModel()
    {
        var corpus = Path.Combine(_dir, "toy.tsv");
        File.WriteAllText(corpus, ToyCorpus());
        var model = Path.Combine(_dir, "model");
        var train = Run(new TrainCommand(), "--data", corpus, "--out", model, "--epochs", "10", "--seed", "3", "--types", "PER,ORG,PRODUCT");
        Assert.True(train.Code == ExitCodes.Success, train.Err);
        return model;
    }

    [Fact]
    public void ModelWithAnExtraTypeRecognizesItWithoutACodeChange()
    {
        var (model, gazetteer) = NerModelFiles.Load(TrainToyModel());
        Assert.Equal(["O", "B-PER", "I-PER", "L-PER", "U-PER", "B-ORG", "I-ORG", "L-ORG", "U-ORG", "B-PRODUCT", "I-PRODUCT", "L-PRODUCT", "U-PRODUCT"],
            model.Labels.Names);

        var doc = new Document("Nora Vale reviewed the Zephyr X9 for Quandle.");
        new TextStage().Process(doc);
        var entities = new EntityRecognizer(model, gazetteer).Recognize(doc.Text, doc.Tokens, doc.Sentences);
        var product = Assert.Single(entities, e => e.Text == "Zephyr X9");
        Assert.Equal("PRODUCT", product.Type.ToName());
        Assert.Contains(entities, e => e.Text == "Nora Vale" && e.Type == EntityType.Person);
        Assert.DoesNotContain(entities, e => e.Type is EntityType.Location or EntityType.Misc);
    }

    [Fact]
    public void EvaluateScoresTheExtraType()
    {
        var model = TrainToyModel();
        var eval = Run(new EvaluateCommand(), "--gold", Path.Combine(_dir, "toy.tsv"), "--model", model, "--json");
        Assert.True(eval.Code == ExitCodes.Success, eval.Err);
        var scores = System.Text.Json.JsonDocument.Parse(eval.Out).RootElement.GetProperty("scores");
        Assert.Equal(1.0, scores.GetProperty("PRODUCT").GetProperty("f1").GetDouble(), 6);
    }

    [Fact]
    public void ModelOfAnotherTokenizerVersionExitsWithModelError()
    {
        var model = TrainToyModel();
        var path = Path.Combine(model, EntityModel.FileName);
        var bytes = File.ReadAllBytes(path);
        BitConverter.GetBytes(EntityModel.TokenizerVersion + 1).CopyTo(bytes, 16); // after magic, format and feature version
        File.WriteAllBytes(path, bytes);
        var eval = Run(new EvaluateCommand(), "--gold", Path.Combine(_dir, "toy.tsv"), "--model", model);
        Assert.Equal(ExitCodes.ModelError, eval.Code);
        Assert.Contains("tokenizer version", eval.Err);
    }
}
