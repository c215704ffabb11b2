namespace FactExtract.Facts;

/// <summary>Whether the text presents a quantity as a change, and which way.</summary>
public enum ChangeDirection : byte
{
    /// <summary>No change stated.</summary>
    None,
    Increase,
    Decrease,
}

public static class ChangeDirectionNames
{
    /// <summary>The output name: empty, <c>increase</c> or <c>decrease</c>.</summary>
    public static string ToName(this ChangeDirection change) => change switch
    {
        ChangeDirection.None => "",
        ChangeDirection.Increase => "increase",
        ChangeDirection.Decrease => "decrease",
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
    };
}
