namespace FactExtract.Quantities;

internal sealed partial class QuantityScanner
{
    private bool TryNumeral(int j, out Numeral n)
    {
        n = default;
        n.NextAtom = -1;
        if (j >= _count) return false;
        return _atoms[j].Kind switch
        {
            AtomKind.Number => TryDigitNumeral(j, out n),
            AtomKind.Word => TryWordNumeral(j, out n),
            _ => false,
        };
    }

    /// <summary>"380,000", "-3.5", "1.5bn", "21st", "1990s", "50p", "10-20", "1996-08-22", "47-member", "2 million".</summary>
    private bool TryDigitNumeral(int j, out Numeral n)
    {
        n = default;
        n.NextAtom = j + 1; // on failure: skip this atom, it is not a quantity ("5G", "10:30")
        var a = _atoms[j];
        var span = Span(j);
        int start = a.Start;
        if (IsLeadingPoint(j))
        {
            // ".05", ".375": the point may have been cut off as an atom (or token) of its own.
            start = _atoms[j - 1].Start;
            span = _text.AsSpan(start, a.End - start);
        }
        var r = NumberParser.ScanDigits(span);
        if (r.Success && r.Suffix == NumberSuffix.Unknown && GluedExponentEnd(j, start, r.Length) is > 0 and var exponentEnd)
        {
            // "4.5e+12" cut by a tokenizer at the sign: read the glued atoms as one number.
            span = _text.AsSpan(start, exponentEnd - start);
            r = NumberParser.ScanDigits(span);
            if (r.Length != span.Length) return false;
            while (n.NextAtom < _count && _atoms[n.NextAtom].End <= exponentEnd) n.NextAtom++;
            a = a with { End = exponentEnd };
        }
        if (!r.Success || r.Suffix == NumberSuffix.Unknown || r.HasLeadingZero) return false;
        int unitLength = 0;
        if (r.Suffix == NumberSuffix.MeasureUnit)
        {
            // "10km", "25bp": the amount is the digits, the span the whole glued token (as a reader marks it);
            // the unit itself is not modelled.
            while (r.Length + unitLength < span.Length && char.IsAsciiLetter(span[r.Length + unitLength])) unitLength++;
            if (r.Length + unitLength < span.Length) unitLength = 0; // "10km-long": only the number
            if (unitLength == 1 && r.IntegerDigits > 3) unitLength = 0; // "1998C" in a table is no temperature
            if (unitLength > 0) n.GluedUnit = MeasureUnits.FromSymbol(span.Slice(r.Length, unitLength));
            span = span[..r.Length];
            n.Closed = true;
        }
        n.FirstAtom = start == a.Start ? j : j - 1;
        n.Start = start;
        n.End = start + r.Length + unitLength;
        n.Value = r.Value;
        n.Multiplier = r.Multiplier;
        n.IntegerDigits = r.IntegerDigits;
        n.Kind = r.Suffix switch
        {
            NumberSuffix.Ordinal => NumeralKind.Ordinal,
            NumberSuffix.Decade => NumeralKind.Decade,
            NumberSuffix.Pence => NumeralKind.Pence,
            _ => NumeralKind.Cardinal,
        };
        n.Plain = r.Suffix == NumberSuffix.None && !n.Closed && !r.HasSign && !r.HasGroupSeparators && !r.HasDecimalPoint && !r.HasExponent;
        n.AttachedPercent = r.Suffix switch
        {
            NumberSuffix.Percent => "%",
            NumberSuffix.BasisPoints => "bp",
            _ => null,
        };
        var rest = span[r.Length..];
        if (rest is "+" && n.Kind == NumeralKind.Cardinal) rest = default; // "50+": a qualifier, found after the numeral
        if (!rest.IsEmpty && rest[0] == '/' || rest.Length > 3 && rest[0] == '-' && rest.Contains('/'))
        {
            if (!TrySlash(j, r, rest, ref n)) return false;
            if (n.ValueTo is null && !r.HasSign && j > 0 && IsSignDash(j)) // "-3/8" cut into "-" "3/8"
            {
                n.FirstAtom = j - 1;
                n.Start = _atoms[j - 1].Start;
                n.Value = -n.Value;
            }
            return true;
        }
        if (!rest.IsEmpty)
        {
            if (rest[0] == '°')
            {
                if (n.Kind != NumeralKind.Cardinal || MeasureUnits.FromSymbol(rest) is not { } degrees) return false;
                n.GluedUnit = degrees; // "40°C", "-5°F"
                n.Closed = true;
                n.Plain = false;
                n.End = _atoms[j].End;
                if (!r.HasSign && j > 0 && IsSignDash(j)) // "-5°C" cut into "-" "5°C"
                {
                    n.FirstAtom = j - 1;
                    n.Start = _atoms[j - 1].Start;
                    n.Value = -n.Value;
                }
            }
            else if (rest.Length < 2 || rest[0] is not ('-' or '\u2013')) return false; // "10:30", "9/11", "1.2.3"
            else if (char.IsAsciiDigit(rest[1]))
            {
                if (!TryInTokenRange(j, r, rest, ref n)) return false;
            }
            else if (char.IsLetter(rest[1]) && n.Kind is NumeralKind.Cardinal or NumeralKind.Ordinal)
            {
                n.Closed = true; // "47-member", "30-year-old", "27-strong", "21st-century"
                n.Plain = false;
                if (n.Kind == NumeralKind.Cardinal && HyphenatedUnit(rest[1..]) is { } unit)
                {
                    n.GluedUnit = unit; // "a 7.8-magnitude earthquake", "the 10-km race", "a 2.13-metre centre"
                    n.End = _atoms[j].End;
                }
                else if (!TryHyphenatedCurrency(rest[1..], ref n)) TryHyphenatedScale(rest[1..], ref n); // "a 12-cent dividend", "a 2-million-strong crowd"
            }
            else return false;
        }
        else if (!r.HasSign && j > 0 && !n.Closed && IsSignDash(j)) // "-3.5" cut by a tokenizer into "-" "3.5"
        {
            n.FirstAtom = j - 1;
            n.Start = _atoms[j - 1].Start;
            n.Value = -n.Value;
            n.Plain = false;
        }

        if (n.Kind == NumeralKind.Cardinal && !n.Closed && r.Suffix == NumberSuffix.None && n.Multiplier == 1)
        {
            if (n.Plain && r.IntegerDigits <= 3) JoinSpaceGroups(j, ref n);
            if (n.Plain && j + 1 < _count && _atoms[j + 1].SpaceBefore && _atoms[j + 1].Kind == AtomKind.Number
                && TryWrittenFraction(Span(j + 1), out var part))
            {
                // "2 1/2": a whole number and a written fraction.
                n.Value += part;
                n.End = _atoms[j + 1].End;
                n.NextAtom = j + 2;
                n.Plain = false;
                return true;
            }
            AttachScaleWords(ref n);
        }
        return true;
    }

