namespace FactExtract.Quantities;

/// <summary>Quantity classes; their CSV/JSON names are the upper-case names.</summary>
public enum QuantityKind : byte
{
    Number,
    Percent,
    Money,
    Ordinal,
    Date,
    /// <summary>A physical quantity with a unit: "42km", "2,000 hectares", "40C", "1.5 MW", "a 7.8-magnitude earthquake".</summary>
    Measure,
    /// <summary>A span of time: "ten days", "18 months", "a decade"; <see cref="Quantity.Duration"/> counts it in ISO 8601 units (10 days).</summary>
    Duration,
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
        QuantityKind.Measure => "MEASURE",
        QuantityKind.Duration => "DURATION",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
