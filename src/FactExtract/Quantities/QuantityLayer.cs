using FactExtract.Quantities;
using FactExtract.Text;

// In the root namespace so every FactExtract.* file (and a library user with `using FactExtract;`)
// sees doc.Quantities without another using; the file lives with its record.
namespace FactExtract;

/// <summary>The quantities layer of a <see cref="Document"/>: its key and typed accessors.</summary>
public static class QuantityLayer
{
    public static readonly LayerKey<IReadOnlyList<Quantity>> Key = new("Quantities");

    extension(Document document)
    {
        /// <summary>The document's quantities, in text order; throws when the stage has not run.</summary>
        public IReadOnlyList<Quantity> Quantities => document.Get(Key);

        public void SetQuantities(IReadOnlyList<Quantity> quantities) => document.Set(Key, quantities);
    }

    extension(DocumentLayers)
    {
        public static DocumentLayers Quantities => Key;
    }
}
