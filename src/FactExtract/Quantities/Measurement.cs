namespace FactExtract.Quantities;

/// <summary>A MEASURE's value in the base unit of its dimension: "42 km" is 42000 m, "2 GB" 2000000000 B.</summary>
/// <param name="Unit">The base unit's symbol: m, m², l, kg, °C, km/h, W, Wh, B or magnitude.</param>
public sealed record Measurement(decimal Value, string Unit);

/// <summary>The units of an ISO 8601 duration (written with the designators S, M, H after <c>PT</c>; D, W, M, Y after <c>P</c>).</summary>
public enum DurationUnit : byte
{
    Seconds,
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,
    Years,
}

/// <summary>
/// A DURATION as ISO 8601 counts it: "10 days" is 10 <see cref="DurationUnit.Days"/>, "a fortnight" 14 days,
/// "a decade" 10 years, "2.5 years" 2.5 years. The outputs write it as <c>P10D</c>, <c>PT5H</c>, <c>P2.5Y</c>.
/// </summary>
public sealed record IsoDuration(decimal Amount, DurationUnit Unit);
