using System.Buffers;
using FactExtract.Text;

namespace FactExtract.Quantities;

/// <summary>
/// Rule-based extraction of numbers, percentages, money, ordinals and dates from a tokenized
/// document. Stateless and thread-safe: all per-document state lives in a scanner created per call.
/// <para>Normalisation choices (the output contract depends on them):</para>
/// <list type="bullet">
/// <item>Values are invariant decimals without trailing zeros; multipliers are applied ("£1.5bn": 1500000000).</item>
/// <item>Percent unit is "%"; "percentage points" is PERCENT with unit "pp", "basis points" ("25bp", "50 bps") unit "bp" (the value stays in basis points: 100 bp = 1 pp).</item>
/// <item>Money unit is the ISO code; pence and cents are converted to the major unit ("50p": GBP 0.5).</item>
/// <item>Dates: value is the year (empty when the text gives none); <see cref="Quantity.Date"/> the calendar value.
/// Decades ("1990s", "'90s") are DATE with value 1990 and the years 1990 to 1999.</item>
/// <item>Fractions ("two-thirds", "half of") are NUMBER rounded to four decimals (0.6667, 0.5).</item>
/// <item>Vague counts ("dozens of", "hundreds of thousands of") are NUMBER with no value.</item>
/// <item>Ranges ("10-20%", "between 10 and 20") are one quantity: Value is the low end, ValueTo the high end;
/// "between" is part of the span, a qualifier never is.</item>
/// <item>Compounds ("47-member", "third-largest") span only the number part.</item>
/// <item>Not quantities: times ("10:30"), scores ("3-1"), phone numbers and digit runs, codes with a
/// leading zero, names ("Windows 10", "COVID-19", "G7"), roman numerals, the pronoun "one".</item>
/// </list>
/// </summary>
internal sealed class QuantityExtractor
{
    public IReadOnlyList<Quantity> Extract(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var atoms = ArrayPool<Atom>.Shared.Rent(tokens.Length + 16);
        try
        {
            int count = Atomizer.Atomize(document.Text, tokens, ref atoms);
            return new QuantityScanner(document, atoms, count, ArticleDateFinder.Find(document.Article)?.Date).Run(cancellationToken);
        }
        finally
        {
            ArrayPool<Atom>.Shared.Return(atoms);
        }
    }
}
