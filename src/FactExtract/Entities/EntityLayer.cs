using FactExtract.Entities;
using FactExtract.Text;

// In the root namespace so every FactExtract.* file (and a library user with `using FactExtract;`)
// sees doc.Entities without another using; the file lives with its record.
namespace FactExtract;

/// <summary>The entities layer of a <see cref="Document"/>: its key and typed accessors.</summary>
public static class EntityLayer
{
    public static readonly LayerKey<IReadOnlyList<Entity>> Key = new("Entities");

    extension(Document document)
    {
        /// <summary>The document's entities, in text order; throws when the stage has not run.</summary>
        public IReadOnlyList<Entity> Entities => document.Get(Key);

        public void SetEntities(IReadOnlyList<Entity> entities) => document.Set(Key, entities);
    }

    extension(DocumentLayers)
    {
        public static DocumentLayers Entities => Key;
    }
}
