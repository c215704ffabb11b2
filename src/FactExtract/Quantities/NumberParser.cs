using System.Globalization;

namespace FactExtract.Quantities;

/// <summary>
/// Parses numbers as news text writes them: digits with thousands separators and decimals, a sign,
/// an attached multiplier ("1.5bn", "10k"), ordinal ("21st"), decade ("1990s"), pence ("50p") or percent ("17pc")
/// suffix; or number words ("twenty-one", "one hundred and five", "2.5 million", "three-quarters").
/// Never throws on bad input: the result says why it failed.
/// </summary>
internal static class NumberParser
{
    /// <summary>Digits we copy into a stack buffer; longer digit strings are reported as overflow.</summary>
    private const int MaxDigits = 40;

    /// <summary>Parses the whole of <paramref name="text"/> as one number.</summary>
    public static NumberParseResult Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty) return NumberParseResult.Fail(NumberParseError.Empty);
        var digits = ScanDigits(text);
        if (digits.Success && digits.Length == text.Length && digits.Suffix is not (NumberSuffix.Unknown or NumberSuffix.MeasureUnit)) return digits;
        if (digits.Success && digits.Suffix == NumberSuffix.None && text[digits.Length] == ' ')
            return ParseWords(text, digits, hasDigits: true);
        if (digits.Success || digits.Error != NumberParseError.NoDigits || !char.IsLetter(text[0]))
            return digits.Success ? NumberParseResult.Fail(NumberParseError.TrailingCharacters, digits.Length) : digits;
        return ParseWords(text, default, hasDigits: false);
    }

    /// <summary>
    /// Scans a number at the start of <paramref name="text"/> and its suffix, if any; characters after
    /// that are left for the caller (<see cref="NumberParseResult.Length"/> says where they start).
    /// </summary>
    public static NumberParseResult ScanDigits(ReadOnlySpan<char> text)
    {
        int i = 0;
        var flags = NumberFormFlags.None;
        bool negative = false;
        if (i < text.Length && text[i] is '+' or '-' or '\u2212')
        {
            negative = text[i] != '+';
            flags |= NumberFormFlags.Sign;
            i++;
        }
        Span<char> buffer = stackalloc char[MaxDigits + 2];
        int n = 0;
        int intStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            if (n < MaxDigits) buffer[n] = text[i];
            n++;
            i++;
        }
        int firstGroup = i - intStart;
        // Thousands separators: a first group of 1-3 digits, then ",ddd" groups.
        while (firstGroup is >= 1 and <= 3 && i + 3 < text.Length && text[i] == ','
               && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
               && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
        {
            for (int k = 1; k <= 3; k++)
            {
                if (n < MaxDigits) buffer[n] = text[i + k];
                n++;
            }
            flags |= NumberFormFlags.Groups;
            i += 4;
        }
        // Indian grouping "1,00,000" and "12,34,56,789": two-digit groups, then a last group of three.
        if (firstGroup is 1 or 2 && (flags & NumberFormFlags.Groups) == 0 && IndianGroupsLength(text, i) is > 0 and var indian)
        {
            for (int k = i; k < i + indian; k++)
            {
                if (text[k] == ',') continue;
                if (n < MaxDigits) buffer[n] = text[k];
                n++;
            }
            i += indian;
            flags |= NumberFormFlags.Groups;
        }
        // European grouping "1.234.567": only with two or more dot groups, since "1.234" alone is a decimal.
        if (firstGroup is >= 1 and <= 3 && (flags & NumberFormFlags.Groups) == 0 && CountDotGroups(text, i) >= 2)
        {
            while (i + 3 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                   && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
            {
                for (int k = 1; k <= 3; k++)
                {
                    if (n < MaxDigits) buffer[n] = text[i + k];
                    n++;
                }
                i += 4;
            }
            flags |= NumberFormFlags.Groups;
        }
        int integerDigits = n;
        if (integerDigits > 1 && text[intStart] == '0' && (flags & NumberFormFlags.Groups) == 0) flags |= NumberFormFlags.LeadingZero;
        bool leadingPoint = integerDigits == 0 && i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]); // ".05"
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            flags |= NumberFormFlags.DecimalPoint;
            if (n < MaxDigits) buffer[n] = '.';
            n++;
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                if (n < MaxDigits) buffer[n] = text[i];
                n++;
                i++;
            }
        }
        if (integerDigits == 0 && !leadingPoint) return NumberParseResult.Fail(NumberParseError.NoDigits);
        if (n > MaxDigits) return NumberParseResult.Fail(NumberParseError.Overflow, i);
        if (n > 28 || !TryParseShort(buffer[..n], out var value) && !decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return NumberParseResult.Fail(NumberParseError.Overflow, i);
        if (ExponentLength(text, i) is > 0 and var exponentLength)
        {
            // "2e9", "-15e-2", "4.5e+12": scientific notation; out of decimal's range ("1e400") is an overflow, not an exception.
            if (!TryScaleByPowerOfTen(ref value, ParseExponent(text.Slice(i + 1, exponentLength - 1))))
                return NumberParseResult.Fail(NumberParseError.Overflow, i + exponentLength);
            i += exponentLength;
            flags |= NumberFormFlags.Exponent;
        }
        if (negative) value = -value;
        flags |= (NumberFormFlags)(Math.Min(integerDigits, 255) << 8);

        int letters = i;
        while (letters < text.Length && char.IsAsciiLetter(text[letters])) letters++;
        var suffixText = text[i..letters];
        decimal multiplier = 1;
        var suffix = suffixText.IsEmpty ? NumberSuffix.None : ClassifySuffix(suffixText, text[intStart..i], flags, ref multiplier);
        int length = suffix is NumberSuffix.Unknown or NumberSuffix.MeasureUnit ? i : letters;
        // A decimal holds 28 digits; a multiplier on a huge digit string is noise, not a quantity.
        if (multiplier != 1 && Math.Abs(value) >= 1_000_000_000_000_000m) return NumberParseResult.Fail(NumberParseError.Overflow, length);
        return new NumberParseResult(Normalize(value * multiplier), length, suffix, flags, multiplier);
    }

    /// <summary>
    /// Digits with at most one point inside, 19 characters at most (so the digits fit a <see cref="ulong"/>), read
    /// into the decimal <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/>
    /// gives, trailing zeros and all ("1.50" has scale 2), at a fraction of its cost. False leaves the string to it.
    /// </summary>
    private static bool TryParseShort(ReadOnlySpan<char> digits, out decimal value)
    {
        value = 0;
        if (digits.Length > 19) return false;
        ulong mantissa = 0;
        int scale = -1;
        foreach (char c in digits)
        {
            if (c == '.')
            {
                if (scale >= 0) return false;
                scale = 0;
                continue;
            }
            if (!char.IsAsciiDigit(c)) return false;
            mantissa = mantissa * 10 + (uint)(c - '0');
            if (scale >= 0) scale++;
        }
        if (scale == 0) return false; // "5.": not a form the scanner makes; the parser decides
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, false, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>Length of an exponent "e9", "e-2", "E+12" at <paramref name="i"/> (at most three digits, nothing glued after), or 0.</summary>
    private static int ExponentLength(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || text[i] is not ('e' or 'E')) return 0;
        int k = i + 1;
        if (k < text.Length && text[k] is '+' or '-' or '\u2212') k++;
        int digits = k;
        while (k < text.Length && char.IsAsciiDigit(text[k])) k++;
        if (k == digits || k - digits > 3 || k < text.Length && char.IsAsciiLetterOrDigit(text[k])) return 0;
        return k - i;
    }

    private static int ParseExponent(ReadOnlySpan<char> text)
    {
        bool negative = text[0] is '-' or '\u2212';
        int value = 0;
        foreach (char c in text)
            if (char.IsAsciiDigit(c)) value = value * 10 + (c - '0');
        return negative ? -value : value;
    }

    /// <summary>Multiplies by 10^<paramref name="exponent"/>; false when the result leaves decimal's range or precision.</summary>
    private static bool TryScaleByPowerOfTen(ref decimal value, int exponent)
    {
        if (exponent is > 28 or < -20) return false;
        for (; exponent > 0; exponent--)
        {
            if (Math.Abs(value) >= 7_000_000_000_000_000_000_000_000_000m) return false;
            value *= 10;
        }
        for (; exponent < 0; exponent++) value /= 10;
        return true;
    }

    /// <summary>Length of ",dd" groups ending in one ",ddd" group at <paramref name="i"/>, or 0.</summary>
    private static int IndianGroupsLength(ReadOnlySpan<char> text, int i)
    {
        int start = i, pairs = 0;
        while (i + 2 < text.Length && text[i] == ',' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
               && (i + 3 == text.Length || text[i + 3] == ','))
        {
            pairs++;
            i += 3;
        }
        bool last = i + 3 < text.Length && text[i] == ',' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
            && char.IsAsciiDigit(text[i + 3]) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]));
        return pairs > 0 && last ? i + 4 - start : 0;
    }

    /// <summary>How many ".ddd" groups follow; 0 for what reads as an IPv4 address ("192.168.100.200").</summary>
    private static int CountDotGroups(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || text[i] != '.') return 0; // no group follows: most numbers
        int groups = 0;
        bool octets = int.Parse(text[..i].TrimStart("+-\u2212"), CultureInfo.InvariantCulture) <= 255;
        while (i + 3 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
               && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
        {
            octets &= int.Parse(text.Slice(i + 1, 3), CultureInfo.InvariantCulture) <= 255;
            groups++;
            i += 4;
        }
        return groups == 3 && octets ? 0 : groups;
    }

    /// <summary>Removes trailing zeros so the invariant string is minimal ("1500000000", not "1500000000.0").</summary>
    internal static decimal Normalize(decimal value) => IsMinimal(value) ? value : value / 1.0000000000000000000000000000m;

    /// <summary>
    /// True when <paramref name="value"/> has no trailing zero to remove: a non-zero whole number, or a
    /// mantissa not divisible by ten. Most values are, and this test is far cheaper than the division.
    /// </summary>
    private static bool IsMinimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        uint lo = (uint)bits[0], mid = (uint)bits[1], hi = (uint)bits[2];
        if ((lo | mid | hi) == 0) return false;
        if (value.Scale == 0) return true;
        // The 96-bit mantissa modulo 10: 2^32 and 2^64 are both 6 modulo 10.
        return ((ulong)hi * 6 + (ulong)mid * 6 + lo) % 10 != 0;
    }

    private static NumberSuffix ClassifySuffix(ReadOnlySpan<char> suffix, ReadOnlySpan<char> number, NumberFormFlags flags, ref decimal applied)
    {
        bool integer = (flags & (NumberFormFlags.DecimalPoint | NumberFormFlags.Sign)) == 0;
        decimal multiplier = suffix.Length switch
        {
            1 when suffix[0] is 'k' or 'K' => 1_000m,
            1 when suffix[0] is 'm' or 'M' => 1_000_000m,
            2 when suffix.Equals("mn", StringComparison.OrdinalIgnoreCase) => 1_000_000m,
            3 when suffix.Equals("mln", StringComparison.OrdinalIgnoreCase) => 1_000_000m,
            2 when suffix.Equals("bn", StringComparison.OrdinalIgnoreCase) => 1_000_000_000m,
            3 when suffix.Equals("bln", StringComparison.OrdinalIgnoreCase) => 1_000_000_000m,
            2 when suffix.Equals("tn", StringComparison.OrdinalIgnoreCase) => 1_000_000_000_000m,
            3 when suffix.Equals("trn", StringComparison.OrdinalIgnoreCase) => 1_000_000_000_000m,
            // "2.6b", "$5b"-style shorthand only with a decimal point: "5b" is a label ("Section 5b").
            1 when suffix[0] is 'b' or 'B' && (flags & NumberFormFlags.DecimalPoint) != 0 => 1_000_000_000m,
            // "20G", "1.5G": giga, but "5G" and "4G" are network generations, not five billion.
            1 when suffix[0] is 'G' && ((flags & NumberFormFlags.DecimalPoint) != 0 || number.Length >= 2) => 1_000_000_000m,
            _ => 0m,
        };
        if (multiplier != 0)
        {
            applied = multiplier;
            return NumberSuffix.Multiplier;
        }
        if (integer && suffix.Length == 2 && (flags & NumberFormFlags.Groups) == 0 && suffix.Equals(OrdinalSuffix(number), StringComparison.OrdinalIgnoreCase))
            return NumberSuffix.Ordinal;
        if (integer && suffix is "s" && number.Length is 2 or 4 && number[^1] == '0' && (flags & NumberFormFlags.Groups) == 0)
            return NumberSuffix.Decade;
        if (suffix is "p" && (flags & NumberFormFlags.Sign) == 0)
            return NumberSuffix.Pence;
        if (suffix is "pc")
            return NumberSuffix.Percent;
        if (suffix is "bp" or "bps")
            return NumberSuffix.BasisPoints;
        if (MeasureUnits.Contains(suffix))
            return NumberSuffix.MeasureUnit;
        return NumberSuffix.Unknown;
    }

    /// <summary>One word of a cardinal; "a" only opens "a hundred", "a million".</summary>
    private static bool FeedWord(WordInfo info, ref CardinalBuilder builder, ref bool article)
    {
        if (info.Is(WordClass.Article))
        {
            if (article || !builder.IsEmpty) return false;
            article = true;
            return true;
        }
        if (info.Is(WordClass.Scale))
        {
            if (article && !builder.TryUnit(1)) return false;
            article = false;
            return builder.TryScale(info.Value);
        }
        if (article) return false;
        if (info.Is(WordClass.Unit)) return builder.TryUnit(info.Value);
        if (info.Is(WordClass.Tens)) return builder.TryTens(info.Value);
        return info.Is(WordClass.And) && builder.TryAnd();
    }

    /// <summary>"three-quarters", "a third", "half": numerator over denominator, rounded to four places.</summary>
    private static NumberParseResult ParseFraction(WordInfo denominator, decimal numerator, int pos, int length)
    {
        bool plural = denominator.Is(WordClass.Plural);
        if (numerator % 1 != 0 || numerator <= 0 || plural != (numerator > 1))
            return NumberParseResult.Fail(NumberParseError.InvalidWordSequence, pos);
        return new NumberParseResult(Normalize(Math.Round(numerator / denominator.Value, 4)), length, NumberSuffix.None, NumberFormFlags.None);
    }

    /// <summary>Units written straight after the digits in news copy; case matters ("5G" is a network, "5g" grams).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MeasureUnits = new HashSet<string>(StringComparer.Ordinal)
    {
        "km", "kg", "g", "mg", "cm", "mm", "mi", "ft", "in", "lb", "lbs", "oz", "mph", "kph", "kmh", "ha", "sq", "kW", "kw",
        "MW", "GW", "kWh", "MWh", "GB", "MB", "TB", "sec", "secs", "min", "mins", "hr", "hrs", "yr", "yrs",
        "C", "F", "t", "l", "ml", "bbl", "bpd", "mpg",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The ordinal suffix English uses after these digits: 1st, 2nd, 3rd, 11th, 12th, 13th, 21st.</summary>
    private static string OrdinalSuffix(ReadOnlySpan<char> digits)
    {
        int last = digits[^1] - '0';
        int tens = digits.Length > 1 ? digits[^2] - '0' : 0;
        if (tens == 1) return "th";
        return last switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
    }

    /// <summary>
    /// Number words separated by spaces or hyphens: "twenty-one", "one hundred and five", "a million",
    /// "a dozen", "2.5 million", "three-quarters" (fractions are rounded to four decimal places).
    /// </summary>
    private static NumberParseResult ParseWords(ReadOnlySpan<char> text, NumberParseResult leadingDigits, bool hasDigits)
    {
        const WordClass numberRoles = WordClass.Unit | WordClass.Tens | WordClass.Scale | WordClass.Article | WordClass.And
            | WordClass.Dozen | WordClass.Denominator;
        var builder = new CardinalBuilder();
        int pos = 0;
        if (hasDigits)
        {
            builder.TryDigits(leadingDigits.Value);
            pos = leadingDigits.Length;
        }
        bool article = false;
        decimal dozen = 0;
        while (pos < text.Length)
        {
            while (pos < text.Length && text[pos] is ' ' or '-') pos++;
            int end = pos;
            while (end < text.Length && text[end] is not (' ' or '-')) end++;
            if (end == pos) break;
            var info = NumberWords.Get(text[pos..end]);
            bool atEnd = end >= text.Length;
            if (!info.Is(numberRoles)) return NumberParseResult.Fail(NumberParseError.UnknownWord, pos);
            if (info.Is(WordClass.Denominator) && atEnd)
                return ParseFraction(info, article ? 1 : builder.IsEmpty && info.Value == 2 ? 1 : builder.Value, pos, text.Length);
            if (info.Is(WordClass.Dozen) && atEnd && (article || !builder.IsEmpty))
            {
                dozen = article ? 1 : builder.Value;
                article = false;
            }
            else if (!FeedWord(info, ref builder, ref article))
            {
                return NumberParseResult.Fail(NumberParseError.InvalidWordSequence, pos);
            }
            pos = end;
        }
        if (dozen != 0) return new NumberParseResult(Normalize(dozen * 12), text.Length, NumberSuffix.None, NumberFormFlags.None);
        if (builder.IsEmpty || builder.EndsWithAnd || article) return NumberParseResult.Fail(NumberParseError.InvalidWordSequence, text.Length);
        return new NumberParseResult(Normalize(builder.Value), text.Length, NumberSuffix.None, NumberFormFlags.None);
    }
}
