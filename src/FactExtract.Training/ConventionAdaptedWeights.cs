namespace FactExtract.Training;

/// <summary>The annotation convention a training corpus follows.</summary>
internal enum AnnotationConvention
{
    /// <summary>CoNLL-2003 style: MISC is labelled; a country acting as its government stays a place.</summary>
    Conll,
    /// <summary>Universal NER style: no MISC; states, dynasties and teams named after places are organisations.</summary>
    Uner,
}

/// <summary>
/// "Frustratingly easy" domain adaptation (Daumé III 2007) for the perceptron: every feature has
/// a shared weight row and one row per annotation convention. A training sentence is scored and
/// updated with the shared rows plus its own convention's, so where CoNLL and UNER label the same
/// evidence differently the disagreement goes into the convention rows instead of pulling the
/// shared ones back and forth. The model that ships is the shared rows plus the rows of one
/// target convention, summed into one table: inference costs exactly what it did before.
/// Without a target this is a plain <see cref="AveragedWeights"/>.
/// </summary>
internal sealed class ConventionAdaptedWeights
{
    private readonly AveragedWeights _shared;
    private readonly AveragedWeights[]? _byConvention;
    private readonly AnnotationConvention _target;

    /// <param name="target">Convention whose rows are added into the shipped weights; null: no adaptation.</param>
    public ConventionAdaptedWeights(int labels, HashSet<ulong>? frozen, AnnotationConvention? target)
    {
        _shared = new AveragedWeights(labels, frozen);
        if (target is { } t)
        {
            _target = t;
            _byConvention = Enum.GetValues<AnnotationConvention>().Select(_ => new AveragedWeights(labels, frozen)).ToArray();
        }
    }

    /// <summary>The convention of the sentences scored and updated next.</summary>
    public AnnotationConvention Current { get; set; }

    public int Count => _shared.Count;

    public void Tick()
    {
        _shared.Tick();
        // Every table keeps the same averaging clock, so a convention row averages over all instances.
        if (_byConvention is not null) foreach (var w in _byConvention) w.Tick();
    }

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        _shared.Score(features, scores);
        _byConvention?[(int)Current].Score(features, scores);
    }

    public void Update(ReadOnlySpan<ulong> features, int gold, int predicted)
    {
        _shared.Update(features, gold, predicted);
        _byConvention?[(int)Current].Update(features, gold, predicted);
    }

    /// <summary>The averaged shared rows plus the averaged rows of the target convention.</summary>
    public List<(ulong Key, float[] Row)> Averaged()
    {
        var shared = _shared.Averaged();
        if (_byConvention is null) return shared;
        var byKey = shared.ToDictionary(r => r.Key, r => r.Row);
        foreach (var (key, row) in _byConvention[(int)_target].Averaged())
        {
            // A convention row exists only where the shared row was updated too (they are updated together).
            var sum = byKey[key];
            for (int k = 0; k < sum.Length; k++) sum[k] += row[k];
        }
        return shared;
    }
}