    /// <summary>
    /// "1 000 000" grouped with no-break or thin spaces (U+00A0, U+202F, U+2009), as typeset text does; an
    /// ordinary space is not taken as a separator, since runs of bare numbers are table rows and phone numbers.
    /// </summary>
    private void JoinSpaceGroups(int j, ref Numeral n)
    {
        int k = j + 1;
        decimal value = n.Value!.Value;
        while (k < _count && _atoms[k].Kind == AtomKind.Number && _atoms[k].Length == 3 && _atoms[k].Start == _atoms[k - 1].End + 1
               && _text[_atoms[k - 1].End] is '\u00A0' or '\u202F' or '\u2009' && !Span(k).ContainsAnyExceptInRange('0', '9'))
        {
            value = value * 1000 + int.Parse(Span(k), System.Globalization.CultureInfo.InvariantCulture);
            k++;
        }
        if (k == j + 1) return;
        n.Value = value;
        n.End = _atoms[k - 1].End;
        n.NextAtom = k;
        n.Plain = false;
    }

    /// <summary>
    /// A slash inside a number atom: a written fraction ("1/2", "3/4"; "5-5/8" is 5.625, as share prices
    /// are quoted), or a fiscal or season year ("2023/24", "1996/1997"). Dates ("9/11", "3/10") and
    /// other slashed numbers are not quantities.
    /// </summary>
    private bool TrySlash(int j, NumberParseResult r, ReadOnlySpan<char> rest, ref Numeral n)
    {
        if (r.Suffix != NumberSuffix.None || r.HasGroupSeparators || r.HasDecimalPoint || r.HasExponent || n.Closed) return false;
        var whole = Span(j)[..(r.Length + rest.Length)];
        if (r.HasSign)
        {
            // "-3/8": a signed fraction, nothing else.
            if (rest[0] != '/' || !TryWrittenFraction(whole[1..], out var magnitude)) return false;
            n.End = _atoms[j].Start + whole.Length;
            n.Plain = false;
            n.Value = whole[0] == '+' ? magnitude : -magnitude;
            return true;
        }
        n.End = _atoms[j].Start + whole.Length;
        n.Plain = false;
        n.Closed = true;
        if (rest[0] == '-')
        {
            if (!TryWrittenFraction(rest[1..], out var part)) return false;
            n.Value = r.Value + part;
            n.Closed = false; // "3-1/2 percent", "5-1/2 to 5-3/4"
            return true;
        }
        if (TryWrittenFraction(whole, out var value))
        {
            // "5/8 - Christine Magnusson": a seeding band in a draw, not a fraction.
            if (j + 1 < _count && _atoms[j + 1].Kind == AtomKind.Dash && _atoms[j + 1].SpaceBefore) return false;
            n.Value = value;
            n.Closed = false;
            return true;
        }
        var r2 = NumberParser.ScanDigits(rest[1..]);
        if (r.IntegerDigits != 4 || r.Value is < 1000 or > 2100 || !r2.Success || r2.Length != rest.Length - 1 || r2.Suffix != NumberSuffix.None
            || r2.HasLeadingZero && r2.IntegerDigits != 2 || r2.HasDecimalPoint || r2.IntegerDigits is not (2 or 4)) return false;
        decimal hi = r2.IntegerDigits == 2 ? r.Value - r.Value % 100 + r2.Value : r2.Value;
        if (hi < r.Value) hi += 100; // "1999/00"
        if (hi != r.Value + 1) return false;
        n.ValueTo = hi;
        n.Plain = true; // a year range, decided as "2020-21" is
        return true;
    }

