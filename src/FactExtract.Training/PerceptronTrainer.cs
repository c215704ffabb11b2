using System.Diagnostics;
using System.Globalization;
using FactExtract.Entities;
using FactExtract.Text;

namespace FactExtract.Training;

internal sealed record TrainerOptions
{
    public int Epochs { get; init; } = 12;
    public int Seed { get; init; } = 1;
    /// <summary>Averaged weights with a smaller magnitude are dropped from the shipped model.</summary>
    public float Prune { get; init; } = 0f;
    /// <summary>Types the development score that picks the best epoch is computed on.</summary>
    public IReadOnlyCollection<EntityType> SelectionTypes { get; init; } = NerEvaluator.CoreTypes;
    /// <summary>Static features seen fewer times in the training data never get weights (a regulariser).</summary>
    public int MinFeatureCount { get; init; } = 1;
    /// <summary>The types the model learns (stored in the model file); mentions of other types count as O.</summary>
    public LabelSet Labels { get; init; } = LabelSet.Default;
}

internal sealed record EpochReport(int Epoch, int Errors, int Tokens, double DevF1, TimeSpan Elapsed);

internal sealed record TrainingResult(EntityModel Model, int BestEpoch, IReadOnlyList<EpochReport> Epochs);

/// <summary>
/// Trains the greedy averaged perceptron through the same <see cref="SentenceTagger"/> the
/// recognizer decodes with (so the history features see predicted, not gold, tags).
/// Deterministic: documents are shuffled with a seeded <see cref="Random"/>, everything else is ordered.
/// </summary>
internal sealed class PerceptronTrainer
{
    private sealed class TrainingDocument(RenderedDocument rendered, BilouTag[][] gold, bool hasMisc)
    {
        public RenderedDocument Rendered { get; } = rendered;
        public BilouTag[][] Gold { get; } = gold;
        public bool HasMisc { get; } = hasMisc;
    }

    /// <summary>Lists every feature and feeds each decision back into the weights.</summary>
    private struct LearningScorer(AveragedWeights weights, LabelSet labels) : IFeatureScorer
    {
        public BilouTag[] Gold = [];
        public bool HasMisc;
        public int Errors;

        public readonly bool ListsFeatures => true;

        public readonly bool Describe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenInfo> infos) => false;

        public readonly void BeginSentence(ReadOnlySpan<char> text, Span<TokenInfo> infos, bool headline) { }

        public readonly void ScoreToken(int i, in TokenInfo token, int prev1, int prev2, byte memory, ReadOnlySpan<ulong> features,
            Span<float> scores) => weights.Score(features, scores);

        public void Observe(int position, ReadOnlySpan<ulong> features, int predictedLabel)
        {
            weights.Tick();
            var predicted = labels.ToTag(predictedLabel);
            var previous = position == 0 ? BilouTag.O : _previous;
            _previous = predicted;
            var gold = ReachableTarget(previous, Gold[position], position == Gold.Length - 1);
            if (gold == predicted) return;
            // A corpus without MISC labels MISC things as O: do not punish a MISC guess there.
            if (!HasMisc && gold == BilouTag.O && predicted.Type() == EntityType.Misc) return;
            Errors++;
            weights.Update(features, labels.IndexOf(gold), predictedLabel);
        }

