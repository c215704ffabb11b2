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
        var r = NumberParser.ScanDigits(span);
        if (!r.Success || r.Suffix == NumberSuffix.Unknown || r.HasLeadingZero) return false;
        if (r.Suffix == NumberSuffix.MeasureUnit)
        {
            // "10km", "25bp": the amount is the digits; the unit is not modelled.
            span = span[..r.Length];
            n.Closed = true;
        }
        n.FirstAtom = j;
        n.Start = a.Start;
        n.End = a.Start + r.Length;
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
        n.Plain = r.Suffix == NumberSuffix.None && !n.Closed && !r.HasSign && !r.HasGroupSeparators && !r.HasDecimalPoint;
        n.AttachedPercent = r.Suffix == NumberSuffix.Percent;
        var rest = span[r.Length..];
        if (!rest.IsEmpty)
        {
            if (rest.Length < 2 || rest[0] is not ('-' or '\u2013')) return false; // "10:30", "9/11", "1.2.3"
            if (char.IsAsciiDigit(rest[1]))
            {
                if (!TryInTokenRange(j, r, rest, ref n)) return false;
            }
            else if (char.IsLetter(rest[1]) && n.Kind is NumeralKind.Cardinal or NumeralKind.Ordinal)
            {
                n.Closed = true; // "47-member", "30-year-old", "27-strong", "21st-century"
                n.Plain = false;
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
            AttachScaleWords(ref n);
        return true;
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
        while (k < _count && _atoms[k].IsWord(WordClass.Scale) && !_atoms[k].Hyphenated && builder.TryScale(_atoms[k].Info.Value)) k++;
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
}
