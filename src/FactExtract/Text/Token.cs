namespace FactExtract.Text;

/// <summary>
/// A token is a cheap view into the document text: offsets and a kind, no copied string.
/// Use <see cref="Document.TokenText(int)"/> or <see cref="Document.TokenSpan(int)"/> to read it.
/// </summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
    public TextSpan Span => new(Start, End);

    /// <summary>True when whitespace (or the start of text) precedes the token.</summary>
    public bool SpaceBefore { get; init; }
}
