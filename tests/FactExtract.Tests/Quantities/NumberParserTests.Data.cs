using FactExtract.Quantities;

namespace FactExtract.Tests.Quantities;

public sealed partial class NumberParserTests
{
    public static TheoryData<string, string, NumberSuffix> Successes => new()
    {
        { "380,000", "380000", NumberSuffix.None },
        { "1,234.56", "1234.56", NumberSuffix.None },
        { "-3.5", "-3.5", NumberSuffix.None },
        { "+4", "4", NumberSuffix.None },
        { "\u22122", "-2", NumberSuffix.None },
        { "2.50", "2.5", NumberSuffix.None },
        { "0", "0", NumberSuffix.None },
        { "3bn", "3000000000", NumberSuffix.Multiplier },
        { "1.5bn", "1500000000", NumberSuffix.Multiplier },
        { "2m", "2000000", NumberSuffix.Multiplier },
        { "10k", "10000", NumberSuffix.Multiplier },
        { "5mn", "5000000", NumberSuffix.Multiplier },
        { "1.2tn", "1200000000000", NumberSuffix.Multiplier },
        { "7bln", "7000000000", NumberSuffix.Multiplier },
        { "21st", "21", NumberSuffix.Ordinal },
        { "2nd", "2", NumberSuffix.Ordinal },
        { "3rd", "3", NumberSuffix.Ordinal },
        { "11th", "11", NumberSuffix.Ordinal },
        { "112th", "112", NumberSuffix.Ordinal },
        { "1990s", "1990", NumberSuffix.Decade },
        { "90s", "90", NumberSuffix.Decade },
        { "50p", "50", NumberSuffix.Pence },
        { "17pc", "17", NumberSuffix.Percent },
        { "  17  ", "17", NumberSuffix.None },
        { "2.5 million", "2500000", NumberSuffix.None },
        { "3 billion", "3000000000", NumberSuffix.None },
        { "twenty-one", "21", NumberSuffix.None },
        { "one hundred and five", "105", NumberSuffix.None },
        { "a million", "1000000", NumberSuffix.None },
        { "a dozen", "12", NumberSuffix.None },
        { "two dozen", "24", NumberSuffix.None },
        { "half", "0.5", NumberSuffix.None },
        { "three-quarters", "0.75", NumberSuffix.None },
        { "two-thirds", "0.6667", NumberSuffix.None },
        { "a third", "0.3333", NumberSuffix.None },
        { "nine hundred thousand", "900000", NumberSuffix.None },
        { "Seventeen", "17", NumberSuffix.None },
        { "one thousand two hundred and thirty-four", "1234", NumberSuffix.None },
    };

    public static TheoryData<string, NumberParseError> Failures => new()
    {
        { "", NumberParseError.Empty },
        { "   ", NumberParseError.Empty },
        { "abc", NumberParseError.UnknownWord },
        { "12abc", NumberParseError.TrailingCharacters },
        { "10:30", NumberParseError.TrailingCharacters },
        { "1,2,3", NumberParseError.TrailingCharacters },
        { "21th", NumberParseError.TrailingCharacters },
        { "5G", NumberParseError.TrailingCharacters },
        { "10km", NumberParseError.TrailingCharacters },
        { "-", NumberParseError.NoDigits },
        { ".", NumberParseError.NoDigits },
        { "99999999999999999999999999999999", NumberParseError.Overflow },
        { "99999999999999999999bn", NumberParseError.Overflow },
        { "five three", NumberParseError.InvalidWordSequence },
        { "hundred and", NumberParseError.InvalidWordSequence },
        { "a", NumberParseError.InvalidWordSequence },
        { "million million", NumberParseError.InvalidWordSequence },
        { "one two", NumberParseError.InvalidWordSequence },
        { "twenty people", NumberParseError.UnknownWord },
    };
}
