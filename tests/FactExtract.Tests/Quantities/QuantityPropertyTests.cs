using FactExtract.Export;
using FactExtract.Quantities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FactExtract.Tests.Quantities;

/// <summary>
/// Text built from the pieces quantity rules react to ("£", "1.5bn", "per", "cent", "twenty-",
/// "between", "May", "'90s"...), separators, and random characters, so random inputs actually
/// reach the rules instead of being plain noise.
/// </summary>
public static class QuantityText
{
    private static readonly string[] Fragments =
    [
        "£", "$", "€", "¥", "US$", "HK$", "1.5bn", "3bn", "2m", "10k", "380,000", "1,234.56", "2,023", "-3.5", "+44", "0134",
        "17", "%", "per", "cent", "percent", "percentage", "points", "twenty", "twenty-one", "-one", "one", "hundred", "and",
        "a", "half", "third", "thirds", "three-quarters", "dozen", "dozens", "of", "thousands", "million", "billion", "bn",
        "first", "21st", "2nd", "third-largest", "1990s", "'90s", "'", "’", "2023", "1996-08-22", "22", "August", "Aug", "May",
        "10:30", "3-1", "10-20", "47-member", "between", "to", "from", "more", "than", "over", "about", "~", "nearly", "up",
        "no", "the", "Windows", "10", "pounds", "euros", "pence", "50p", "cents", "US", "dollars", "Hong", "Kong", "sterling",
        "-", "–", ".", ",", "(", ")", " ", " ", " ", "\n", "\n\n", "a.m.", "GMT", "0", "9", "99999999999999999999", "bn-",
        "basis", "point", "bp", "25bps", "hundredth", "fiftieth", "second", "six-mile", "-foot", "magnitude", "-1990s",
        "\uD800", "😀", "e\u0301",
    ];

    public static Arbitrary<string> Strings()
    {
        var pieces = Gen.Frequency(
            (8, Gen.Elements(Fragments)),
            (2, Gen.Choose(32, 126).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())));
        return Arb.From(Gen.ListOf(pieces).Select(list => string.Concat(list)));
    }
}

[Properties(Arbitrary = [typeof(QuantityText)], MaxTest = 1000)]
public sealed class QuantityPropertyTests
{
    [Property]
    public void NumberParser_never_throws_and_reports_a_reason(string text)
    {
        text ??= "";
        var parsed = NumberParser.Parse(text);
        var scanned = NumberParser.ScanDigits(text);

        Assert.Equal(parsed.Success, parsed.TryGetValue(out decimal value));
        Assert.Equal(parsed.Success, parsed.Reason == "ok");
        // A success hands out the value it parsed; a failure refuses to hand out a value at all.
        if (parsed.Success) Assert.Equal(value, parsed.Value);
        else Assert.Throws<InvalidOperationException>(() => parsed.Value);
        Assert.InRange(scanned.Length, 0, text.Length);
    }

    /// <summary>Every number the output writes (invariant, no exponent, no trailing zeros) parses back to itself.</summary>
    [Property]
    public void NumberParser_reads_back_every_number_the_output_writes(decimal number)
    {
        var written = InvariantNumber.Format(number);
        var parsed = NumberParser.Parse(written);
        Assert.True(parsed.Success, $"\"{written}\": {parsed.Reason}");
        Assert.Equal(number, parsed.Value);
    }

    [Property]
    public void Extracted_spans_lie_inside_the_text_and_match_it(string text)
    {
        text ??= "";
        foreach (var cut in Enum.GetValues<Cut>())
        {
            var quantities = QuantityAssert.Extract(text, cut); // checks text == Text[Start..End], order, qualifiers
            foreach (var q in quantities)
            {
                Assert.InRange(q.End, q.Start + 1, text.Length);
                if (q.ValueTo is { } to) Assert.True(q.Value < to, $"range {q.Value}..{to} in \"{q.Text}\"");
                Assert.Equal(q.Kind is QuantityKind.Money or QuantityKind.Percent or QuantityKind.Measure or QuantityKind.Duration, q.Unit.Length > 0);
                // Each kind has only its own normal form: a calendar value for dates, a base unit for measures, ISO units for durations.
                Assert.True(q.Date is null || q.Kind == QuantityKind.Date, $"calendar value on {q.Kind} \"{q.Text}\"");
                Assert.True(q.InBaseUnit is null || q.Kind == QuantityKind.Measure, $"base-unit value on {q.Kind} \"{q.Text}\"");
                Assert.True(q.Duration is null || q.Kind == QuantityKind.Duration && q.Duration.Amount >= 0, $"duration on {q.Kind} \"{q.Text}\"");
            }
        }
    }

    [Property]
    public void Extraction_is_deterministic(string text)
    {
        text ??= "";
        var first = QuantityAssert.Extract(text, Cut.Project);
        var second = QuantityAssert.Extract(text, Cut.Project);
        Assert.Equal(first, second);
    }
}
