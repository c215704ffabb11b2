using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactExtract.Entities;

namespace FactExtract.Training;

internal sealed record TrainingRequest
{
    public required IReadOnlyList<string> Data { get; init; }
    public IReadOnlyList<string> Dev { get; init; } = [];
    public required string OutputDirectory { get; init; }
    public int Epochs { get; init; } = 12;
    public int Seed { get; init; } = 1;
    public float Prune { get; init; }
    public int MinFeatureCount { get; init; } = 1;
    /// <summary>Train this many perceptrons (seeds Seed, Seed+1, ...) and average their weights.</summary>
    public int Ensemble { get; init; } = 1;
    /// <summary>Folder with the raw gazetteer sources (world-countries.json, geonames-*.json, first-names-*.txt).</summary>
    public string? GazetteerSource { get; init; }
    /// <summary>Silver corpora whose mentions are compiled into name lists (with <see cref="GazetteerSource"/>).</summary>
    public IReadOnlyList<string> NameCorpora { get; init; } = [];
    /// <summary>An already compiled gazetteer.txt.gz (alternative to <see cref="GazetteerSource"/>).</summary>
    public string? Gazetteer { get; init; }
    /// <summary>Plain-text files (one sentence per line, tokens space-separated) for word clusters.</summary>
    public IReadOnlyList<string> Unlabeled { get; init; } = [];
    /// <summary>Reuse the clusters of an existing model file instead of building them.</summary>
    public string? ClustersFrom { get; init; }
    public ClusterOptions Clusters { get; init; } = new();
    /// <summary>Word vectors (GloVe text format) whose k-means clusters become features.</summary>
    public string? Embeddings { get; init; }
    public EmbeddingClusterOptions EmbeddingClusters { get; init; } = new();
    /// <summary>Large forename and surname lists (one name per line) whose membership becomes soft features.</summary>
    public string? Forenames { get; init; }
    public string? Surnames { get; init; }
    /// <summary>Reuse the embedding clusters of an existing model file instead of building them.</summary>
    public string? EmbeddingClustersFrom { get; init; }
    /// <summary>The entity types the model learns; its label set (stored in the model file) follows from them.</summary>
    public LabelSet Labels { get; init; } = LabelSet.Default;
    public string CommandLine { get; init; } = "";
}

