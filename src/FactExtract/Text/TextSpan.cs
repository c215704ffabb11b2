namespace FactExtract.Text;

/// <summary>A half-open character range <c>[Start, End)</c> into a document's text.</summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0) throw new ArgumentOutOfRangeException(nameof(start), start, "Start must not be negative.");
        if (end < start) throw new ArgumentOutOfRangeException(nameof(end), end, "End must not precede start.");
        Start = start;
        End = end;
    }

    public int Start { get; }
    public int End { get; }
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public override string ToString() => $"[{Start}, {End})";
}
