using FactExtract.Ingestion;

namespace FactExtract.Export.Schemas;

/// <summary><c>errors.csv</c>: one row per skipped input.</summary>
internal static class ErrorSchema
{
    public static TableSchema<IngestError> Schema { get; } = new("errors",
    [
        new Column<IngestError, string>("file", (_, e) => e.File, ValueFormats.SafeText),
        new Column<IngestError, string>("reason", (_, e) => e.Reason, ValueFormats.SafeText),
    ]);
}
