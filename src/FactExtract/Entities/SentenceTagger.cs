using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>
/// Scores tokens for the tagger. Inference adds precomputed per-word sums (<see cref="ModelScorer"/>);
/// the trainer's implementation lists every feature and learns from each decision.
/// </summary>
internal interface IFeatureScorer
{
    /// <summary>True when every feature must be listed (the trainer learns from them); inference sums them per word and value instead.</summary>
    bool ListsFeatures { get; }

    /// <summary>
    /// Fills <paramref name="infos"/> as <see cref="FeatureExtractor.Describe"/> would (inference reads them from its
    /// per-word cache) and returns true; false leaves it to the tagger.
    /// </summary>
    bool Describe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenInfo> infos);

    /// <summary>Called once per sentence before decoding, with the prepared tokens.</summary>
    void BeginSentence(ReadOnlySpan<char> text, Span<TokenInfo> infos, bool headline);

    /// <summary>
    /// Adds the score of token <paramref name="i"/> given the previous labels (-1 before the sentence) and its
    /// document memory to <paramref name="scores"/> (one per label, padded); <paramref name="features"/> lists
    /// every feature when <see cref="ListsFeatures"/>, and is empty otherwise.
    /// </summary>
    void ScoreToken(int i, in TokenInfo token, int prev1, int prev2, byte memory, ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>Called after the label of <paramref name="position"/> is chosen.</summary>
    void Observe(int position, ReadOnlySpan<ulong> features, int predicted);
}

/// <summary>
/// Greedy left-to-right BILOU decoding of one sentence at a time, with the grammar enforced
/// (an open mention must be continued, a sentence never ends inside one). Holds reusable
/// scratch buffers, so one instance serves a whole document; it is local to one call and
/// never shared between threads.
/// </summary>
internal sealed class SentenceTagger
{
    private readonly Gazetteer _gazetteer;
    private readonly WordClusters _clusters;
    private readonly LabelSet _labels;
    private readonly List<GazetteerMatch> _matches = new();
    private TokenInfo[] _infos = new TokenInfo[64];
    private ulong[] _lower = new ulong[64];
    private ulong[] _gazBits = new ulong[64];
    private BilouTag[] _tags = new BilouTag[64];
    private float[] _margins = new float[64];
    private readonly ulong[] _features = new ulong[FeatureExtractor.MaxFeatures];
    private readonly float[] _scores;

    public SentenceTagger(Gazetteer gazetteer, WordClusters clusters, LabelSet labels)
    {
        _gazetteer = gazetteer;
        _clusters = clusters;
        _labels = labels;
        _scores = new float[labels.Stride];
    }

    public int Length { get; private set; }
    public ReadOnlySpan<BilouTag> Tags => _tags.AsSpan(0, Length);
    /// <summary>Per token: best valid score minus second-best valid score.</summary>
    public ReadOnlySpan<float> Margins => _margins.AsSpan(0, Length);
    /// <summary>Gazetteer hits of the current sentence (token indices relative to the sentence).</summary>
    public IReadOnlyList<GazetteerMatch> Matches => _matches;

    /// <summary>Counts the static (history-free) features of a sentence, for the trainer's frequency cut-off.</summary>
    public void CountStaticFeatures(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Dictionary<ulong, int> counts)
    {
        bool headline = Prepare(text, tokens, complete: true);
        var infos = _infos.AsSpan(0, tokens.Length);
        for (int i = 0; i < tokens.Length; i++)
        {
            int count = FeatureExtractor.Static(text, infos, i, headline, _features);
            foreach (var f in _features.AsSpan(0, count))
                counts[f] = counts.GetValueOrDefault(f) + 1;
        }
    }

    /// <summary>Sizes the buffers and computes the per-token values; returns whether the sentence is a headline.</summary>
    private bool Prepare(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, bool complete)
    {
        int n = Resize(tokens.Length);
        if (n == 0) { _matches.Clear(); return false; }
        var infos = _infos.AsSpan(0, n);
        FeatureExtractor.Prepare(text, tokens, _gazetteer, _clusters, infos, _lower, _gazBits, _matches, complete);
        return FeatureExtractor.IsHeadline(infos);
    }

    /// <summary>As <see cref="Prepare"/>, with the tokens described by the scorer when it can.</summary>
    private bool Prepare<TScorer>(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ref TScorer scorer) where TScorer : IFeatureScorer
    {
        if (scorer.ListsFeatures) return Prepare(text, tokens, complete: true);
        int n = Resize(tokens.Length);
        if (n == 0) { _matches.Clear(); return false; }
        var infos = _infos.AsSpan(0, n);
        if (!scorer.Describe(text, tokens, infos))
            for (int i = 0; i < n; i++) FeatureExtractor.Describe(text, tokens[i], ref infos[i]);
        FeatureExtractor.MarkGazetteer(_gazetteer, infos, _lower, _gazBits, _matches);
        return FeatureExtractor.IsHeadline(infos);
    }

    private int Resize(int n)
    {
        Length = n;
        if (_infos.Length < n)
        {
            int size = Math.Max(n, _infos.Length * 2);
            _infos = new TokenInfo[size];
            _lower = new ulong[size];
            _gazBits = new ulong[size];
            _tags = new BilouTag[size];
            _margins = new float[size];
        }
        return n;
    }

    public void Tag<TScorer>(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ref TScorer scorer, DocumentMemory memory)
        where TScorer : IFeatureScorer
    {
        bool list = scorer.ListsFeatures;
        bool headline = Prepare(text, tokens, ref scorer);
        int n = tokens.Length;
        var infos = _infos.AsSpan(0, n);
        scorer.BeginSentence(text, infos, headline);
        Span<ulong> f = _features;
        Span<float> scores = _scores;
        var labels = _labels;
        int labelCount = labels.Count;
        int prev1 = -1, prev2 = -1;
        for (int i = 0; i < n; i++)
        {
            ref readonly var t = ref infos[i];
            bool capitalised = FeatureExtractor.IsCapitalised(t.Cap);
            byte mem = capitalised ? memory.Get(t.Lower) : (byte)0;
            int count = 0;
            if (list)
            {
                count = FeatureExtractor.Static(text, infos, i, headline, f);
                count += FeatureExtractor.Dynamic(t, prev1, prev2, mem, f[count..]);
            }
            scores.Clear();
            scorer.ScoreToken(i, t, prev1, prev2, mem, f[..count], scores);

            int previous = prev1 < 0 ? 0 : prev1;
            bool last = i == n - 1;
            int best = -1, second = -1;
            for (int k = 0; k < labelCount; k++)
            {
                if (!labels.CanFollow(previous, k) || (last && LabelSet.IsOpen(k))) continue;
                if (best < 0 || scores[k] > scores[best]) { second = best; best = k; }
                else if (second < 0 || scores[k] > scores[second]) second = k;
            }
            var chosen = labels.ToTag(best);
            _tags[i] = chosen;
            _margins[i] = second < 0 ? 100f : scores[best] - scores[second];
            scorer.Observe(i, f[..count], best);
            if (capitalised) memory.Record(t.Lower, chosen, i == 0);
            prev2 = prev1;
            prev1 = best;
        }
    }
}
