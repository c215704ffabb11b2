using FactExtract.Facts;
using FactExtract.Text;

// In the root namespace so every FactExtract.* file (and a library user with `using FactExtract;`)
// sees doc.Facts without another using; the file lives with its record.
namespace FactExtract;

/// <summary>The facts layer of a <see cref="Document"/>: its key and typed accessors.</summary>
public static class FactLayer
{
    public static readonly LayerKey<IReadOnlyList<Fact>> Key = new("Facts");

    extension(Document document)
    {
        /// <summary>The document's facts, in text order; throws when the stage has not run.</summary>
        public IReadOnlyList<Fact> Facts => document.Get(Key);

        public void SetFacts(IReadOnlyList<Fact> facts) => document.Set(Key, facts);
    }

    extension(DocumentLayers)
    {
        public static DocumentLayers Facts => Key;
    }
}