/// <summary>The whole training recipe: corpora, gazetteer, clusters, perceptron, calibration, files.</summary>
internal static class TrainingRunner
{
    public static NerScores? Run(TrainingRequest request, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(request.OutputDirectory);
        var corpora = request.Data.Select(CorpusReader.Read).ToList();
        foreach (var c in corpora)
            log($"data {c.Name}: {c.Documents.Count} documents, {c.SentenceCount} sentences, {c.TokenCount} tokens, MISC={(c.HasMisc ? "yes" : "no")}");
        var devCorpora = request.Dev.Select(CorpusReader.Read).ToList();

        var gazPath = Path.Combine(request.OutputDirectory, NerModelFiles.GazetteerFileName);
        if (request.GazetteerSource is not null)
            Entities.Gazetteer.WriteCompiled(gazPath, GazetteerCompiler.Compile(request.GazetteerSource, log, request.NameCorpora.Select(CorpusReader.Read).ToList()));
        else if (request.Gazetteer is not null && Path.GetFullPath(request.Gazetteer) != Path.GetFullPath(gazPath))
            File.Copy(request.Gazetteer, gazPath, overwrite: true);
        else if (!File.Exists(gazPath))
            Entities.Gazetteer.WriteCompiled(gazPath, []); // a model directory is always complete
        var gazetteer = Entities.Gazetteer.Load(gazPath);
        log($"gazetteer: {gazetteer.Count} phrases");

        WordClusters clusters;
        if (request.ClustersFrom is not null) clusters = EntityModel.LoadClusters(request.ClustersFrom);
        else if (request.Unlabeled.Count > 0)
        {
            // Plain .txt files are one sentence per line; anything else is read as a labelled corpus (labels unused).
            var sentences = request.Unlabeled.SelectMany(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
                    ? File.ReadLines(f).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    : CorpusReader.Read(f).Documents.SelectMany(d => d.Sentences).Select(s => s.Tokens))
                .Where(t => t.Length > 0)
                .Concat(corpora.SelectMany(c => c.Documents).SelectMany(d => d.Sentences).Select(s => s.Tokens));
            clusters = ClusterBuilder.Build(sentences, request.Clusters with { Seed = request.Seed }, log);
        }
        else clusters = WordClusters.Empty;
        if (request.EmbeddingClustersFrom is not null) clusters = clusters.WithEmbedding(EntityModel.LoadClusters(request.EmbeddingClustersFrom));
        else if (request.Embeddings is not null)
            clusters = clusters.WithEmbedding(EmbeddingClusterBuilder.Build(request.Embeddings, request.EmbeddingClusters with { Seed = request.Seed }, log));
        if (request.Forenames is not null || request.Surnames is not null)
            clusters = clusters.WithNames(NameListFlags.Load(request.Forenames, request.Surnames));
        log($"clusters: {clusters.Count} words, embedding clusters: {clusters.EmbeddingCount} words, name lists: {clusters.NameCount} words ({clock.Elapsed.TotalSeconds:F0}s)");

        var dev = devCorpora.Select(c => (IReadOnlyList<RenderedDocument>)c.Documents.Select(d => new RenderedDocument(d)).ToList()).ToList();
        var results = new List<TrainingResult>();
        for (int member = 0; member < Math.Max(1, request.Ensemble); member++)
        {
            if (request.Ensemble > 1) log($"ensemble member {member + 1}/{request.Ensemble}, seed {request.Seed + member}");
            results.Add(new PerceptronTrainer().Train(corpora, dev, gazetteer, clusters, new TrainerOptions
            {
                Epochs = request.Epochs, Seed = request.Seed + member, Prune = request.Prune, MinFeatureCount = request.MinFeatureCount,
                Labels = request.Labels,
            }, log));
        }
        var result = results[0];
        var model = results.Count == 1 ? result.Model : ModelAveraging.Average(results.Select(r => r.Model).ToList(), request.Prune);
        if (dev.Count > 0)
        {
            // Calibrated on every development set, so confidence means the same on news and web text.
            var samples = new List<CalibrationSample>();
            foreach (var d in dev) RecognizerEvaluation.Evaluate(new EntityRecognizer(model, gazetteer), d, null, samples);
            model = model.WithCalibration(ConfidenceCalibrator.Fit(samples, request.Seed, log));
        }
        var modelPath = Path.Combine(request.OutputDirectory, EntityModel.FileName);
        model.Save(modelPath);
        var seconds = clock.Elapsed.TotalSeconds;
        log($"model: {model.FeatureCount} features, {new FileInfo(modelPath).Length / 1e6:F1} MB, best epoch {result.BestEpoch}, {seconds:F0}s");

        var scores = new JsonObject();
        NerScores? first = null;
        var recognizer = new EntityRecognizer(model, gazetteer);
        foreach (var d in devCorpora)
        {
            var docs = d.Documents.Select(x => new RenderedDocument(x)).ToList();
            var all = RecognizerEvaluation.Evaluate(recognizer, docs);
            var core = RecognizerEvaluation.Evaluate(recognizer, docs, NerEvaluator.CoreTypes);
            first ??= core;
            log($"dev {d.Name} (PER/LOC/ORG):{Environment.NewLine}{core.Format()}");
            scores[d.Name] = new JsonObject { ["PER_LOC_ORG"] = ScoresJson.ToJson(core), ["all_types"] = ScoresJson.ToJson(all) };
        }
        WriteJson(Path.Combine(request.OutputDirectory, "scores.json"), scores);
        var meta = new JsonObject
        {
            ["name"] = "ner-en",
            ["format_version"] = EntityModel.FormatVersion,
            ["feature_version"] = EntityModel.FeatureVersion,
            ["tokenizer_version"] = EntityModel.TokenizerVersion,
            ["labels"] = new JsonArray(model.Labels.Names.Select(n => (JsonNode)n).ToArray()),
            ["data"] = new JsonArray(corpora.Select(c => (JsonNode)new JsonObject
                { ["file"] = c.Name, ["sentences"] = c.SentenceCount, ["tokens"] = c.TokenCount, ["has_misc"] = c.HasMisc }).ToArray()),
            ["dev"] = new JsonArray(devCorpora.Select(c => (JsonNode)c.Name).ToArray()),
            ["seed"] = request.Seed,
            ["epochs"] = request.Epochs,
            ["best_epoch"] = result.BestEpoch,
            ["ensemble"] = new JsonArray(results.Select(r => (JsonNode)new JsonObject { ["best_epoch"] = r.BestEpoch }).ToArray()),
            ["prune"] = request.Prune,
            ["min_feature_count"] = request.MinFeatureCount,
            ["features"] = model.FeatureCount,
            ["cluster_words"] = clusters.Count,
            ["embedding_cluster_words"] = clusters.EmbeddingCount,
            ["name_list_words"] = clusters.NameCount,
            ["gazetteer_phrases"] = gazetteer.Count,
            ["calibration"] = new JsonObject { ["min_weight"] = model.Calibration.MinWeight, ["mean_weight"] = model.Calibration.MeanWeight, ["bias"] = model.Calibration.Bias },
            ["training_seconds"] = Math.Round(seconds),
            ["command"] = request.CommandLine,
        };
        WriteJson(Path.Combine(request.OutputDirectory, "meta.json"), meta);
        return first;
    }

    private static void WriteJson(string path, JsonNode node) =>
        File.WriteAllText(path, node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
}

internal static class ScoresJson
{
    public static JsonObject ToJson(NerScores s)
    {
        var o = new JsonObject();
        foreach (var (t, v) in s.PerType.OrderBy(p => p.Key)) o[t.ShortName()] = One(v);
        o["micro"] = One(s.Micro);
        return o;
    }

    private static JsonObject One(TypeScore s) => new()
    {
        ["precision"] = Math.Round(s.Precision, 4), ["recall"] = Math.Round(s.Recall, 4), ["f1"] = Math.Round(s.F1, 4),
        ["gold"] = s.Gold, ["predicted"] = s.Predicted,
    };
}
