using FactExtract.Entities;
using FactExtract.Training;

namespace FactExtract.Cli.Commands;

/// <summary><c>train</c>: trains the entity recognizer and writes a model directory.</summary>
internal sealed class TrainCommand : ICommand
{
    public string Name => "train";
    public string Summary => "Train the entity recognizer from labelled corpora.";
    public string Usage => """
        Usage: factextract train --data FILE... --out DIR [options]
          --data FILE...            labelled corpora (CoNLL-2003, token<TAB>tag IOB2, or UNER .iob2; auto-detected)
          --dev FILE...             development corpora: the best mean micro-F1 picks the epoch; they also fit the confidence calibration
          --out DIR                 output model directory (model.bin, gazetteer.txt.gz, meta.json, scores.json)
          --epochs N                training epochs (default 12)
          --seed S                  random seed (default 1)
          --prune X                 drop averaged weights with |w| < X (default 0)
          --min-count N             features seen fewer than N times in training get no weight (default 1)
          --ensemble K              average the weights of K perceptrons trained with seeds S..S+K-1 (default 1)
          --gazetteer-source DIR    compile the gazetteer from the raw name lists in DIR
          --names-from FILE...      silver corpora whose PER/LOC/ORG mentions become gazetteer name lists
          --gazetteer FILE          or use an already compiled gazetteer.txt.gz
          --unlabeled FILE...       plain text (one sentence per line) for word clusters (ML.NET PCA + k-means)
          --clusters-from FILE      reuse the word clusters of an existing model.bin
          --clusters K1,K2,K3       cluster counts per granularity (default 64,256,1024)
          --vocab N                 words to cluster (default 30000)
          --embeddings FILE         word vectors (GloVe text format, .gz allowed) clustered with ML.NET k-means into features
          --embedding-words N       most frequent words of FILE to cluster (default 100000)
          --embedding-clusters K1,K2,K3  cluster counts per granularity (default 64,256,1024)
          --embedding-iterations N  k-means iterations at most (default 30)
          --embedding-nested        each finer level splits the clusters of the level above (much faster at large k)
          --embedding-clusters-from FILE  reuse the embedding clusters of an existing model.bin
          --forenames FILE          large forename list (one per line): membership becomes a soft feature
          --surnames FILE           large surname list (one per line), the same
          --types LIST              entity types to learn, in label order (default PER,LOC,ORG,MISC; others in the data count as O)
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        TrainingRequest request;
        try
        {
            var a = CommandArgs.Parse(args,
                multi: new HashSet<string> { "--data", "--dev", "--unlabeled", "--names-from" },
                single: new HashSet<string> { "--out", "--epochs", "--seed", "--prune", "--min-count", "--ensemble", "--gazetteer-source", "--gazetteer", "--clusters-from", "--clusters", "--vocab", "--types",
                    "--embeddings", "--embedding-words", "--embedding-clusters", "--embedding-iterations", "--embedding-clusters-from",
                    "--forenames", "--surnames" },
                flags: new HashSet<string> { "--embedding-nested" });
            if (a.All("--data").Count == 0 || a.One("--out") is null) throw new ArgumentException("--data and --out are required.");
            var clusters = new ClusterOptions { VocabularySize = a.Int("--vocab", 30000) };
            if (a.One("--clusters") is { } ks) clusters = clusters with { ClusterCounts = ParseClusterCounts(ks, "--clusters") };
            if (clusters.VocabularySize < 1) throw new ArgumentException("--vocab must be at least 1.");
            var embedding = new EmbeddingClusterOptions { Words = a.Int("--embedding-words", 100000), MaxIterations = a.Int("--embedding-iterations", 30),
                Nested = a.Has("--embedding-nested") };
            if (a.One("--embedding-clusters") is { } eks) embedding = embedding with { ClusterCounts = ParseClusterCounts(eks, "--embedding-clusters") };
            if (embedding.Words < 1) throw new ArgumentException("--embedding-words must be at least 1.");
            if (embedding.MaxIterations < 1) throw new ArgumentException("--embedding-iterations must be at least 1.");
            request = new TrainingRequest
            {
                Data = a.All("--data"),
                Dev = a.All("--dev"),
                OutputDirectory = a.One("--out")!,
                Epochs = a.Int("--epochs", 12),
                Seed = a.Int("--seed", 1),
                Prune = a.Float("--prune", 0f),
                MinFeatureCount = a.Int("--min-count", 1),
                Ensemble = a.Int("--ensemble", 1),
                GazetteerSource = a.One("--gazetteer-source"),
                Gazetteer = a.One("--gazetteer"),
                Unlabeled = a.All("--unlabeled"),
                NameCorpora = a.All("--names-from"),
                ClustersFrom = a.One("--clusters-from"),
                Clusters = clusters,
                Embeddings = a.One("--embeddings"),
                EmbeddingClusters = embedding,
                EmbeddingClustersFrom = a.One("--embedding-clusters-from"),
                Forenames = a.One("--forenames"),
                Surnames = a.One("--surnames"),
                Labels = a.One("--types") is { } types ? LabelSet.FromTypeNames(types.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) : LabelSet.Default,
                CommandLine = "factextract train " + string.Join(' ', args),
            };
            // Checked before anything is written, so a bad value never leaves a half-written model folder.
            if (request.Epochs < 1) throw new ArgumentException("--epochs must be at least 1.");
            if (request.Ensemble < 1) throw new ArgumentException("--ensemble must be at least 1.");
            if (File.Exists(request.OutputDirectory)) throw new ArgumentException($"--out {request.OutputDirectory} is a file, not a folder.");
            foreach (var f in request.Data.Concat(request.Dev).Concat(request.Unlabeled).Concat(request.NameCorpora)
                         .Concat(new[] { request.Embeddings, request.EmbeddingClustersFrom, request.ClustersFrom, request.Forenames, request.Surnames }.OfType<string>()))
                if (!File.Exists(f)) throw new ArgumentException($"File not found: {f}");
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new UsageException(e.Message);
        }
        TrainingRunner.Run(request, line => console.Error.WriteLine(line));
        return ExitCodes.Success;
    }

    /// <summary>"64,256,1024": one k per granularity, each at least 2 (k-means with fewer is no clustering).</summary>
    private static int[] ParseClusterCounts(string text, string option)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is 0 or > FactExtract.Entities.WordClusters.Levels)
            throw new ArgumentException($"{option} takes 1 to {FactExtract.Entities.WordClusters.Levels} counts, not '{text}'.");
        return parts.Select(p => int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int k) && k is >= 2 and < 65535
            ? k : throw new ArgumentException($"{option}: each count must be a whole number from 2 to 65534, not '{p}'.")).ToArray();
    }
}
