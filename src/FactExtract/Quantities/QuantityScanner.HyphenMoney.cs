namespace FactExtract.Quantities;

/// <summary>A currency or scale word hyphenated to a number: "a 12-cent dividend", "a one-yen bid", "a 2-million-strong crowd".</summary>
internal sealed partial class QuantityScanner
{
    /// <summary>
    /// When <paramref name="rest"/> (the text after the hyphen that closes a numeral) starts with a currency word,
    /// the compound is money, as "$10" is: "a 12-cent-a-share dividend" (0.12 USD, spanning "12-cent"), "a 20-dollar
    /// bill", "the one-yen bid", "a 10-pence rise", with a scale word between: "a 5-million-dollar house". Minor units
    /// are converted to the major unit. Not "pound" (in "a 10-pound bag" it is a weight) nor "mark" ("the 50-mark"),
    /// unless a scale word comes first, nor a code in capitals.
    /// Returns false, changing nothing, when no currency word follows.
    /// </summary>
    private static bool TryHyphenatedCurrency(ReadOnlySpan<char> rest, ref Numeral n)
    {
        if (!OpensHyphenatedWord(rest, n)) return false;
        var word = FirstPart(rest);
        decimal value = n.Value ?? 0;
        int scaleLength = 0; // "a 5-million-dollar house": the scale word, with its hyphen
        if (word.Length < rest.Length && TryScaleWord(word, value, out decimal scaled))
        {
            value = scaled;
            scaleLength = word.Length + 1;
            word = FirstPart(rest[scaleLength..]);
        }
        var info = NumberWords.Get(word);
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
        if (!OpensHyphenatedWord(rest, n)) return;
        var word = FirstPart(rest);
        if (!TryScaleWord(word, n.Value ?? 0, out decimal value)) return;
        n.Value = value;
        n.End += 1 + word.Length;
    }

    /// <summary>A plain cardinal closed by a hyphen, with a lower-case word after it ("12-cent", "2-million-strong").</summary>
    private static bool OpensHyphenatedWord(ReadOnlySpan<char> rest, in Numeral n) =>
        n.Kind == NumeralKind.Cardinal && n.ValueTo is null && !rest.IsEmpty && char.IsLower(rest[0]);

    /// <summary>The text up to the next hyphen: "million" of "million-dollar".</summary>
    private static ReadOnlySpan<char> FirstPart(ReadOnlySpan<char> rest) => rest.IndexOf('-') is var hyphen and >= 0 ? rest[..hyphen] : rest;

    /// <summary><paramref name="value"/> times the scale word <paramref name="word"/> ("million"), when it is one and the product fits.</summary>
    private static bool TryScaleWord(ReadOnlySpan<char> word, decimal value, out decimal scaled)
    {
        scaled = 0;
        var info = NumberWords.Get(word);
        return info.Is(WordClass.Scale) && TryTimes(value, info.Value, out scaled);
    }
}
