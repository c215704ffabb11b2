namespace FactExtract.Text;

/// <summary>The layers a <see cref="Document"/> can carry; stages declare what they require and produce.</summary>
[Flags]
public enum DocumentLayers
{
    None = 0,
    Text = 1,
    Tokens = 2,
    Sentences = 4,
    Entities = 8,
    Quantities = 16,
    Facts = 32,
}
