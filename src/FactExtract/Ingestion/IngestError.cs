namespace FactExtract.Ingestion;

/// <summary>An input that could not be read as an article, with a reason a person can act on.</summary>
public sealed record IngestError(string File, string Reason);
