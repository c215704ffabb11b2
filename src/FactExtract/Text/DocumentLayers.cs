using System.Numerics;

namespace FactExtract.Text;

/// <summary>
/// A set of layers, for what a stage requires and produces. Combine keys with <c>|</c>:
/// <c>DocumentLayers.Tokens | DocumentLayers.Sentences</c>. The text layers are members here;
/// later stages add theirs (<c>DocumentLayers.Entities</c>) next to their records.
/// </summary>
public readonly record struct DocumentLayers(ulong Bits)
{
    public static DocumentLayers None => default;
    public static DocumentLayers Text => TextLayers.Text;
    public static DocumentLayers Tokens => TextLayers.Tokens;
    public static DocumentLayers Sentences => TextLayers.Sentences;

    public static DocumentLayers operator |(DocumentLayers a, DocumentLayers b) => new(a.Bits | b.Bits);
    public static DocumentLayers operator &(DocumentLayers a, DocumentLayers b) => new(a.Bits & b.Bits);
    public static DocumentLayers operator ~(DocumentLayers a) => new(~a.Bits);

    public bool IsEmpty => Bits == 0;

    /// <summary>True when every layer of <paramref name="layers"/> is in this set.</summary>
    public bool Contains(DocumentLayers layers) => (Bits & layers.Bits) == layers.Bits;

    /// <summary>The layers' names, comma-separated ("Entities, Quantities").</summary>
    public override string ToString()
    {
        if (Bits == 0) return "None";
        var names = new List<string>(BitOperations.PopCount(Bits));
        for (ulong rest = Bits; rest != 0; rest &= rest - 1)
            names.Add(LayerKey.At(BitOperations.TrailingZeroCount(rest)).Name);
        return string.Join(", ", names);
    }
}

/// <summary>The layers the text stage produces, and the text itself.</summary>
public static class TextLayers
{
    /// <summary>The article; every document has it from the start.</summary>
    public static readonly LayerKey<Ingestion.Article> Text = new("Text");
    public static readonly LayerKey<Token[]> Tokens = new("Tokens");
    public static readonly LayerKey<Sentence[]> Sentences = new("Sentences");
}
