namespace FactExtract.Text;

/// <summary>A sentence: its character range and the half-open range of token indices it covers.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenEnd)
{
    public int TokenCount => TokenEnd - FirstToken;
    public TextSpan Span => new(Start, End);
}
