namespace FactExtract.Quantities;

/// <summary>A currency or scale word hyphenated to a number: "a 12-cent dividend", "a one-yen bid", "a 2-million-strong crowd".</summary>
internal sealed partial class QuantityScanner
{
    /// <summary>
    /// When <paramref name="rest"/> (the text after the hyphen that closes a numeral) starts with a currency word,
    /// the compound is money, as "$10" is: "a 12-cent-a-share dividend" (0.12 USD, spanning "12-cent"), "a 20-dollar
    /// bill", "the one-yen bid", "a 10-pence rise", with a scale word between: "a 5-million-dollar house". Minor units are converted to the major unit. Not "pound" (in
    /// "a 10-pound bag" it is a weight) nor "mark" ("the 50-mark"), nor a code in capitals.
    /// Returns false, changing nothing, when no currency word follows.
    /// </summary>
    private static bool TryHyphenatedCurrency(ReadOnlySpan<char> rest, ref Numeral n)
    {
        if (n.Kind != NumeralKind.Cardinal || n.ValueTo is not null || rest.IsEmpty || !char.IsLower(rest[0])) return false;
        int hyphen = rest.IndexOf('-');
        var word = hyphen < 0 ? rest : rest[..hyphen];
        var info = NumberWords.Get(word);
        int scaleLength = 0; // "a 5-million-dollar house": the scale word, with its hyphen
        decimal value = n.Value ?? 0;
        if (info.Is(WordClass.Scale) && hyphen > 0 && TryTimes(value, info.Value, out value))
        {
            scaleLength = word.Length + 1;
            rest = rest[scaleLength..];
            hyphen = rest.IndexOf('-');
            word = hyphen < 0 ? rest : rest[..hyphen];
            info = NumberWords.Get(word);
        }
        if (info.Is(WordClass.MinorCurrency))
        {
            value /= info.Value; // "12-cent", "10-pence"
        }
        else if (!info.Is(WordClass.Currency) || scaleLength == 0 && word is "pound" or "pounds" or "mark" or "marks" || info.Text is null)
            return false; // "a 10-pound bag" weighs; "a 5-million-pound deal" costs
        n.Value = value;
        n.GluedCurrency = info.Text;
        n.End += 1 + scaleLength + word.Length;
        n.Plain = false;
        return true;
    }

    /// <summary>
    /// A scale word hyphenated to digits that no currency word follows: "a 2-million-strong crowd" is 2000000, its span
    /// "2-million". Changes nothing when <paramref name="rest"/> does not open with a scale word.
    /// </summary>
    private static void TryHyphenatedScale(ReadOnlySpan<char> rest, ref Numeral n)
    {
        if (n.Kind != NumeralKind.Cardinal || n.ValueTo is not null || rest.IsEmpty || !char.IsLower(rest[0])) return;
        int hyphen = rest.IndexOf('-');
        var word = hyphen < 0 ? rest : rest[..hyphen];
        var info = NumberWords.Get(word);
        if (!info.Is(WordClass.Scale) || !TryTimes(n.Value ?? 0, info.Value, out decimal value)) return;
        n.Value = value;
        n.End += 1 + word.Length;
    }
}
