namespace FactExtract.Quantities;

internal sealed partial class QuantityScanner
{
    /// <summary>"22 August 2023", "22nd of August", "August 22, 2023", "Aug. 22", "August 2023".</summary>
    private int TryDate(int i)
    {
        int day = 0, month, year = 0;
        int k;
        if (_atoms[i].Kind == AtomKind.Number)
        {
            k = i + 1;
            if (WordIs(k, WordClass.Of)) k++;
            if (!IsMonthWord(k) || !TryDay(i, out day)) return -1; // the month first: most numbers have none after them
            month = (int)_atoms[k].Info.Value;
            k = AfterMonth(k);
            if (TryYearAt(k, out year)) k++;
            else if (k + 1 < _count && _atoms[k].Kind == AtomKind.Comma && TryYearAt(k + 1, out year)) k += 2;
        }
        else
        {
            if (!IsMonthWord(i)) return -1;
            month = (int)_atoms[i].Info.Value;
            k = AfterMonth(i);
            if (TryDay(k, out day))
            {
                k++;
                if (TryYearAt(k, out year)) k++;
                else if (k + 1 < _count && _atoms[k].Kind == AtomKind.Comma && TryYearAt(k + 1, out year)) k += 2;
            }
            else if (TryYearAt(k, out year)) k++;
            else if (k + 1 < _count && _atoms[k].Kind == AtomKind.Comma && TryYearAt(k + 1, out year)) k += 2; // "June, 1995"
            else return -1;
        }
        if (!IsValidDate(year == 0 ? 2000 : year, month, day == 0 ? 1 : day)) return -1;
        return EmitDate(_atoms[i].Start, _atoms[k - 1].End, year == 0 ? null : year, month, day, k);
    }

    private bool IsMonthWord(int k) => k < _count && _atoms[k].IsWord(WordClass.Month) && !_atoms[k].Hyphenated && char.IsUpper(_text[_atoms[k].Start]);

    /// <summary>The atom after a month name, skipping the period of "Aug.".</summary>
    private int AfterMonth(int k)
    {
        if (_atoms[k].Info.Is(WordClass.Abbreviation) && k + 1 < _count && _atoms[k + 1].Kind == AtomKind.Period && _atoms[k + 1].Start == _atoms[k].End)
            return k + 2;
        return k + 1;
    }

    /// <summary>A day of the month: "22" or "22nd", nothing attached.</summary>
    private bool TryDay(int k, out int day)
    {
        day = 0;
        if (k >= _count || _atoms[k].Kind != AtomKind.Number || _atoms[k].Length > 4) return false;
        var r = NumberParser.ScanDigits(Span(k));
        if (!r.Success || r.Length != _atoms[k].Length || r.HasSign || r.HasDecimalPoint || r.IntegerDigits > 2) return false;
        if (r.Suffix is not (NumberSuffix.None or NumberSuffix.Ordinal) || r.Value is < 1 or > 31) return false;
        day = (int)r.Value;
        return true;
    }

    private bool TryYearAt(int k, out int year)
    {
        year = 0;
        if (k >= _count || _atoms[k].Kind != AtomKind.Number || _atoms[k].Length != 4) return false;
        var r = NumberParser.ScanDigits(Span(k));
        if (!r.Success || r.Length != 4 || r.Suffix != NumberSuffix.None || r.HasSign || r.Value is < 1000 or > 2100) return false;
        year = (int)r.Value;
        return true;
    }

    private static bool IsValidDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>A date: value is the year (or empty), <see cref="Quantity.Date"/> the day or month, with its year when known.</summary>
    private int EmitDate(int start, int end, decimal? year, int month, int day, int next)
    {
        if (year is null && _articleDate is { } article) year = DateResolver.NearestYear(article, month, day); // "March 14"
        var date = year is null || day != 0 ? PartialDate.OfDay((int?)year, month, day) : PartialDate.OfMonth((int)year, month);
        Add(start, end, QuantityKind.Date, year, null, "", QuantityQualifier.None, -1, date);
        return next;
    }

