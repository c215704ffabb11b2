using FactExtract.Text;

namespace FactExtract.Quantities;

/// <summary>
/// Finds the quantities of one document. Created per document (it holds that document's atoms),
/// so the extractor itself stays stateless and thread-safe. The rules are split by topic over
/// partial files: units here, digit numerals in <c>.Numerals</c>, number words in <c>.Words</c>, dates and years in
/// <c>.Dates</c>, qualifiers and the not-a-quantity rules in <c>.Context</c>.
/// </summary>
internal sealed partial class QuantityScanner
{
    private const WordClass AnchorWords = WordClass.Unit | WordClass.Tens | WordClass.Ordinal | WordClass.Denominator
        | WordClass.Vague | WordClass.Article | WordClass.Month | WordClass.Between | WordClass.Several
        | WordClass.Weekday | WordClass.DayWord | WordClass.RelativeWord;

    private readonly Document _doc;
    private readonly string _text;
    private readonly Atom[] _atoms;
    private readonly int _count;
    private readonly List<Quantity> _found = [];
    /// <summary>The article's date, when it is known with its year: what relative dates resolve against.</summary>
    private readonly DateOnly? _articleDate;

    public QuantityScanner(Document doc, Atom[] atoms, int count, DateOnly? articleDate)
    {
        _doc = doc;
        _text = doc.Text;
        _atoms = atoms;
        _count = count;
        _articleDate = articleDate;
    }

