namespace FactExtract.Tests.Quantities;

// Second batch of tables (same row format as QuantityExtractorTests.Data.cs): written fractions,
// qualifiers after the number, glued units, other digit groupings, more money and percent spellings,
// number words and year forms.
public sealed partial class QuantityExtractorTests
{
    [Theory]
    [MemberData(nameof(WrittenFractions))]
    public void WrittenFractions_AreDecimalsToFourPlaces(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(TrailingQualifiers))]
    public void QualifiersAfterTheNumber_AreNormalised(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(Notations))]
    public void UnitsGroupingsAndSigns_AreRead(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(MoreMoneyAndPercents))]
    public void MoreMoneyAndPercentForms_AreRead(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(MoreWordsAndYears))]
    public void MoreWordNumbersAndYearForms_AreRead(string text, string expected) => QuantityAssert.Matches(text, expected);

    public static TheoryData<string, string> WrittenFractions => Rows(
        ("He ate 1/2 of the cake.", "1/2|NUMBER|0.5||"),
        ("Shares rose 3/4 to close higher.", "3/4|NUMBER|0.75||"),
        ("About 1/3 of voters agreed.", "1/3|NUMBER|0.3333||around"),
        ("The stock gained 5/8 yesterday.", "5/8|NUMBER|0.625|| ;; yesterday|DATE|||"),
        ("The bond added 1/16 in late trade.", "1/16|NUMBER|0.0625||"),
        ("The climb took 2 1/2 hours.", "2 1/2 hours|DURATION|2.5|h||norm=PT2.5H"),
        ("Shares closed at 5-5/8 on Friday.", "5-5/8|NUMBER|5.625|| ;; Friday|DATE|||"),
        ("It ended at 24-3/4 yesterday.", "24-3/4|NUMBER|24.75|| ;; yesterday|DATE|||"),
        ("Rates were 5-1/2, 3/8 percent higher.", "5-1/2|NUMBER|5.5|| ;; 3/8 percent|PERCENT|0.375|%|"),
        ("Prices moved 5-1/2 to 5-3/4 today.", "5-1/2 to 5-3/4|NUMBER|5.5|||to=5.75 ;; today|DATE|||"),
        // Dates, seeding bands, unreduced fractions and other slashed numbers are not fractions.
        ("Then 5/8 - Christine Magnusson won.", ""),
        ("Remember 9/11 always.", ""),
        ("Open 24/7 for you.", ""),
        ("It was 2/4 in the draw.", ""),
        ("Due on 3/10 next year.", "next year|DATE|||"),
        // "one in three" stays two numbers: the ratio is not modelled.
        ("One in three adults smoke.", "One|NUMBER|1|| ;; three|NUMBER|3||"));

    public static TheoryData<string, string> TrailingQualifiers => Rows(
        ("We need 20 or more volunteers.", "20|NUMBER|20||at least"),
        ("They hired 100 or so staff.", "100|NUMBER|100||around"),
        ("Men aged 50 and over were tested.", "50|NUMBER|50||at least"),
        ("Children aged 5 and under travel free.", "5|NUMBER|5||at most"),
        ("Groups of 10 or fewer may meet.", "10|NUMBER|10||at most"),
        ("The 50-plus vote matters.", "50|NUMBER|50||more than"),
        ("There were 50+ entries.", "50|NUMBER|50||more than"),
        ("Rents rose 5% or more in March.", "5%|PERCENT|5|%|at least ;; March|DATE||||norm=--03"),
        ("It costs $20 or so now.", "$20|MONEY|20|USD|around"),
        ("Voters aged 65 or older were polled.", "65|NUMBER|65||at least"),
        ("Children 12 and older may apply.", "12|NUMBER|12||at least"),
        ("Gusts of 70 mph or higher hit the coast.", "70 mph|MEASURE|70|mph|at least|norm=112.65408 km/h"),
        ("Deals of $1 million or greater need approval.", "$1 million|MONEY|1000000|USD|at least"),
        ("Entry is free for ages 18 and up.", "18|NUMBER|18||at least"),
        ("Workers aged 25 or younger earn less.", "25|NUMBER|25||at most"),
        ("Stocks priced at $5 or lower fell.", "$5|MONEY|5|USD|at most"),
        ("Prices rose 3 and up to 5 percent.", "3|NUMBER|3|| ;; 5 percent|PERCENT|5|%|up to"),
        // A qualifier before the number wins; "or" before another number is a choice, not a qualifier.
        ("More than 20 or so came.", "20|NUMBER|20||more than"),
        ("We want 20 or more than 30.", "20|NUMBER|20|| ;; 30|NUMBER|30||more than"),
        ("It was 2 or 3 days.", "2|NUMBER|2|| ;; 3 days|DURATION|3|d||norm=P3D"),
        ("He won 5 and over the years more.", "5|NUMBER|5||"),
        ("It happened 100-odd years ago.", "100|NUMBER|100||around"),
        ("They met in 1996 or so.", "1996|DATE|1996|||norm=1996"));

    public static TheoryData<string, string> Notations => Rows(
        ("He ran 10km yesterday.", "10km|MEASURE|10|km||norm=10000 m ;; yesterday|DATE|||"),
        ("It flew at 3.5mph overhead.", "3.5mph|MEASURE|3.5|mph||norm=5.632704 km/h"),
        ("It was 40C in Seville.", "40C|MEASURE|40|°C||norm=40 °C"),
        ("A 10km-long queue formed.", "10|NUMBER|10||"),
        ("There were 1\u00a0000\u00a0000 people.", "1\u00a0000\u00a0000|NUMBER|1000000||"),
        ("It sold 25\u202f000 units.", "25\u202f000|NUMBER|25000||"),
        ("The town has 1.234.567 people.", "1.234.567|NUMBER|1234567||"),
        ("The ratio is 1.234 now.", "1.234|NUMBER|1.234||"),
        ("Connect to 192.168.100.200 now.", ""),
        ("The loss was -£5m last year.", "-£5m|MONEY|-5000000|GBP| ;; last year|DATE|||"),
        ("It dipped to −3 at night.", "−3|NUMBER|-3||"),
        ("It fell to minus 5 overnight.", "minus 5|NUMBER|-5||"),
        ("Then 10 minus 4 is 6.", "10|NUMBER|10|| ;; 4|NUMBER|4|| ;; 6|NUMBER|6||"),
        ("A stamp costs $.50 now.", "$.50|MONEY|0.5|USD|"),
        ("It cost £1,500.50 in total.", "£1,500.50|MONEY|1500.5|GBP|"));

    public static TheoryData<string, string> MoreMoneyAndPercents => Rows(
        ("Tickets cost Rs 500 each.", "Rs 500|MONEY|500|INR|"),
        ("Tickets cost Rs. 250 each.", "Rs. 250|MONEY|250|INR|"),
        ("The prize is Rs 1,00,000 this year.", "Rs 1,00,000|MONEY|100000|INR| ;; this year|DATE|||"),
        ("It was priced at INR 200.", "INR 200|MONEY|200|INR|"),
        ("It made $US5m last year.", "$US5m|MONEY|5000000|USD| ;; last year|DATE|||"),
        ("It made $A20 million in June.", "$A20 million|MONEY|20000000|AUD| ;; June|DATE||||norm=--06"),
        ("The fee is AUD 30 a month.", "AUD 30|MONEY|30|AUD|"),
        ("The deal was CAD 2 billion.", "CAD 2 billion|MONEY|2000000000|CAD|"),
        ("It paid 5 million USD in fines.", "5 million USD|MONEY|5000000|USD|"),
        ("It cost a billion dollars in all.", "a billion dollars|MONEY|1000000000|USD|"),
        ("It cost $1.2tn in all.", "$1.2tn|MONEY|1200000000000|USD|"),
        ("It cost $5 bn in all.", "$5 bn|MONEY|5000000000|USD|"),
        // A currency word hyphenated to the number is money, as "$10" is; minor units in the major unit.
        ("The board declared a 15-cent-a-share payout.", "15-cent|MONEY|0.15|USD|"),
        ("Bus fares face a 20-pence rise.", "20-pence|MONEY|0.2|GBP|"),
        ("She found a twenty-dollar bill.", "twenty-dollar|MONEY|20|USD|"),
        ("Fans paid with 50-euro notes.", "50-euro|MONEY|50|EUR|"),
        ("The firm lost its one-yen tender.", "one-yen|MONEY|1|JPY|"),
        ("They bought a 5-million-dollar house.", "5-million-dollar|MONEY|5000000|USD|"),
        ("It is a two-billion-euro plan.", "two-billion-euro|MONEY|2000000000|EUR|"),
        ("He signed a 3-million-pound deal.", "3-million-pound|MONEY|3000000|GBP|"),
        ("A 2-million-strong crowd gathered.", "2-million|NUMBER|2000000||"),
        ("A 1.5-billion-year-old rock was found.", "1.5-billion|NUMBER|1500000000||"),
        ("Shares slipped one penny to 240 pence.", "one penny|MONEY|0.01|GBP| ;; 240 pence|MONEY|2.4|GBP|"),
        // "pound" and "mark" joined to a number are a weight and a threshold, not money.
        ("He carried a 40-pound pack.", "40|NUMBER|40||"),
        ("Sales passed the 100-mark in May.", "100|NUMBER|100|| ;; May|DATE||||norm=--05"),
        ("Rates rose 50 pc last year.", "50 pc|PERCENT|50|%| ;; last year|DATE|||"),
        ("Rates rose zero per cent.", "zero per cent|PERCENT|0|%|"),
        ("Rates rose half a per cent.", "half a per cent|PERCENT|0.5|%|"));

    public static TheoryData<string, string> MoreWordsAndYears => Rows(
        ("It took three-and-a-half hours.", "three-and-a-half hours|DURATION|3.5|h||norm=PT3.5H"),
        ("It took two-and-a-quarter years.", "two-and-a-quarter years|DURATION|2.25|yr||norm=P2.25Y"),
        ("It ended one-and.", "one|NUMBER|1||"),
        ("It took three-and-a-bit hours.", "three|NUMBER|3||"),
        ("A couple of people came.", "A couple|NUMBER|2||"),
        ("The couple married in June.", "June|DATE||||norm=--06"),
        ("It took twelve hundred men.", "twelve hundred|NUMBER|1200||"),
        ("One and a half million people came.", "One and a half million|NUMBER|1500000||"),
        ("Profits rose in 2023/24 overall.", "2023/24|DATE|2023|||norm=2023/2024|to=2024"),
        ("The 1999/00 season was bad.", "1999/00|DATE|1999|||norm=1999/2000|to=2000"),
        ("It was 2023/25 in the list.", ""));
}
