namespace FactExtract.Entities;

/// <summary>
/// Maps a predicted mention's decoding margins to a probability that it is exactly right:
/// <c>sigmoid(MinWeight * minMargin + MeanWeight * meanMargin + Bias)</c>. Fitted by the trainer
/// (logistic regression on development-set predictions); needs no ML library at run time.
/// </summary>
internal readonly record struct ConfidenceCalibration(float MinWeight, float MeanWeight, float Bias)
{
    /// <summary>Uncalibrated fallback: a margin of 0 gives 0.5, rising with the margin.</summary>
    public static ConfidenceCalibration Default => new(0.5f, 0.5f, 0f);

    public double Confidence(float minMargin, float meanMargin)
    {
        double z = MinWeight * minMargin + MeanWeight * meanMargin + Bias;
        return 1.0 / (1.0 + Math.Exp(-z));
    }
}
