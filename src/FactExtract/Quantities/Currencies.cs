using System.Collections.Frozen;

namespace FactExtract.Quantities;

/// <summary>
/// Currency signs and prefixes ("£", "US$", "HK$") mapped to ISO 4217 codes. A bare "$" is USD
/// and a bare "¥" is JPY: in English news those are the overwhelmingly common readings.
/// Currency words ("pounds", "euros", "pence") live in <see cref="NumberWords"/>.
/// </summary>
internal static class Currencies
{
    private static readonly FrozenDictionary<string, string> DollarPrefixes = new Dictionary<string, string>
    {
        [""] = "USD", ["US"] = "USD", ["U.S."] = "USD", ["A"] = "AUD", ["AU"] = "AUD", ["C"] = "CAD", ["CA"] = "CAD",
        ["HK"] = "HKD", ["NZ"] = "NZD", ["S"] = "SGD", ["NT"] = "TWD", ["R"] = "BRL", ["Z"] = "ZWD",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DollarLookup =
        DollarPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>ISO code for a dollar written "$US", "$A", "$NZ" (the letters after the sign), or null.</summary>
    public static string? FromDollarSuffix(ReadOnlySpan<char> letters) =>
        !letters.IsEmpty && DollarLookup.TryGetValue(letters, out var iso) ? iso : null;

    /// <summary>True for the one-character currency signs this extractor understands.</summary>
    public static bool IsSign(char c) => c is '$' or '£' or '€' or '¥' or '₹' or '₩' or '₽' or '₺' or '₪' or '₴' or '₦' or '₱' or '₫'
        or '₡' or '₵' or '₸' or '₼' or '₾' or '₲' or '₭' or '₮' or '฿';

    /// <summary>
    /// ISO code for a currency sign or a letter-prefixed dollar ("US$", "HK$"), or null when
    /// <paramref name="text"/> is not one.
    /// </summary>
    public static string? FromSign(ReadOnlySpan<char> text)
    {
        if (text.Length == 1)
        {
            return text[0] switch
            {
                '$' => "USD",
                '£' => "GBP",
                '€' => "EUR",
                '¥' => "JPY",
                '₹' => "INR",
                '₩' => "KRW",
                '₽' => "RUB",
                '₺' => "TRY",
                '₪' => "ILS",
                '₴' => "UAH",
                '₦' => "NGN",
                '₱' => "PHP",
                '₫' => "VND",
                '₡' => "CRC",
                '₵' => "GHS",
                '₸' => "KZT",
                '₼' => "AZN",
                '₾' => "GEL",
                '₲' => "PYG",
                '₭' => "LAK",
                '₮' => "MNT",
                '฿' => "THB",
                _ => null,
            };
        }
        if (text.Length > 1 && text[^1] == '$' && DollarLookup.TryGetValue(text[..^1], out var iso)) return iso;
        return null;
    }
}
