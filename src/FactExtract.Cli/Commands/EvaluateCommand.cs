using FactExtract.Pipeline;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactExtract.Entities;
using FactExtract.Training;

namespace FactExtract.Cli.Commands;

/// <summary><c>evaluate</c>: exact-span P/R/F1 of a model on a labelled corpus.</summary>
internal sealed class EvaluateCommand : ICommand
{
    public string Name => "evaluate";
    public string Summary => "Score the entity recognizer on a labelled corpus (exact-span P/R/F1).";
    public string Usage => """
        Usage: factextract evaluate --gold FILE [--model DIR] [--types PER,LOC,ORG] [--json] [--raw] [--speed]
          --gold FILE     labelled corpus (CoNLL-2003, token<TAB>tag IOB2, or UNER .iob2; auto-detected)
          --model DIR     model directory (default: models/ner-en here, else beside the repository of the binary)
          --types LIST    only score these types (e.g. PER,LOC,ORG)
          --json          print the scores as JSON
          --raw           also score through the project's tokenizer and sentence splitter on detokenized text
          --dump FILE     write the sentences with errors (gold vs predicted) to FILE
          --speed         also measure single-thread tagging speed (tokens/s)
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        string gold, modelDir;
        IReadOnlyCollection<EntityType>? types;
        CommandArgs a;
        try
        {
            a = CommandArgs.Parse(args, new HashSet<string>(), new HashSet<string> { "--gold", "--model", "--types", "--dump" },
                new HashSet<string> { "--json", "--speed", "--raw" });
            gold = a.One("--gold") ?? throw new ArgumentException("--gold is required.");
            if (!File.Exists(gold)) throw new ArgumentException($"File not found: {gold}");
            types = a.One("--types") is { } t ? NerEvaluator.ParseTypes(t) : null;
            if (types is { Count: 0 }) throw new ArgumentException("--types needs at least one type (PER, LOC, ORG, MISC).");
            modelDir = ModelLocation.Resolve(a.One("--model")); // the same lookup as extract
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new UsageException(e.Message);
        }
        // Opened before the evaluation, so an impossible path fails at once, not after minutes of work.
        using var dump = a.One("--dump") is { } dumpPath ? OpenDump(dumpPath) : null;
        var (model, gazetteer) = NerModelFiles.Load(modelDir);
        var corpus = CorpusReader.Read(gold);
        var recognizer = new EntityRecognizer(model, gazetteer);
        var docs = corpus.Documents.Select(d => new RenderedDocument(d)).ToList();
        var scores = RecognizerEvaluation.Evaluate(recognizer, docs, types);
        var json = new JsonObject { ["gold"] = corpus.Name, ["model"] = modelDir, ["scores"] = ScoresJson.ToJson(scores) };
        var text = new List<string> { $"{corpus.Name}: {corpus.SentenceCount} sentences, model {modelDir}", scores.Format() };
        var (gazMentions, gazCorrect) = RecognizerEvaluation.GazetteerSourcePrecision(recognizer, docs);
        json["gazetteer_source"] = new JsonObject { ["mentions"] = gazMentions, ["correct"] = gazCorrect };
        text.Add($"gazetteer-source mentions: {gazMentions}, exactly right: {gazCorrect}");
        if (dump is not null)
            foreach (var line in RecognizerEvaluation.Errors(recognizer, docs)) dump.WriteLine(line);
        if (a.Has("--raw"))
        {
            var raw = RawTextEvaluation.Evaluate(recognizer, corpus, types);
            json["raw_text_scores"] = ScoresJson.ToJson(raw);
            text.Add("through the project tokenizer on detokenized text:");
            text.Add(raw.Format());
        }
        if (a.Has("--speed"))
        {
            var speed = SpeedMeasure.Measure(recognizer, docs);
            json["tokens_per_second"] = Math.Round(speed.TokensPerSecond);
            json["tokens_per_cpu_second"] = Math.Round(speed.TokensPerCpuSecond);
            text.Add(string.Format(CultureInfo.InvariantCulture, "tagging speed: {0:N0} tokens/s (one thread; {1:N0} tokens per CPU second of the process)",
                speed.TokensPerSecond, speed.TokensPerCpuSecond));
        }
        console.Out.WriteLine(a.Has("--json") ? json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) : string.Join(Environment.NewLine, text));
        return ExitCodes.Success;
    }

    private static StreamWriter OpenDump(string path)
    {
        try
        {
            return new StreamWriter(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--dump {path}: cannot write: {e.Message}");
        }
    }
}