    public List<Quantity> Run(CancellationToken cancellationToken)
    {
        int i = 0;
        while (i < _count)
        {
            if ((i & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            ref readonly var a = ref _atoms[i];
            bool anchor = a.Kind switch
            {
                AtomKind.Number or AtomKind.Currency or AtomKind.Apostrophe => true,
                AtomKind.Word => (a.Class & AnchorWords) != 0,
                _ => false,
            };
            int next = anchor ? TryQuantity(i) : -1;
            i = next > i ? next : i + 1;
        }
        return _found;
    }

    /// <summary>Tries every rule at atom <paramref name="i"/>; returns the atom to continue from, or -1.</summary>
    private int TryQuantity(int i)
    {
        ref readonly var a = ref _atoms[i];
        if (a.Kind == AtomKind.Apostrophe) return TryApostropheYear(i);
        if (a.Kind == AtomKind.Number || a.IsWord(WordClass.Month))
        {
            int date = TryDate(i);
            if (date > 0) return date;
            if (a.Kind != AtomKind.Number) return TryMonthAlone(i);
        }
        if (a.IsWord(WordClass.DayWord)) return TryDayWord(i);
        if (a.IsWord(WordClass.Weekday)) return TryWeekday(i, direction: 0, first: i);
        if (a.IsWord(WordClass.RelativeWord) && !a.IsWord(WordClass.Unit | WordClass.Tens | WordClass.Article)) return TryRelative(i);
        if (a.IsWord(WordClass.Between)) return TryBetween(i);
        if (a.IsWord(WordClass.Vague)) return TryVague(i);
        if (a.IsWord(WordClass.Several)) return TrySeveral(i);

        if (!TryMeasure(i, out var m)) return m.NextAtom;
        var n = m.N;
        if (n.Kind == NumeralKind.Ordinal)
            return Emit(m, QuantityKind.Ordinal, null, QuantityQualifier.None, -1);
        if (n.Kind == NumeralKind.Decade)
            return TryDecade(m);
        if (n.Kind == NumeralKind.IsoDate)
            return EmitDate(n.Start, n.End, n.Value, n.Month, n.Day, n.NextAtom);

        if (!n.Closed && !m.HasUnit && TrySkipDigitRun(m, out int runEnd)) return runEnd;
        if (!m.HasUnit && !n.FromWords && IsClockTime(m)) return m.NextAtom; // "7 a.m.", "1600 GMT", "1230 local time"
        int rangeNext = TryRange(ref m, between: false);
        FindQualifier(m.FirstAtom, out var qualifier, out int qualifierStart);
        int after = Math.Max(rangeNext, m.NextAtom);
        if (qualifier == QuantityQualifier.None && m.N.ValueTo is null) after = FindPostQualifier(m.End, after, ref qualifier, ref qualifierStart);
        if (!m.HasUnit && qualifier == QuantityQualifier.None && (n.Plain || IsTitleCaseNumberWord(n)) && IsNameLabel(n.FirstAtom)) return m.NextAtom;

        if (!m.HasUnit) TakeCurrencyOfComparedMoney(ref m); // "$1.2 trillion, up from 1.1tn"
        var kind = KindOf(m);
        if (kind == QuantityKind.Number && IsYear(m)) kind = QuantityKind.Date;
        if (kind == QuantityKind.Date) KeepDateQualifier(ref qualifier, ref qualifierStart);
        Emit(m, kind, kind == QuantityKind.Date ? YearDate(m) : null, qualifier, qualifierStart);
        return Math.Max(after, m.NextAtom);
    }

    /// <summary>A numeral (digits or words), with a currency sign before it and currency or percent words after it.</summary>
    private bool TryMeasure(int i, out Measure m)
    {
        m = default;
        m.FirstAtom = i;
        m.NextAtom = -1;
        int j = i;
        if (i >= _count) return false; // the atom buffer is pooled: nothing past _count is ours
        if (_atoms[i].Kind == AtomKind.Currency)
        {
            m.Currency = Currencies.FromSign(Span(i));
            j = i + 1;
            if (m.Currency is not null && TryCentsAfterPoint(i, ref m)) return true;
            if (m.Currency == "USD" && j + 1 < _count && _atoms[j].Kind == AtomKind.Word && _atoms[j].Start == _atoms[i].End
                && _atoms[j + 1].Start == _atoms[j].End && Currencies.FromDollarSuffix(Span(j)) is { } dollar)
            {
                m.Currency = dollar; // "$US5m", "$A20"
                j++;
            }
            if (m.Currency is null || j >= _count || _atoms[j].Kind != AtomKind.Number) return false;
            if (_atoms[j].SpaceBefore && !char.IsAsciiDigit(_text[_atoms[j].Start])) return false;
        }
        if (!TryNumeral(j, out var n))
        {
            m.NextAtom = n.NextAtom;
            return false;
        }
        if (m.Currency is not null && n.Kind is not (NumeralKind.Cardinal)) return false;
        if (j == i) m.FirstAtom = n.FirstAtom;
        if (j > i && i > 0 && IsSignDash(i)) // "-£5m": the sign is written before the currency
        {
            m.FirstAtom = i - 1;
            n.Value = -n.Value;
            n.ValueTo = -n.ValueTo;
        }
        if (j == i && !n.FromWords && n.Kind == NumeralKind.Cardinal && n.AttachedPercent is null && IsIsoCodeBefore(m.FirstAtom, out int code))
        {
            m.FirstAtom = code; // "USD 5 million", "EUR 3bn", "Rs. 500"
            m.Currency = _atoms[code].Info.Text;
        }
        if (n.Kind is NumeralKind.Cardinal or NumeralKind.Fraction or NumeralKind.Pence && IsSignWord(m.FirstAtom - 1))
        {
            m.FirstAtom--; // "minus 5", "minus seven percent", "negative 3"; not "10 minus 4"
            n.Value = -n.Value;
            n.Plain = false;
        }
        if (j == i && n.Kind == NumeralKind.Cardinal && n.GluedUnit is null && n.AttachedPercent is null && IsMagnitudeWord(m.FirstAtom - 1))
        {
            m.FirstAtom--; // "a magnitude 6.8 earthquake", as agencies write it; "6.8-magnitude" is glued
            n.GluedUnit = MeasureUnits.FromWords("magnitude");
        }
        m.N = n;
        m.Start = _atoms[m.FirstAtom].Start;
        m.End = n.End;
        m.NextAtom = n.NextAtom;
        if (n.AttachedPercent is { } attached)
        {
            if (m.Currency is not null) return false;
            m.PercentUnit = attached;
            return true;
        }
        if (n.GluedUnit is not null && m.Currency is null)
        {
            m.Unit = n.GluedUnit; // "10km", "40°C", "7.8-magnitude"
            return true;
        }
        if (n.GluedCurrency is not null) m.Currency ??= n.GluedCurrency; // "a 12-cent dividend": no sign before it
        if (n.Closed) return true;
        if (n.Kind == NumeralKind.Pence)
        {
            if (m.Currency is not null) return false;
            m.Currency = "GBP";
            m.N.Value /= 100;
            m.N.Kind = NumeralKind.Cardinal;
            return true;
        }
        if (n.Kind is NumeralKind.Cardinal or NumeralKind.Fraction && m.Currency is null) AttachPercent(ref m);
        if (n.Kind == NumeralKind.Cardinal && !m.Percent) AttachCurrencyWord(ref m);
        if (n.Kind is NumeralKind.Cardinal or NumeralKind.Fraction && !m.HasUnit) AttachMeasureUnit(ref m);
        return true;
    }

    /// <summary>"World War Two", "Formula One", "Channel Four": a number word in title case inside a sentence names.</summary>
    private bool IsTitleCaseNumberWord(in Numeral n)
    {
        if (!n.FromWords || n.End - n.Start < 2) return false;
        var word = _text.AsSpan(n.Start, n.End - n.Start);
        return char.IsUpper(word[0]) && char.IsLower(word[1]) && !IsSentenceStart(n.FirstAtom);
    }

    private bool IsMagnitudeWord(int k) =>
        k >= 0 && _atoms[k].Kind == AtomKind.Word && !_atoms[k].Hyphenated && Span(k).Equals("magnitude", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A unit after the number: "42 kilometres", "2,000 hectares", "300 mph", "1.5 MW", "40 degrees Celsius",
    /// "10 °C", "ten days", "18 months", "10 years'". Symbols of one letter ("5 C", "5 t") and "in" count only glued to the digits.
    /// </summary>
    private void AttachMeasureUnit(ref Measure m)
    {
        int k = m.NextAtom;
        if (k >= _count) return;
        if (_atoms[k].Kind == AtomKind.Other && _text[_atoms[k].Start] == '°' && k + 1 < _count && _atoms[k + 1].Start == _atoms[k].End
            && MeasureUnits.FromSymbol(_text.AsSpan(_atoms[k].Start, _atoms[k + 1].End - _atoms[k].Start)) is { } degrees)
        {
            SetUnit(ref m, degrees, k + 1, _atoms[k + 1].End); // "10 °C", "40° C" cut by a tokenizer
            return;
        }
        if (_atoms[k].Kind != AtomKind.Word || _atoms[k].Hyphenated) return;
        if (k + 2 < _count && _atoms[k + 1].Start == _atoms[k].End && _atoms[k + 2].Start == _atoms[k + 1].End
            && MeasureUnits.FromSymbol(_text.AsSpan(_atoms[k].Start, _atoms[k + 2].End - _atoms[k].Start)) is { } glued)
        {
            SetUnit(ref m, glued, k + 2, _atoms[k + 2].End); // "km/h" cut by a tokenizer into "km" "/" "h"
            return;
        }
        // Longest first: "miles per hour", "degrees Celsius", "square kilometres", then one word.
        for (int words = 3; words >= 2; words--)
        {
            int last = k + words - 1;
            if (last >= _count || !AreSpacedWords(k, last)) continue;
            if (MeasureUnits.FromWords(_text.AsSpan(_atoms[k].Start, _atoms[last].End - _atoms[k].Start)) is { } phrase)
            {
                SetUnit(ref m, phrase, last, _atoms[last].End);
                return;
            }
        }
        var word = Span(k);
        int end = _atoms[k].End;
        if (word.Length > 2 && word[^1] is '\'' or '\u2019' && word[^2] is 's')
        {
            word = word[..^1]; // "ten years' time"
            end--;
        }
        var unit = MeasureUnits.FromWords(word);
        if (unit is null && word.Length >= 2 && word is not "in" && _atoms[k].SpaceBefore) unit = MeasureUnits.FromSymbol(word);
        if (unit is null && !_atoms[k].SpaceBefore) unit = MeasureUnits.FromSymbol(word); // "5 m" is no metre; "5GB" cut as "5" "GB"
        if (unit is null) return;
        if (unit.IsDuration && m.N.Value is < 0) return;
        SetUnit(ref m, unit, k, end);
    }

    private bool AreSpacedWords(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (_atoms[k].Kind != AtomKind.Word) return false;
            if (k > first && _atoms[k].Start != _atoms[k - 1].End + 1) return false;
        }
        return true;
    }

    private static void SetUnit(ref Measure m, UnitInfo unit, int lastAtom, int end)
    {
        m.Unit = unit;
        m.End = end;
        m.NextAtom = lastAtom + 1;
    }

    /// <summary>"$.50": a sign, a point and bare digits, all glued together, is a fraction of the unit.</summary>
    private bool TryCentsAfterPoint(int i, ref Measure m)
    {
        int p = i + 1, d = i + 2;
        if (d >= _count || _atoms[p].Kind != AtomKind.Period || _atoms[d].Kind != AtomKind.Number
            || _atoms[p].Start != _atoms[i].End || _atoms[d].Start != _atoms[p].End) return false;
        var digits = Span(d);
        if (digits.Length is 0 or > 4 || digits.ContainsAnyExceptInRange('0', '9')) return false;
        var r = NumberParser.ScanDigits(digits);
        decimal scale = 1;
        for (int k = 0; k < digits.Length; k++) scale *= 10;
        m.N = new Numeral { FirstAtom = i, NextAtom = d + 1, Start = _atoms[i].Start, End = _atoms[d].End, Value = NumberParser.Normalize(r.Value / scale), Kind = NumeralKind.Cardinal, Closed = true, Multiplier = 1 };
        m.Start = _atoms[i].Start;
        m.End = _atoms[d].End;
        m.NextAtom = d + 1;
        return true;
    }

    private bool IsIsoCodeBefore(int first, out int p)
    {
        p = first - 1;
        // "Rs. 500": the abbreviation's period is an atom of its own.
        if (p >= 1 && _atoms[p].Kind == AtomKind.Period && _atoms[p].Start == _atoms[p - 1].End && Span(p - 1) is "Rs") p--;
        if (p < 0 || !_atoms[p].IsWord(WordClass.Currency) || _atoms[p].Length is not (2 or 3) || !_atoms[first].SpaceBefore) return false;
        if (_found.Count > 0 && _found[^1].End > _atoms[p].Start) return false; // "1.16 DEM 1.90": the code went to the number before
        var code = Span(p);
        if (code is "Rs") return true; // "Rs 500": the rupee's usual abbreviation
        return code.Length == 3 && char.IsUpper(code[0]) && char.IsUpper(code[1]) && char.IsUpper(code[2]);
    }

    private void AttachPercent(ref Measure m)
    {
        int k = m.NextAtom;
        if (k >= _count) return;
        string? unit = null;
        if (_atoms[k].Kind == AtomKind.Percent) { unit = "%"; k++; }
        else if (_atoms[k].IsWord(WordClass.PercentWord)) { unit = "%"; k++; }
        else if (_atoms[k].IsWord(WordClass.Per) && k + 1 < _count && _atoms[k + 1].IsWord(WordClass.Cent)) { unit = "%"; k += 2; }
        else if (_atoms[k].IsWord(WordClass.Percentage) && k + 1 < _count && _atoms[k + 1].IsWord(WordClass.Point)) { unit = "pp"; k += 2; }
        else if (_atoms[k].IsWord(WordClass.Percentage) && !_atoms[k].Hyphenated) { unit = "%"; k++; } // "5 percentage"
        else if (_atoms[k].IsWord(WordClass.BasisPoints)) { unit = "bp"; k++; } // "25 bps"
        else if (_atoms[k].IsWord(WordClass.Basis) && k + 1 < _count && _atoms[k + 1].IsWord(WordClass.Point)) { unit = "bp"; k += 2; }
        if (unit is null) return;
        m.PercentUnit = unit;
        m.End = _atoms[k - 1].End;
        m.NextAtom = k;
    }

    private void AttachCurrencyWord(ref Measure m)
    {
        int k = m.NextAtom;
        if (m.Currency is null && k < _count && _atoms[k].Kind == AtomKind.Currency && Currencies.FromSign(Span(k)) is { } after
            && !(k + 1 < _count && _atoms[k + 1].Start == _atoms[k].End && _atoms[k + 1].Kind == AtomKind.Number))
        {
            // "25 €", "75,000 ₦": the sign after the number (as much of Europe writes it); "5 $10 bills" is not.
            m.Currency = after;
            m.End = _atoms[k].End;
            m.NextAtom = k + 1;
            return;
        }
        string? modifier = null;
        // "Hong Kong dollars", "US dollars", "Swiss francs": the modifier picks the currency.
        if (k + 1 < _count && _atoms[k].Kind == AtomKind.Word && _atoms[k].HasUpper && _atoms[k].Info.Class == WordClass.None
            && _atoms[k + 1].IsWord(WordClass.Currency) && !_atoms[k].Hyphenated) k++; // "Zambian kwacha"-style adjective we do not know
        else if (k + 2 < _count && _atoms[k].Kind == AtomKind.Word && _atoms[k].HasUpper && _atoms[k + 1].IsWord(WordClass.CurrencyModifier)
            && _atoms[k + 2].IsWord(WordClass.Currency)) { modifier = _atoms[k + 1].Info.Text; k += 2; }
        else if (k + 1 < _count && _atoms[k].IsWord(WordClass.CurrencyModifier) && _atoms[k + 1].IsWord(WordClass.Currency))
        {
            modifier = _atoms[k].Info.Text;
            k++;
        }
        if (k >= _count || _atoms[k].Kind != AtomKind.Word || _atoms[k].Hyphenated) return;
        var info = _atoms[k].Info;
        if (info.Is(WordClass.Currency))
        {
            m.Currency ??= modifier ?? info.Text;
        }
        else if (info.Is(WordClass.MinorCurrency) && m.Currency is null && modifier is null && m.N.Kind == NumeralKind.Cardinal)
        {
            m.Currency = info.Text;
            m.N.Value /= info.Value;
        }
        else return;
        if (info.Is(WordClass.Currency) && k + 1 < _count && Span(k + 1).Equals("sterling", StringComparison.OrdinalIgnoreCase)) k++;
        m.End = _atoms[k].End;
        m.NextAtom = k + 1;
        if (info.Is(WordClass.Currency) && m.N.ValueTo is null) AttachMinorUnits(ref m);
    }

    /// <summary>
    /// "4 dollars 25 cents", "twelve dollars and thirty cents", "5 pounds 50 pence": the minor units are added
    /// to the amount (4.25) when they are whole and fewer than a hundred, and belong to the same currency.
    /// </summary>
    private void AttachMinorUnits(ref Measure m)
    {
        int k = m.NextAtom;
        if (WordIs(k, WordClass.And) && !_atoms[k].Hyphenated) k++;
        if (k >= _count || _atoms[k].Kind is not (AtomKind.Number or AtomKind.Word) || !TryNumeral(k, out var minor)) return;
        if (minor.Kind != NumeralKind.Cardinal || minor.Closed || minor.ValueTo is not null || minor.Value is not { } cents
            || cents % 1 != 0 || cents is < 1 or > 99 || !WordIs(minor.NextAtom, WordClass.MinorCurrency)) return;
        var unit = _atoms[minor.NextAtom].Info;
        bool pence = unit.Text == "GBP";
        if (pence != (m.Currency == "GBP")) return;
        m.N.Value += cents / unit.Value;
        m.End = _atoms[minor.NextAtom].End;
        m.NextAtom = minor.NextAtom + 1;
    }

    private int Emit(in Measure m, QuantityKind kind, PartialDate? date, QuantityQualifier qualifier, int qualifierStart)
    {
        string unit = kind switch
        {
            QuantityKind.Money => m.Currency!,
            QuantityKind.Percent => m.PercentUnit!,
            QuantityKind.Measure or QuantityKind.Duration => m.Unit!.Symbol,
            _ => "",
        };
        // A measure's value in its base unit (42000 m), a duration in ISO 8601 units (10 days); not for ranges.
        Measurement? inBaseUnit = null;
        IsoDuration? duration = null;
        if (kind is QuantityKind.Measure or QuantityKind.Duration && m.N.ValueTo is null && m.N.Value is { } v)
        {
            inBaseUnit = MeasureUnits.InBaseUnit(v, m.Unit!);
            duration = MeasureUnits.AsDuration(v, m.Unit!);
        }
        Add(m.Start, m.End, kind, m.N.Value, m.N.ValueTo, unit, qualifier, qualifierStart, date, inBaseUnit, duration);
        return m.NextAtom;
    }

    private void Add(int start, int end, QuantityKind kind, decimal? value, decimal? valueTo, string unit, QuantityQualifier qualifier, int qualifierStart,
        PartialDate? date, Measurement? inBaseUnit = null, IsoDuration? duration = null)
    {
        static decimal? Norm(decimal? v) => v is { } d ? NumberParser.Normalize(d) : null;
        _found.Add(new Quantity(start, end, _text.Substring(start, end - start), kind, Norm(value), unit, qualifier, SentenceOf(start))
        {
            ValueTo = Norm(valueTo),
            QualifierStart = qualifierStart,
            Date = date,
            InBaseUnit = inBaseUnit,
            Duration = duration,
        });
    }

    /// <summary>"minus" or "negative" at <paramref name="p"/>, as a sign: not between two numbers ("10 minus 4" is arithmetic).</summary>
    private bool IsSignWord(int p)
    {
        if (!WordIs(p, WordClass.SignWord) || _atoms[p].Hyphenated) return false;
        if (p == 0) return true;
        var before = _atoms[p - 1];
        return before.Kind is not (AtomKind.Number or AtomKind.Percent) && !before.IsWord(WordClass.Unit | WordClass.Tens | WordClass.Scale | WordClass.PercentWord | WordClass.Currency);
    }

    private static QuantityKind KindOf(in Measure m) =>
        m.Currency is not null ? QuantityKind.Money
        : m.Percent ? QuantityKind.Percent
        : m.Unit is { IsDuration: true } ? QuantityKind.Duration
        : m.Unit is not null ? QuantityKind.Measure
        : QuantityKind.Number;

    private bool IsClockTime(in Measure m)
    {
        if (WordIs(m.NextAtom, WordClass.TimeWord)) return true;
        var n = m.N;
        if (!n.Plain || n.IntegerDigits != 4 || n.Value % 100 >= 60 || n.Value >= 2400) return false;
        return m.NextAtom < _count && Span(m.NextAtom).Equals("local", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Multiplies unless the product could leave decimal's range ("99999999999999999 to 3 trillion").</summary>
    private static bool TryTimes(decimal a, decimal b, out decimal product)
    {
        product = 0;
        if (Math.Abs(b) > 1 && Math.Abs(a) > decimal.MaxValue / Math.Abs(b)) return false;
        product = a * b;
        return true;
    }

    private int SentenceOf(int offset) => _doc.Has(DocumentLayers.Sentences) ? Math.Max(0, _doc.SentenceIndexAt(offset)) : 0;

    private ReadOnlySpan<char> Span(int atom) => _text.AsSpan(_atoms[atom].Start, _atoms[atom].Length);

    private bool WordIs(int atom, WordClass c) => atom >= 0 && atom < _count && _atoms[atom].IsWord(c);
}
