namespace FactExtract.Export.Schemas;

/// <summary>
/// Every layer the output contract writes, in file and JSON order. CSV files, the JSON Lines
/// arrays and the resume cache are produced by iterating this list; a new layer is added here.
/// </summary>
internal static class OutputSchemas
{
    public static IReadOnlyList<LayerSchema> Layers { get; } =
    [
        EntitySchema.Schema,
        QuantitySchema.Schema,
        FactSchema.Schema,
        SentenceSchema.Schema,
    ];

    /// <summary><c>errors.csv</c>: the inputs a run skipped.</summary>
    public static TableSchema<Ingestion.IngestError> Errors => ErrorSchema.Schema;
}
