using System.Globalization;
using FactExtract.Quantities;

namespace FactExtract.Tests.Quantities;

public sealed partial class NumberParserTests
{
    [Theory]
    [MemberData(nameof(Successes))]
    public void Parse_Success(string text, string value, object suffix)
    {
        var result = NumberParser.Parse(text);
        Assert.True(result.Success, $"\"{text}\": {result.Reason}");
        Assert.Equal(value, result.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal((NumberSuffix)suffix, result.Suffix);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void Parse_Failure(string text, object error)
    {
        var result = NumberParser.Parse(text);
        Assert.False(result.Success);
        Assert.Equal((NumberParseError)error, result.Error);
        Assert.False(result.TryGetValue(out _));
        Assert.NotEqual("ok", result.Reason);
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void ScanDigits_StopsBeforeWhatItDoesNotUnderstand()
    {
        var result = NumberParser.ScanDigits("47-member");
        Assert.True(result.Success);
        Assert.Equal(2, result.Length);
        Assert.Equal(47m, result.Value);

        var unit = NumberParser.ScanDigits("10km");
        Assert.Equal(NumberSuffix.MeasureUnit, unit.Suffix);
        Assert.Equal(2, unit.Length);

        var unknown = NumberParser.ScanDigits("5G");
        Assert.True(unknown.Success);
        Assert.Equal(NumberSuffix.Unknown, unknown.Suffix);
        Assert.Equal(1, unknown.Length);
    }

    [Fact]
    public void ScanDigits_ReportsTheFormOfTheNumber()
    {
        var grouped = NumberParser.ScanDigits("1,234.5");
        Assert.True(grouped.HasGroupSeparators);
        Assert.True(grouped.HasDecimalPoint);
        Assert.False(grouped.HasSign);
        Assert.True(NumberParser.ScanDigits("-3").HasSign);
        Assert.True(NumberParser.ScanDigits("0134").HasLeadingZero);
        Assert.False(NumberParser.ScanDigits("0.5").HasLeadingZero);
        Assert.Equal(1_000_000_000m, NumberParser.ScanDigits("1.5bn").Multiplier);
        Assert.Equal(1m, NumberParser.ScanDigits("15").Multiplier);
    }
}
