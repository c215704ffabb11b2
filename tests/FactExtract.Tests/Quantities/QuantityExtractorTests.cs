namespace FactExtract.Tests.Quantities;

/// <summary>
/// Table-driven behaviour of the quantity extractor (issue #4). The tables are in
/// <c>QuantityExtractorTests.Data.cs</c>; every row runs with the project tokenizer, a crude whitespace
/// tokenizer and an independent PTB-like one (see <see cref="Cut"/>).
/// </summary>
public sealed partial class QuantityExtractorTests
{
    [Theory]
    [MemberData(nameof(Digits))]
    public void Digits_AreParsedWithSeparatorsSignsAndMultipliers(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(Words))]
    public void NumberWords_AreParsed(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(Pronouns))]
    public void PronounOne_IsNotANumber(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(Percents))]
    public void Percentages_HaveUnitPercentOrPoints(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(Money))]
    public void Money_HasIsoCurrency(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(Ordinals))]
    public void Ordinals_AreRecognised(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(Dates))]
    public void YearsDecadesAndDates_AreDates(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Ranges_AreOneQuantity(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(Compounds))]
    public void Compounds_SpanOnlyTheNumber(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(NotQuantities))]
    public void TimesScoresPhonesAndNames_AreNotQuantities(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(QualifierCases))]
    public void Qualifiers_AreNormalised(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(SeedArticle))]
    public void SeedArticle_EveryQuantityIsRight(string text, string expected) => QuantityAssert.Matches(text, expected);
}
