namespace FactExtract.Quantities;

/// <summary>A currency word hyphenated to a number: "a 12-cent dividend", "a one-yen bid", "a 50-euro note".</summary>
internal sealed partial class QuantityScanner
{
    /// <summary>
    /// When <paramref name="rest"/> (the text after the hyphen that closes a numeral) starts with a currency word,
    /// the compound is money, as "$10" is: "a 12-cent-a-share dividend" (0.12 USD, spanning "12-cent"), "a 20-dollar
    /// bill", "the one-yen bid", "a 10-pence rise". Minor units are converted to the major unit. Not "pound" (in
    /// "a 10-pound bag" it is a weight) nor "mark" ("the 50-mark"), nor a code in capitals.
    /// Returns false, changing nothing, when no currency word follows.
    /// </summary>
    private static bool TryHyphenatedCurrency(ReadOnlySpan<char> rest, ref Numeral n)
    {
        if (n.Kind != NumeralKind.Cardinal || n.ValueTo is not null || rest.IsEmpty || !char.IsLower(rest[0])) return false;
        int hyphen = rest.IndexOf('-');
        var word = hyphen < 0 ? rest : rest[..hyphen];
        var info = NumberWords.Get(word);
        if (info.Is(WordClass.MinorCurrency))
        {
            n.Value /= info.Value; // "12-cent", "10-pence"
        }
        else if (!info.Is(WordClass.Currency) || word is "pound" or "pounds" or "mark" or "marks" || info.Text is null) return false;
        n.GluedCurrency = info.Text;
        n.End += 1 + word.Length;
        n.Plain = false;
        return true;
    }
}
