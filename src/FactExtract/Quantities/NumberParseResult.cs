namespace FactExtract.Quantities;

/// <summary>Why a number failed to parse.</summary>
internal enum NumberParseError : byte
{
    None,
    Empty,
    NoDigits,
    InvalidGrouping,
    TrailingCharacters,
    Overflow,
    UnknownWord,
    InvalidWordSequence,
}

/// <summary>What followed the digits of a numeric token.</summary>
internal enum NumberSuffix : byte
{
    None,
    /// <summary>"bn", "m", "k", "tn": the value is already multiplied.</summary>
    Multiplier,
    /// <summary>"st", "nd", "rd", "th", checked against the last digits ("21st", not "21th").</summary>
    Ordinal,
    /// <summary>"s" after a number ending in 0: "1990s", "90s".</summary>
    Decade,
    /// <summary>"p": pence ("50p"); the value is in pence.</summary>
    Pence,
    /// <summary>"pc": per cent in British style ("17pc").</summary>
    Percent,
    /// <summary>"bp", "bps": basis points ("25bp"), hundredths of a percentage point.</summary>
    BasisPoints,
    /// <summary>
    /// A unit of measurement glued to the digits ("10km", "5kg"); like <see cref="Unknown"/>,
    /// <see cref="NumberParseResult.Length"/> stops before it, but the digits are a real amount.
    /// </summary>
    MeasureUnit,
    /// <summary>Letters this parser does not understand ("5G", "10km"); <see cref="NumberParseResult.Length"/> stops before them.</summary>
    Unknown,
}

/// <summary>
/// The outcome of parsing a number, in the manner of NodaTime's <c>ParseResult</c>: bad input is a
/// value with a reason, never an exception. <see cref="Value"/> throws only when read on a failure.
/// </summary>
internal readonly struct NumberParseResult
{
    private readonly decimal _value;

    internal NumberParseResult(decimal value, int length, NumberSuffix suffix, NumberFormFlags flags, decimal multiplier = 1)
    {
        _value = value;
        Multiplier = multiplier;
        Length = length;
        Suffix = suffix;
        Flags = flags;
        Error = NumberParseError.None;
    }

    private NumberParseResult(NumberParseError error, int length)
    {
        Error = error;
        Length = length;
    }

    internal static NumberParseResult Fail(NumberParseError error, int length = 0) => new(error, length);

    public bool Success => Error == NumberParseError.None;
    public NumberParseError Error { get; }

    /// <summary>Characters consumed (for the prefix scanner: up to the end of the suffix, if understood).</summary>
    public int Length { get; }
    public NumberSuffix Suffix { get; }
    /// <summary>The factor an attached multiplier suffix applied ("bn": 1e9); 1 otherwise.</summary>
    public decimal Multiplier { get; }
    internal NumberFormFlags Flags { get; }

    public bool HasSign => (Flags & NumberFormFlags.Sign) != 0;
    public bool HasGroupSeparators => (Flags & NumberFormFlags.Groups) != 0;
    public bool HasDecimalPoint => (Flags & NumberFormFlags.DecimalPoint) != 0;
    public bool HasExponent => (Flags & NumberFormFlags.Exponent) != 0;
    /// <summary>"0134", "020": a code or phone fragment rather than an amount.</summary>
    public bool HasLeadingZero => (Flags & NumberFormFlags.LeadingZero) != 0;
    /// <summary>The number of integer digits (without separators).</summary>
    internal int IntegerDigits => (int)(Flags & NumberFormFlags.DigitCountMask) >> 8;

    /// <summary>The parsed value, without trailing zeros ("2.5", not "2.50").</summary>
    public decimal Value => Success ? _value : throw new InvalidOperationException("The number did not parse: " + Reason);

    public bool TryGetValue(out decimal value)
    {
        value = _value;
        return Success;
    }

    public string Reason => Error switch
    {
        NumberParseError.None => "ok",
        NumberParseError.Empty => "the text is empty",
        NumberParseError.NoDigits => "no digits where a number was expected",
        NumberParseError.InvalidGrouping => "thousands separators are not in groups of three",
        NumberParseError.TrailingCharacters => "characters follow the number",
        NumberParseError.Overflow => "the number is too large",
        NumberParseError.UnknownWord => "a word is not a number word",
        NumberParseError.InvalidWordSequence => "the number words do not form a number",
        _ => "unknown error",
    };

    public override string ToString() => Success ? $"{_value} ({Suffix})" : $"error: {Reason}";
}

[Flags]
internal enum NumberFormFlags
{
    None = 0,
    Sign = 1,
    Groups = 2,
    DecimalPoint = 4,
    LeadingZero = 8,
    /// <summary>Scientific notation: "2e9", "4.5e+12".</summary>
    Exponent = 16,
    DigitCountMask = 0xFF00,
}
