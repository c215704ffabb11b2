namespace FactExtract.Quantities;

/// <summary>The decimals of a number written in words: "three hundred point zero six", "two point seventy-five".</summary>
internal sealed partial class QuantityScanner
{
    /// <summary>
    /// "point zero six": digit words after "point" (at atom <paramref name="k"/> - 1), appended as decimals;
    /// or one two-digit number read as the two decimal places, as prices and rates are spoken ("two point
    /// seventy-five" is 2.75, "one point fifteen" 1.15). Returns false (builder untouched) unless a number word
    /// follows, and for the idiom "at one point" ("At one point five people were hurt").
    /// </summary>
    private bool TryWordDecimals(int k, ref CardinalBuilder builder, out int next)
    {
        next = k;
        if (k >= 3 && builder.Value == 1 && Span(k - 3).Equals("at", StringComparison.OrdinalIgnoreCase)) return false;
        decimal fraction = 0, scale = 1;
        while (k < _count && _atoms[k].IsWord(WordClass.Unit) && !_atoms[k].Hyphenated && _atoms[k].Info.Value < 10 && scale > 1e-12m)
        {
            scale /= 10;
            fraction += _atoms[k].Info.Value * scale;
            k++;
        }
        if (k == next && !TryTwoDecimalPlaces(k, out fraction, out k)) return false;
        var trial = builder;
        if (!trial.TryAddDecimals(fraction)) return false;
        builder = trial;
        next = k;
        return true;
    }

    /// <summary>"seventy-five", "seventy five", "fifty", "fifteen" after "point": hundredths.</summary>
    private bool TryTwoDecimalPlaces(int k, out decimal fraction, out int next)
    {
        fraction = 0;
        next = k;
        if (k >= _count || _atoms[k].Kind != AtomKind.Word) return false;
        var info = _atoms[k].Info;
        decimal value;
        if (_atoms[k].Hyphenated)
        {
            var word = Span(k);
            int dash = word.IndexOf('-');
            if (dash < 0 || word[(dash + 1)..].Contains('-')) return false;
            var tens = NumberWords.Get(word[..dash]);
            var unit = NumberWords.Get(word[(dash + 1)..]);
            if (!tens.Is(WordClass.Tens) || !unit.Is(WordClass.Unit) || unit.Value is < 1 or > 9) return false;
            value = tens.Value + unit.Value;
            next = k + 1;
        }
        else if (info.Is(WordClass.Tens))
        {
            value = info.Value;
            next = k + 1;
            if (WordIs(next, WordClass.Unit) && !_atoms[next].Hyphenated && _atoms[next].Info.Value is >= 1 and <= 9)
            {
                value += _atoms[next].Info.Value;
                next++;
            }
        }
        else if (info.Is(WordClass.Unit) && info.Value is >= 10 and < 20)
        {
            value = info.Value;
            next = k + 1;
        }
        else return false;
        fraction = value / 100;
        return true;
    }
}
