using System.Globalization;
using FactExtract.Quantities;
using FsCheck.Xunit;

namespace FactExtract.Tests.Quantities;

public sealed class NumberParserPropertyTests
{
    [Property(MaxTest = 1000)]
    public void Parse_round_trips_invariant_and_grouped_numbers(long whole, byte places)
    {
        int scale = places % 7;
        decimal value = whole / (decimal)Math.Pow(10, scale);
        var plain = value.ToString(CultureInfo.InvariantCulture);
        var grouped = value.ToString("N" + scale, CultureInfo.InvariantCulture); // "-1,234,567.89"

        Assert.Equal(value, NumberParser.Parse(plain).Value);
        Assert.Equal(value, NumberParser.Parse(grouped).Value);
    }

    [Property(MaxTest = 500)]
    public void Parse_applies_multipliers_exactly(int whole, byte places)
    {
        decimal value = (Math.Abs((decimal)whole) + 1) / (decimal)Math.Pow(10, places % 4); // positive: "0 million" is not a number
        var text = value.ToString(CultureInfo.InvariantCulture);

        Assert.Equal(value * 1_000_000_000m, NumberParser.Parse(text + "bn").Value);
        Assert.Equal(value * 1_000_000m, NumberParser.Parse(text + " million").Value);
        Assert.Equal(value * 1_000m, NumberParser.Parse(text + "k").Value);
    }

    [Property(MaxTest = 300)]
    public void Parse_reads_every_cardinal_below_a_million_written_as_words(int seed)
    {
        int n = Math.Abs(seed % 1_000_000);
        Assert.Equal(n, NumberParser.Parse(Words(n)).Value);
    }

    // An independent spelling-out of n ("nine hundred and ninety-nine thousand and one").
    private static string Words(int n)
    {
        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        string Below100(int x) => x < 20 ? units[x] : tens[x / 10] + (x % 10 == 0 ? "" : "-" + units[x % 10]);
        string Below1000(int x) => x < 100 ? Below100(x) : units[x / 100] + " hundred" + (x % 100 == 0 ? "" : " and " + Below100(x % 100));
        if (n < 1000) return Below1000(n);
        string head = Below1000(n / 1000) + " thousand";
        int rest = n % 1000;
        return rest == 0 ? head : head + (rest < 100 ? " and " : " ") + Below1000(rest);
    }
}
