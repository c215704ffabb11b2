namespace FactExtract.Entities;

/// <summary>A user name list (<c>--gazetteer</c>) cannot be read or is malformed; names the file.</summary>
public sealed class GazetteerFileException(string file, Exception inner)
    : Exception($"{file}: {inner.Message}", inner)
{
    public string File { get; } = file;
}
