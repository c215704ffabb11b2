namespace FactExtract.Quantities;

/// <summary>A unit word hyphenated to a number written in words: "a six-mile trip", "three-ton satellites".</summary>
internal sealed partial class QuantityScanner
{
    /// <summary>
    /// When the word number ended inside hyphenated atom <paramref name="atom"/> and a unit word makes up the
    /// rest ("six-mile", "a three-foot gap", "a five-acre plot"), the numeral is a measure spanning the whole
    /// compound, as "10-km" is. Durations stay numbers ("two-day"), as do symbols ("three-km" is rare and
    /// "four-MW" odd): only unit words count.
    /// </summary>
    private void AttachHyphenatedWordUnit(int atom, ref Numeral n)
    {
        if (n.Kind != NumeralKind.Cardinal || !n.Closed || atom < 0 || !_atoms[atom].Hyphenated) return;
        int end = _atoms[atom].End;
        if (n.End + 1 >= end || _text[n.End] != '-') return;
        var rest = _text.AsSpan(n.End + 1, end - n.End - 1);
        if (TryHyphenatedCurrency(rest, ref n)) return; // "a one-yen bid", "a twenty-dollar bill"
        if (MeasureUnits.FromWords(rest) is not { IsDuration: false } unit) return;
        n.GluedUnit = unit;
        n.End = end;
    }
}