        private BilouTag _previous;
    }

    /// <summary>
    /// The gold tag mapped into what the decoder may choose after <paramref name="previous"/>
    /// (its own earlier, possibly wrong, decision). Without this, the update after a wrongly
    /// opened mention would push down L-x against an unreachable O, and I-x would win by
    /// default: runaway mentions. So: inside a mention the target is I-x or L-x (close now);
    /// outside one, I-x becomes B-x and L-x becomes U-x.
    /// </summary>
    internal static BilouTag ReachableTarget(BilouTag previous, BilouTag gold, bool last)
    {
        if (BilouTags.CanFollow(previous, gold) && !(last && gold.IsOpen())) return gold;
        if (previous.IsOpen())
        {
            bool continues = gold != BilouTag.O && gold.Type() == previous.Type() && gold.Position() == BilouPosition.Inside && !last;
            return BilouTags.Make(continues ? BilouPosition.Inside : BilouPosition.Last, previous.Type());
        }
        if (gold == BilouTag.O) return gold;
        var pos = gold.Position();
        // Outside a mention, gold wants one continued: start it here (B), or as a unit if it ends here.
        bool ends = last || pos is BilouPosition.Last or BilouPosition.Unit;
        return BilouTags.Make(ends ? BilouPosition.Unit : BilouPosition.Begin, gold.Type());
    }

    /// <param name="dev">Development sets; the epoch with the best mean micro-F1 over them is kept.</param>
    public TrainingResult Train(IReadOnlyList<Corpus> corpora, IReadOnlyList<IReadOnlyList<RenderedDocument>> dev, Gazetteer gazetteer,
        WordClusters clusters, TrainerOptions options, Action<string>? log = null)
    {
        var labels = options.Labels;
        var docs = new List<TrainingDocument>();
        foreach (var corpus in corpora)
            foreach (var d in corpus.Documents)
                docs.Add(new TrainingDocument(new RenderedDocument(d),
                    d.Sentences.Select(s => CorpusReader.ToBilou(s.Tokens.Length, s.Spans.Where(x => labels.Contains(x.Type)))).ToArray(),
                    corpus.HasMisc && labels.Contains(EntityType.Misc)));
        int tokenCount = docs.Sum(d => d.Rendered.Tokens.Length);

        var tagger = new SentenceTagger(gazetteer, clusters, labels);
        HashSet<ulong>? rare = null;
        if (options.MinFeatureCount > 1)
        {
            var counts = new Dictionary<ulong, int>();
            foreach (var d in docs)
                foreach (var sent in d.Rendered.Sentences)
                    tagger.CountStaticFeatures(d.Rendered.Text, d.Rendered.Tokens.AsSpan(sent.FirstToken, sent.TokenCount), counts);
            rare = counts.Where(p => p.Value < options.MinFeatureCount).Select(p => p.Key).ToHashSet();
            log?.Invoke($"features: {counts.Count} static, {rare.Count} below the count cut-off {options.MinFeatureCount}");
        }
        var weights = new AveragedWeights(labels.Count, rare);
        var memory = new DocumentMemory();
        var rng = new Random(options.Seed);
        var order = Enumerable.Range(0, docs.Count).ToArray();
        var reports = new List<EpochReport>();
        EntityModel? best = null;
        int bestEpoch = 0;
        double bestF1 = -1;
        var clock = Stopwatch.StartNew();

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            var scorer = new LearningScorer(weights, labels);
            foreach (int di in order)
            {
                var doc = docs[di];
                var r = doc.Rendered;
                memory.Clear();
                scorer.HasMisc = doc.HasMisc;
                for (int s = 0; s < r.Sentences.Length; s++)
                {
                    var sent = r.Sentences[s];
                    scorer.Gold = doc.Gold[s];
                    tagger.Tag(r.Text, r.Tokens.AsSpan(sent.FirstToken, sent.TokenCount), ref scorer, memory);
                }
            }
            var model = EntityModel.Create(labels, weights.Averaged(), clusters, ConfidenceCalibration.Default, options.Prune);
            var recognizer = new EntityRecognizer(model, gazetteer);
            var devF1 = dev.Select(d => RecognizerEvaluation.Evaluate(recognizer, d, options.SelectionTypes).Micro.F1).ToList();
            double f1 = devF1.Count > 0 ? devF1.Average() : double.NaN;
            var report = new EpochReport(epoch, scorer.Errors, tokenCount, f1, clock.Elapsed);
            reports.Add(report);
            log?.Invoke(string.Format(CultureInfo.InvariantCulture,
                "epoch {0,2}: errors {1,7} / {2} tokens ({3:P2}), features {4}, dev F1 {5:F4} ({6}), {7:F0}s",
                epoch, scorer.Errors, tokenCount, (double)scorer.Errors / tokenCount, weights.Count, f1,
                string.Join(' ', devF1.Select(x => x.ToString("F4", CultureInfo.InvariantCulture))), clock.Elapsed.TotalSeconds));
            if (devF1.Count == 0 || f1 > bestF1) { best = model; bestF1 = f1; bestEpoch = epoch; }
        }
        return new TrainingResult(best!, bestEpoch, reports);
    }
}
