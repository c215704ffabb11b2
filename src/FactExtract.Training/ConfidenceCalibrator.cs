using FactExtract.Entities;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace FactExtract.Training;

/// <summary>
/// Fits the mention confidence with ML.NET's L-BFGS logistic regression on development-set
/// predictions: inputs are the mention's minimum and mean decoding margin, the label whether
/// the mention was exactly right. Only the three parameters go into the model file.
/// </summary>
internal static class ConfidenceCalibrator
{
    private sealed class Row
    {
        [VectorType(2)] public float[] Features { get; set; } = [];
        public bool Label { get; set; }
    }

    private sealed class Output
    {
        public float Probability { get; set; }
    }

    public static ConfidenceCalibration Fit(IReadOnlyList<CalibrationSample> samples, int seed, Action<string>? log = null)
    {
        if (samples.Count < 10 || samples.All(s => s.Correct) || samples.All(s => !s.Correct))
            return ConfidenceCalibration.Default;
        var ml = new MLContext(seed);
        var rows = samples.Select(s => new Row { Features = [s.MinMargin, s.MeanMargin], Label = s.Correct }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            NumberOfThreads = 1,
            L2Regularization = 0.01f,
            L1Regularization = 0f,
        });
        var model = trainer.Fit(data);
        var linear = model.Model.SubModel;
        var w = linear.Weights.ToArray();
        var calibration = new ConfidenceCalibration(w[0], w[1], linear.Bias);

        // The logistic model's probability is sigmoid(w.x + b); check that against ML.NET's own output.
        var engine = ml.Model.CreatePredictionEngine<Row, Output>(model);
        double maxDiff = rows.Take(200).Max(r => Math.Abs(engine.Predict(r).Probability - calibration.Confidence(r.Features[0], r.Features[1])));
        var scored = ml.BinaryClassification.Evaluate(model.Transform(data));
        log?.Invoke($"calibration: {samples.Count} mentions, {samples.Count(s => s.Correct)} correct; w=({w[0]:F4},{w[1]:F4}) b={linear.Bias:F4}; " +
                    $"AUC {scored.AreaUnderRocCurve:F4}, log-loss {scored.LogLoss:F4}, max |p - ML.NET p| {maxDiff:E1}");
        if (maxDiff > 1e-3) throw new InvalidOperationException("Calibration parameters do not reproduce ML.NET's probabilities.");
        return calibration;
    }
}