    /// <summary>"'90s" (1990), "'96" (1996): two-digit years below 30 are read as 20xx.</summary>
    private int TryApostropheYear(int i)
    {
        int k = i + 1;
        if (k >= _count || _atoms[k].Kind != AtomKind.Number || _atoms[k].Start != _atoms[i].End) return -1;
        var r = NumberParser.ScanDigits(Span(k));
        if (!r.Success || r.Length != _atoms[k].Length || r.IntegerDigits != 2 || r.HasSign || r.HasDecimalPoint) return -1;
        if (r.Suffix is not (NumberSuffix.None or NumberSuffix.Decade)) return -1;
        int year = (int)r.Value + (r.Value >= 30 ? 1900 : 2000);
        bool decade = r.Suffix == NumberSuffix.Decade;
        var date = decade ? Decade(year) : PartialDate.OfYear(year);
        FindQualifier(i, out var qualifier, out int qualifierStart);
        KeepDateQualifier(ref qualifier, ref qualifierStart);
        Add(_atoms[i].Start, _atoms[k].End, QuantityKind.Date, year, decade ? year + 9 : null, "", qualifier, qualifierStart, date);
        return k + 1;
    }

    /// <summary>"1990s" is a decade (value 1990); "90s" only after "the" (else it may be an age: "in their 90s").</summary>
    private int TryDecade(in Measure m)
    {
        var n = m.N;
        decimal year = n.Value!.Value;
        if (year < 0) return m.NextAtom; // "-1990s": a sign makes it no decade
        if (n.IntegerDigits == 2)
        {
            if (!WordIs(n.FirstAtom - 1, WordClass.YearContext) || !Span(n.FirstAtom - 1).Equals("the", StringComparison.OrdinalIgnoreCase))
                return m.NextAtom;
            year += year >= 30 ? 1900 : 2000;
        }
        else if (n.IntegerDigits != 4 || year < 1000 || year > 2100) return m.NextAtom;
        FindQualifier(m.FirstAtom, out var qualifier, out int qualifierStart);
        KeepDateQualifier(ref qualifier, ref qualifierStart);
        Add(n.Start, n.End, QuantityKind.Date, year, year + 9, "", qualifier, qualifierStart, Decade((int)year));
        return m.NextAtom;
    }

    /// <summary>A decade as a run of ten years: 1990 to 1999.</summary>
    private static PartialDate Decade(int year) => PartialDate.OfYears(year, year + 9);

    /// <summary>
    /// A bare four-digit number is a year after "in", "since", "by"... (1000-2100), or on its own
    /// (1900-2100), unless a counted noun follows ("2023 people"; on its own also any plural: "2023 votes").
    /// </summary>
    private bool IsYear(in Measure m)
    {
        var n = m.N;
        if (!n.Plain || n.IntegerDigits != 4 || n.FromWords) return false;
        decimal v = n.Value!.Value;
        decimal hi = n.ValueTo ?? v;
        if (hi > 2100) return false;
        if (hi == v + 1 && _text.AsSpan(n.Start, n.End - n.Start).Contains('/')) return true; // "1995/96 profits": a season or fiscal year
        int next = m.NextAtom;
        if (WordIs(next, WordClass.CountNoun)) return false;
        if (WordIs(m.FirstAtom - 1, WordClass.YearContext)) return v >= 1000;
        return v >= 1900 && !(next < _count && _atoms[next].Kind == AtomKind.Word && LooksPlural(next));
    }

    private static PartialDate YearDate(in Measure m) => m.N.ValueTo is { } to
        ? PartialDate.OfYears((int)m.N.Value!.Value, (int)to)
        : PartialDate.OfYear((int)m.N.Value!.Value);

    /// <summary>A lower-case word ending in "s" (not "ss", "us", "is"): probably a plural noun being counted.</summary>
    private bool LooksPlural(int k)
    {
        var w = Span(k);
        if (w.Length < 4 || !char.IsLower(w[0]) || w[^1] != 's') return false;
        return w[^2] is not ('s' or 'u' or 'i' or '\'' or '\u2019');
    }
}
