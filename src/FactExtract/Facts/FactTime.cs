using FactExtract.Quantities;

namespace FactExtract.Facts;

/// <summary>
/// When a fact holds, at the precision the source gives: a DATE quantity of the text (its resolved
/// calendar value: a year, month, ISO week, day or run of years, see <see cref="Quantities.Quantity.Date"/>), or a
/// calendar day (the article's date, for quotes and roles). Exactly one of the two is set.
/// </summary>
public sealed record FactTime
{
    private FactTime(Quantity? date, DateOnly? day) => (Date, Day) = (date, day);

    /// <summary>The DATE quantity the time is read from (the same record as in the quantities layer), or null for a <see cref="Day"/>.</summary>
    public Quantity? Date { get; }

    /// <summary>A calendar day not stated in the text (the article's date), or null for a <see cref="Date"/>.</summary>
    public DateOnly? Day { get; }

    public static FactTime Of(Quantity date)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (date.Kind != QuantityKind.Date) throw new ArgumentException("A fact's time is a DATE quantity.", nameof(date));
        return new(date, null);
    }

    public static FactTime On(DateOnly day) => new(null, day);
}
