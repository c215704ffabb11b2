namespace FactExtract.Quantities;

/// <summary>Quantity classes; their CSV/JSON names are the upper-case names.</summary>
public enum QuantityKind : byte
{
    Number,
    Percent,
    Money,
    Ordinal,
    Date,
}

public static class QuantityKindNames
{
    public static string ToName(this QuantityKind kind) => kind switch
    {
        QuantityKind.Number => "NUMBER",
        QuantityKind.Percent => "PERCENT",
        QuantityKind.Money => "MONEY",
        QuantityKind.Ordinal => "ORDINAL",
        QuantityKind.Date => "DATE",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