    /// <summary>"1/2", "3/4", "5/8", "1/3": a proper, reduced fraction over 2, 3, 4, 8, 16, 32 or 64, to four places.</summary>
    private static bool TryWrittenFraction(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        int slash = s.IndexOf('/');
        if (slash is < 1 or > 2 || s.Length - slash - 1 is < 1 or > 2) return false;
        if (!int.TryParse(s[..slash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int a)
            || !int.TryParse(s[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int b)) return false;
        if (b is not (2 or 3 or 4 or 8 or 16 or 32 or 64) || a <= 0 || a >= b || System.Numerics.BigInteger.GreatestCommonDivisor(a, b) != 1) return false;
        value = Math.Round((decimal)a / b, 4);
        return true;
    }

    /// <summary>A point glued before the digits of atom <paramref name="j"/> and standing free before it: ".05", "(.375)".</summary>
    private bool IsLeadingPoint(int j)
    {
        if (j < 1 || _atoms[j - 1].Kind != AtomKind.Period || _atoms[j - 1].End != _atoms[j].Start || !char.IsAsciiDigit(_text[_atoms[j].Start])) return false;
        int point = _atoms[j - 1].Start;
        return point == 0 || char.IsWhiteSpace(_text[point - 1]) || _text[point - 1] is '(' or '[' or '"' or '\'' or '\u201C';
    }

    /// <summary>
    /// End of an exponent ("e+12", "e-2") that a tokenizer cut away from its mantissa: atom <paramref name="j"/> ends
    /// in "e" right after the digits and the sign and digits are glued after it. 0 when there is none.
    /// </summary>
    private int GluedExponentEnd(int j, int start, int digitsLength)
    {
        int e = start + digitsLength;
        if (e + 1 != _atoms[j].End || _text[e] is not ('e' or 'E')) return 0;
        int k = j + 1;
        if (k < _count && _atoms[k].Start == e + 1 && _atoms[k].Kind is AtomKind.Dash or AtomKind.Other && _atoms[k].Length == 1 && _text[_atoms[k].Start] is '+' or '-') k++;
        if (k >= _count || _atoms[k].Kind != AtomKind.Number || _atoms[k].Start != _atoms[k - 1].End) return 0;
        return _atoms[k].End;
    }

    private bool IsSignDash(int j)
    {
        var dash = _atoms[j - 1];
        if (dash.Kind != AtomKind.Dash || dash.End != _atoms[j].Start || !dash.SpaceBefore) return false;
        if (_text[dash.Start] is not ('-' or '\u2212')) return false;
        return j < 2 || _atoms[j - 2].Kind is not (AtomKind.Number or AtomKind.Percent);
    }

    /// <summary>The second half of "10-20", "2020-21" or "1996-08-22" inside one atom.</summary>
    private bool TryInTokenRange(int j, NumberParseResult r, ReadOnlySpan<char> rest, ref Numeral n)
    {
        var r2 = NumberParser.ScanDigits(rest[1..]);
        if (!r2.Success || r2.HasSign || r.Suffix != NumberSuffix.None && r.Suffix != NumberSuffix.Multiplier) return false;
        var rest2 = rest[(1 + r2.Length)..];
        if (!rest2.IsEmpty && rest2[0] == '-' && rest2.Length == 3 && char.IsAsciiDigit(rest2[1]) && char.IsAsciiDigit(rest2[2])
            && n.Plain && r.IntegerDigits == 4 && r2.Suffix == NumberSuffix.None && r2.Length == 2)
        {
            n.Kind = NumeralKind.IsoDate;
            n.Month = (int)r2.Value;
            n.Day = (rest2[1] - '0') * 10 + (rest2[2] - '0');
            n.End = _atoms[j].End;
            return IsValidDate((int)r.Value, n.Month, n.Day);
        }
        if (r2.HasLeadingZero || r2.Suffix is not (NumberSuffix.None or NumberSuffix.Multiplier)) return false;
        if (!rest2.IsEmpty && !(rest2.Length > 1 && rest2[0] == '-' && char.IsLetter(rest2[1]))) return false;
        decimal lo = r.Value, hi = r2.Value;
        bool year = n.Plain && r.IntegerDigits == 4 && r2.Suffix == NumberSuffix.None && (r2.IntegerDigits == 2 || r2.IntegerDigits == 4) && !r2.HasDecimalPoint;
        if (year && r2.IntegerDigits == 2) hi = lo - lo % 100 + hi; // "2020-21"
        if (r.Suffix == NumberSuffix.None && r2.Suffix == NumberSuffix.Multiplier && !TryTimes(lo, r2.Multiplier, out lo)) return false; // "10-20m"
        if (lo >= hi) return false; // "3-1" is a score, "555-0134" a phone number
        if (WordIs(j - 1, WordClass.ScoreContext) || WordIs(j + 1, WordClass.ScoreContext)) return false;
        n.Value = NumberParser.Normalize(lo);
        n.ValueTo = NumberParser.Normalize(hi);
        n.Multiplier = r2.Multiplier;
        n.Plain = year;
        n.Closed = !rest2.IsEmpty;
        n.End = rest2.IsEmpty ? _atoms[j].End : _atoms[j].End - rest2.Length;
        return true;
    }

    /// <summary>"2 million", "2.5 billion", "two dozen": scale words after the digits.</summary>
    private void AttachScaleWords(ref Numeral n)
    {
        var builder = new CardinalBuilder();
        builder.TryDigits(n.Value!.Value);
        int k = n.NextAtom;
        while (k < _count && _atoms[k].IsWord(WordClass.Scale) && !_atoms[k].Hyphenated && builder.TryScale(_atoms[k].Info.Value))
        {
            k++;
            // "2 million 300 thousand": a smaller group in digits with its own scale word continues the number.
            if (k + 1 < _count && _atoms[k].Kind == AtomKind.Number && _atoms[k + 1].IsWord(WordClass.Scale) && !_atoms[k + 1].Hyphenated
                && _atoms[k].Length <= 3 && !Span(k).ContainsAnyExceptInRange('0', '9'))
            {
                var trial = builder;
                if (trial.TryUnit(int.Parse(Span(k), System.Globalization.CultureInfo.InvariantCulture)) && trial.TryScale(_atoms[k + 1].Info.Value))
                {
                    builder = trial;
                    k += 2;
                }
            }
        }
        if (k == n.NextAtom)
        {
            if (n.ValueTo is null && k < _count && _atoms[k].IsWord(WordClass.Dozen) && n.Value % 1 == 0 && n.Value > 0
                && TryTimes(n.Value!.Value, 12, out var dozens))
            {
                n.Value = dozens;
                n.End = _atoms[k].End;
                n.NextAtom = k + 1;
                n.Plain = false;
            }
            return;
        }
        decimal multiplier = builder.Value / n.Value!.Value;
        decimal? scaledTo = null;
        if (n.ValueTo is { } to) // "2-3 million"
        {
            if (!TryTimes(to, multiplier, out var high)) return;
            scaledTo = high;
        }
        n.Multiplier = multiplier;
        n.Value = builder.Value;
        n.ValueTo = scaledTo;
        n.End = _atoms[k - 1].End;
        n.NextAtom = k;
        n.Plain = false;
    }

    /// <summary>
    /// The unit of a number-unit compound ("10-km", "2.13-metre", "7-foot", "500-tonne", "7.8-magnitude"), as an
    /// adjective before its noun. Not a duration ("two-day", "30-year-old" stay counts that the fact layer reads),
    /// and not a one-letter symbol or "in", which a hyphen also joins to numbers ("2-in-1").
    /// </summary>
    private static UnitInfo? HyphenatedUnit(ReadOnlySpan<char> word)
    {
        var unit = MeasureUnits.FromWords(word) ?? (word.Length >= 2 && word is not "in" ? MeasureUnits.FromSymbol(word) : null);
        return unit is { IsDuration: false } ? unit : null;
    }
}
