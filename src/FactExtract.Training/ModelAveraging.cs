using FactExtract.Entities;

namespace FactExtract.Training;

/// <summary>
/// Averages the weights of perceptrons trained with different seeds (same features, clusters):
/// still one linear model of the same kind, with less of each run's shuffling luck.
/// </summary>
internal static class ModelAveraging
{
    public static EntityModel Average(IReadOnlyList<EntityModel> models, float prune = 0f)
    {
        var labels = models[0].Labels;
        if (models.Any(m => !m.Labels.Names.SequenceEqual(labels.Names))) throw new ArgumentException("Models of different label sets.", nameof(models));
        int stride = labels.Stride;
        var sums = new Dictionary<ulong, float[]>();
        foreach (var m in models)
        {
            var keys = m.Weights.Keys;
            var w = m.Weights.Weights;
            for (int i = 0; i < keys.Length; i++)
            {
                if (!sums.TryGetValue(keys[i], out var row)) sums[keys[i]] = row = new float[labels.Count];
                for (int k = 0; k < labels.Count; k++) row[k] += w[i * stride + k] / models.Count;
            }
        }
        return EntityModel.Create(labels, sums.Select(p => (p.Key, p.Value)).ToList(), models[0].Clusters, models[0].Calibration, prune);
    }
}
