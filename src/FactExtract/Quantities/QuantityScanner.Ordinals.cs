namespace FactExtract.Quantities;

/// <summary>An ordinal word that ends a cardinal written in words: "two hundredth", "one hundred and fiftieth".</summary>
internal sealed partial class QuantityScanner
{
    /// <summary>
    /// Whether atom <paramref name="k"/> (or the word after an "and" there) is an ordinal that completes
    /// <paramref name="builder"/>: "two hundredth" is 200, "one hundred and fiftieth" 150, "one hundred twenty
    /// fifth" 125, "three thousandth" 3000. After a number "second" is the unit of time ("twenty second
    /// margins"), and a fraction wins first ("two hundredths", "one hundredth of").
    /// </summary>
    private bool TryOrdinalEnd(int k, in CardinalBuilder builder, out decimal ordinal, out int ordinalAtom)
    {
        ordinal = 0;
        ordinalAtom = k;
        var trial = builder;
        if (WordIs(k, WordClass.And) && !_atoms[k].Hyphenated)
        {
            if (!trial.TryAnd()) return false;
            ordinalAtom = k + 1;
        }
        if (!WordIs(ordinalAtom, WordClass.Ordinal) || _atoms[ordinalAtom].Hyphenated
            || Span(ordinalAtom).Equals("second", StringComparison.OrdinalIgnoreCase)) return false;
        return trial.TryOrdinal(_atoms[ordinalAtom].Info.Value, out ordinal);
    }
}
