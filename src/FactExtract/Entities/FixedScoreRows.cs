namespace FactExtract.Entities;

/// <summary>
/// Summed weights of the feature groups that take only a few values — the previous two labels,
/// the document memory with the case class, the case window, gazetteer bits — one row per value,
/// computed once per model so that inference adds a row where it would hash and look up one or
/// two features. Each row is the weight sum of exactly the features <see cref="FeatureExtractor"/>
/// lists for that value. Immutable; shared by all threads.
/// </summary>
internal sealed class FixedScoreRows
{
    /// <summary>Gazetteer bits per token (kinds × BILOU positions) and the case classes a row is kept for (7 = sentence edge).</summary>
    private const int Bits = 64, Caps = 8;

    private readonly int _stride, _labelsPlusStart;
    private readonly float[] _history, _memory, _capWindow, _gazetteer, _gazetteerCap;

    public FixedScoreRows(EntityModel model)
    {
        var table = model.Weights;
        _stride = table.Stride;
        _labelsPlusStart = model.Labels.Count + 1;
        Span<ulong> f = stackalloc ulong[4];

        _history = new float[_labelsPlusStart * _labelsPlusStart * _stride];
        for (int p2 = -1; p2 < model.Labels.Count; p2++)
            for (int p1 = -1; p1 < model.Labels.Count; p1++)
                table.Score(f[..FeatureExtractor.History(p1, p2, f)], Row(_history, HistoryIndex(p1, p2)));

        // Memory values are 1 (seen as O) and 2 + entity type.
        int memoryValues = 2 + model.Labels.Types.Max(t => (int)t) + 1;
        _memory = new float[memoryValues * Caps * _stride];
        for (int m = 1; m < memoryValues; m++)
            for (int c = 0; c < Caps; c++)
                table.Score(f[..FeatureExtractor.Memory((byte)m, (CapClass)c, f)], Row(_memory, m * Caps + c));

        _capWindow = new float[Caps * Caps * Caps * _stride];
        for (int k = 0; k < Caps * Caps * Caps; k++)
        {
            f[0] = FeatureExtractor.CapWindowFeature(k);
            table.Score(f[..1], Row(_capWindow, k));
        }

        _gazetteer = new float[3 * Bits * _stride];
        _gazetteerCap = new float[Bits * Caps * _stride];
        for (int b = 0; b < Bits; b++)
        {
            for (int off = -1; off <= 1; off++)
            {
                f[0] = FeatureExtractor.GazetteerBit(off, b);
                table.Score(f[..1], Row(_gazetteer, (off + 1) * Bits + b));
            }
            for (int c = 0; c < Caps; c++)
            {
                f[0] = FeatureExtractor.GazetteerBitCap(b, (CapClass)c);
                table.Score(f[..1], Row(_gazetteerCap, b * Caps + c));
            }
        }
    }

    private Span<float> Row(float[] rows, int index) => rows.AsSpan(index * _stride, _stride);

    private int HistoryIndex(int prev1, int prev2) => (prev2 + 1) * _labelsPlusStart + prev1 + 1;

    /// <summary>The row of <see cref="FeatureExtractor.History"/> (labels, -1 before the sentence).</summary>
    public ReadOnlySpan<float> History(int prev1, int prev2) => Row(_history, HistoryIndex(prev1, prev2));

    /// <summary>The row of <see cref="FeatureExtractor.Memory"/> (memory not 0).</summary>
    public ReadOnlySpan<float> Memory(byte memory, CapClass cap) => Row(_memory, memory * Caps + (int)cap);

    /// <summary>The row of the case window with this <see cref="FeatureExtractor.CapWindowIndex"/>.</summary>
    public ReadOnlySpan<float> CapWindow(int index) => Row(_capWindow, index);

    /// <summary>The row of <see cref="FeatureExtractor.GazetteerBit"/>.</summary>
    public ReadOnlySpan<float> GazetteerBit(int offset, int bit) => Row(_gazetteer, (offset + 1) * Bits + bit);

    /// <summary>The row of <see cref="FeatureExtractor.GazetteerBitCap"/>.</summary>
    public ReadOnlySpan<float> GazetteerBitCap(int bit, CapClass cap) => Row(_gazetteerCap, bit * Caps + (int)cap);
}
