namespace FactExtract.Quantities;

/// <summary>An amount compared with a sum of money just before it is in that money's currency.</summary>
internal sealed partial class QuantityScanner
{
    /// <summary>How many atoms may lie between the money and the compared amount ("$1.2 trillion, up from 1.1tn").</summary>
    private const int ComparedAmountReach = 5;

    /// <summary>
    /// "$1.2 trillion, up from 1.1tn", "£3.4bn against 2.9bn a year earlier", "compared with 2.1 billion": news
    /// writes the currency once. An amount with a scale ("bn", "million") after "from", "against", "versus" or
    /// "compared with", a few atoms after a sum of money in the same sentence, is money in that currency. Not
    /// when a noun follows it ("a $5m grant to 2.5 million farmers" counts farmers), nor a plain number
    /// ("from 3 banks").
    /// </summary>
    private void TakeCurrencyOfComparedMoney(ref Measure m)
    {
        if (m.N.Multiplier == 1 || _found.Count == 0 || _found[^1].Kind != QuantityKind.Money || m.N.ValueTo is not null) return;
        int link = m.FirstAtom - 1;
        if (link < 1 || !IsComparisonLink(link)) return;
        int money = _found[^1].End;
        int k = link - 1;
        for (int n = 0; k >= 0 && _atoms[k].Start >= money; k--, n++)
            if (n >= ComparedAmountReach || _atoms[k].Kind is AtomKind.Period or AtomKind.Break) return;
        if (k < 0 || _atoms[k].End != money) return;
        if (m.NextAtom < _count && _atoms[m.NextAtom].Kind == AtomKind.Word && !char.IsUpper(_text[_atoms[m.NextAtom].Start])
            && !ComparedAmountFollowers.Contains(Span(m.NextAtom))) return;
        m.Currency = _found[^1].Unit;
    }

    private bool IsComparisonLink(int k) =>
        ComparisonLinks.Contains(Span(k))
        || Span(k).Equals("with", StringComparison.OrdinalIgnoreCase) && k > 0 && Span(k - 1).Equals("compared", StringComparison.OrdinalIgnoreCase);

    private static readonly Lang.WordSet ComparisonLinks = new("from", "against", "versus", "vs");

    /// <summary>Words that may follow a compared amount: when it was ("a year earlier", "in 2023", "last year").</summary>
    private static readonly Lang.WordSet ComparedAmountFollowers = new(
        "a", "an", "in", "last", "the", "on", "at", "for", "over", "during", "previously", "earlier", "before", "and", "or");
}
