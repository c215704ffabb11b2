using FactExtract.Text;

namespace FactExtract.Pipeline;

/// <summary>Results kept from an earlier run. Must be thread-safe.</summary>
internal interface IResultCache
{
    /// <summary>Sets the document's layers from an earlier identical run; false when there is none.</summary>
    bool TryRestore(Document document);
}
