namespace FactExtract.Text;

/// <summary>
/// Names one layer of a <see cref="Document"/>. Each stage's namespace defines the keys of the
/// layers it produces (the text layers here, <c>EntityLayer.Key</c> with the entities…), so this
/// namespace knows nothing of later stages. Keys are created once, as static fields.
/// </summary>
public abstract class LayerKey
{
    private static readonly Lock Gate = new();
    private static LayerKey[] _all = [];

    private protected LayerKey(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        lock (Gate)
        {
            if (_all.Length == 64) throw new InvalidOperationException("At most 64 document layers can be defined.");
            Index = _all.Length;
            _all = [.. _all, this];
        }
    }

    /// <summary>The layer's name, as error messages show it ("Entities").</summary>
    public string Name { get; }

    /// <summary>Position in the document's layer slots and in <see cref="DocumentLayers"/> bit sets.</summary>
    internal int Index { get; }

    internal static LayerKey At(int index) => Volatile.Read(ref _all)[index];

    public static implicit operator DocumentLayers(LayerKey key) => new(1UL << key.Index);

    public override string ToString() => Name;
}

/// <summary>A layer key that says what type the layer's value has.</summary>
public sealed class LayerKey<T>(string name) : LayerKey(name) where T : class;
