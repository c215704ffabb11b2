namespace FactExtract.Entities;

/// <summary>
/// A model or gazetteer file is missing, corrupt, or of another format or feature version.
/// The message names the file and what is wrong; the CLI maps it to exit code 3.
/// </summary>
public sealed class ModelLoadException : Exception
{
    public ModelLoadException(string message) : base(message) { }
    public ModelLoadException(string message, Exception inner) : base(message, inner) { }
}
