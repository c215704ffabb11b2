namespace FactExtract.Facts;

public enum FactKind : byte
{
    /// <summary>A number, percentage, amount or date tied to what it measures.</summary>
    Quantity,
    /// <summary>Direct speech with its speaker.</summary>
    Quote,
    /// <summary>A person with the role or title the article gives them.</summary>
    Role,
}

public static class FactKindNames
{
    public static string ToName(this FactKind kind) => kind switch
    {
        FactKind.Quantity => "QUANTITY",
        FactKind.Quote => "QUOTE",
        FactKind.Role => "ROLE",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
