namespace FactExtract.Quantities;

internal enum NumeralKind : byte
{
    Cardinal,
    Ordinal,
    Decade,
    Fraction,
    Vague,
    IsoDate,
    Pence,
}

/// <summary>A number found at some atoms, before units, ranges and qualifiers are attached.</summary>
internal struct Numeral
{
    public int FirstAtom;
    /// <summary>The atom after the numeral (the numeral may end inside its last atom: <see cref="Closed"/>).</summary>
    public int NextAtom;
    public int Start;
    public int End;
    public decimal? Value;
    public decimal? ValueTo;
    /// <summary>The factor a scale word or suffix applied ("million": 1e6), for "2 to 3 million".</summary>
    public decimal Multiplier;
    public NumeralKind Kind;
    /// <summary>Bare integer digits ("2023", not "2,023", "2.0" or "2k"): candidates for years.</summary>
    public bool Plain;
    public int IntegerDigits;
    /// <summary>The numeral ends inside a hyphenated atom ("47-member"): nothing can follow it.</summary>
    public bool Closed;
    public bool FromWords;
    /// <summary>The percent unit written in the number token: "%" for "17pc", "bp" for "25bp"; null when none is.</summary>
    public string? AttachedPercent;
    public int Month;
    public int Day;
    /// <summary>A unit glued to the digits ("10km", "40°C", "7.8-magnitude"), when it is one of <see cref="MeasureUnits"/>.</summary>
    public UnitInfo? GluedUnit;
    /// <summary>The ISO code of a currency word hyphenated to the number ("12-cent", "one-yen"); the value is then in its major unit.</summary>
    public string? GluedCurrency;
}

/// <summary>A numeral with its currency and percent units attached.</summary>
internal struct Measure
{
    public Numeral N;
    public int FirstAtom;
    public int NextAtom;
    public int Start;
    public int End;
    public string? Currency;
    /// <summary>The unit of a PERCENT: "%", "pp" (percentage points) or "bp" (basis points); null when the numeral is none.</summary>
    public string? PercentUnit;
    public readonly bool Percent => PercentUnit is not null;
    /// <summary>The unit of a MEASURE or DURATION.</summary>
    public UnitInfo? Unit;
    public readonly bool HasUnit => Currency is not null || Percent || Unit is not null;
}
