using Microsoft.ML.Data;

namespace FactExtract.Training;

/// <summary>A word's vector as ML.NET reads it, for the k-means of both cluster builders.</summary>
internal sealed class WordVectorRow(float[] features)
{
    public float[] Features { get; set; } = features;
}

/// <summary>The cluster ML.NET's k-means assigns a row (1-based).</summary>
internal sealed class ClusterAssignmentRow
{
    [ColumnName("PredictedLabel")] public uint Cluster { get; set; }
}
