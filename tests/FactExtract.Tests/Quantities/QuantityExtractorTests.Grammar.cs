namespace FactExtract.Tests.Quantities;

// Third batch (issue #16): the rest of the number grammar: word fractions and mixed numbers,
// multipliers, leading-point and scientific decimals, signed and spoken forms, money written after
// the number, percent words, numbers inside names, and absurd input. Same row format as
// QuantityExtractorTests.Data.cs.
public sealed partial class QuantityExtractorTests
{
    [Theory]
    [MemberData(nameof(WordFractions))]
    public void WordFractionsAndMixedNumbers_AreRead(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(Multipliers))]
    public void Multipliers_ScaleTheValue(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(DecimalForms))]
    public void LeadingPointAndScientificDecimals_AreRead(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(SignedAndSpoken))]
    public void SignedAndSpokenNumbers_AreRead(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(MoneyAfterTheNumber))]
    public void CurrencyAfterTheNumberAndMinorUnits_AreMoney(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(PercentWords))]
    public void PercentWords_MakePercentages(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(NumbersInNames))]
    public void NumbersInsideNames_AreNotQuantities(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(AbsurdInput))]
    public void AbsurdInput_NeverThrowsAndKeepsOrRejectsTheSpan(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Fact]
    public void TenThousandAnds_AndA500DigitNumber_AreNoQuantityAndDoNotThrow()
    {
        var ands = "one " + string.Join(" ", Enumerable.Repeat("and", 10_000)) + " two";
        QuantityAssert.Matches(ands, "one|NUMBER|1|| ;; two|NUMBER|2||");
        QuantityAssert.Matches("It is " + new string('7', 500) + " big.", "");
        QuantityAssert.Matches("It is " + new string('7', 500) + "e400 big and 1e400 and -0e0.", "-0e0|NUMBER|0||");
    }

    public static TheoryData<string, string> WordFractions => Rows(
        ("About a quarter of them left.", "a quarter|NUMBER|0.25||around"),
        ("Sales fell by a quarter.", "a quarter|NUMBER|0.25||"),
        ("A tenth of the vote went to him.", "A tenth|NUMBER|0.1||"),
        ("It was four and a third times bigger.", "four and a third|NUMBER|4.3333||"),
        ("The total was two hundred and five eighths.", "two hundred and five eighths|NUMBER|200.625||"),
        ("The reading was seven and sixty-three hundredths.", "seven and sixty-three hundredths|NUMBER|7.63||"),
        ("A billionth of the budget was left.", "A billionth|NUMBER|0.000000001||"),
        ("The answer was seventeen thirds.", "seventeen thirds|NUMBER|5.6667||"),
        ("The price moved -3/8 today.", "-3/8|NUMBER|-0.375|| ;; today|DATE|||"),
        ("It closed at 2 5/8 yesterday.", "2 5/8|NUMBER|2.625|| ;; yesterday|DATE|||"),
        ("It took two and three quarters hours.", "two and three quarters hours|DURATION|2.75|h||norm=PT2.75H"),
        ("It was one and a fifth times larger.", "one and a fifth|NUMBER|1.2||"),
        ("A hundredth of the herd was sick.", "A hundredth|NUMBER|0.01||"),
        ("Five hundredths of the vote were void.", "Five hundredths|NUMBER|0.05||"),
        ("One hundredth of the sample was bad.", "One hundredth|NUMBER|0.01||"),
        ("Three tenths of voters stayed home.", "Three tenths|NUMBER|0.3||"),
        ("A millionth of the dose is enough.", "A millionth|NUMBER|0.000001||"),
        ("Two fifths of the land is farmed.", "Two fifths|NUMBER|0.4||"),
        ("Seven eighths of the staff agreed.", "Seven eighths|NUMBER|0.875||"),
        ("Eleven twelfths of the plan is done.", "Eleven twelfths|NUMBER|0.9167||"),
        ("Nine sixteenths of an inch was missing.", "Nine sixteenths|NUMBER|0.5625||"),
        ("One twentieth of the fund was lost.", "One twentieth|NUMBER|0.05||"),
        ("Three-fifths of members agreed.", "Three-fifths|NUMBER|0.6||"),
        ("One-tenth of the town flooded.", "One-tenth|NUMBER|0.1||"),
        ("It grew by a sixth last year.", "a sixth|NUMBER|0.1667|| ;; last year|DATE|||"),
        ("Twelve and a half thousand fans came.", "Twelve and a half thousand|NUMBER|12500||"),
        ("It lasted three and a half hours.", "three and a half hours|DURATION|3.5|h||norm=PT3.5H"),
        ("He won by nine and three quarter lengths.", "nine and three quarter|NUMBER|9.75||"),
        ("It is one hundred and a half.", "one hundred and a half|NUMBER|100.5||"),
        // Neighbours: ordinals stay ordinals.
        ("It was twenty-fifth in line.", "twenty-fifth|ORDINAL|25||"),
        ("It marked the hundredth anniversary.", "hundredth|ORDINAL|100||"),
        ("He finished eleventh overall.", "eleventh|ORDINAL|11||"),
        ("The fifth round starts now.", "fifth|ORDINAL|5||"),
        ("She was a tenth seed.", "tenth|ORDINAL|10||"),
        ("It was the twentieth edition.", "twentieth|ORDINAL|20||"));

    public static TheoryData<string, string> Multipliers => Rows(
        ("They sold 4 dozen eggs.", "4 dozen|NUMBER|48||"),
        ("They sold five dozens eggs.", "five dozens|NUMBER|60||"),
        ("They sold two dozen roses.", "two dozen|NUMBER|24||"),
        ("There were 415 hundred of them.", "415 hundred|NUMBER|41500||"),
        ("Fifteen hundred people came.", "Fifteen hundred|NUMBER|1500||"),
        ("Twenty-five hundred troops left.", "Twenty-five hundred|NUMBER|2500||"),
        ("It had 3.7k likes.", "3.7k|NUMBER|3700||"),
        ("It had 4.1 k likes.", "4.1 k|NUMBER|4100||"),
        ("It had 12K followers.", "12K|NUMBER|12000||"),
        ("Revenue was 2.6b this time.", "2.6b|NUMBER|2600000000||"),
        ("Revenue was 3.2B this time.", "3.2B|NUMBER|3200000000||"),
        ("It stores 20G of data.", "20G|NUMBER|20000000000||"),
        ("It stores 1.5G of data.", "1.5G|NUMBER|1500000000||"),
        ("He earned 5 lakh rupees.", "5 lakh rupees|MONEY|500000|INR|"),
        ("The film made 2 crore at the box office.", "2 crore|NUMBER|20000000||"),
        ("It cost Rs 5 crore.", "Rs 5 crore|MONEY|50000000|INR|"),
        ("It cost Rs 1.5 crore.", "Rs 1.5 crore|MONEY|15000000|INR|"),
        ("Some 3 lakhs of people came.", "3 lakhs|NUMBER|300000||around"),
        ("Half a million people came.", "Half a million|NUMBER|500000||"),
        ("Half a dozen boats sank.", "Half a dozen|NUMBER|6||"),
        ("A quarter million homes lost power.", "A quarter million|NUMBER|250000||"),
        ("It had 2 million 300 people.", "2 million|NUMBER|2000000|| ;; 300|NUMBER|300||"),
        ("It had 2 million 300 thousand users.", "2 million 300 thousand|NUMBER|2300000||"),
        ("Two million three hundred thousand people voted.", "Two million three hundred thousand|NUMBER|2300000||"),
        ("One thousand and one nights.", "One thousand and one|NUMBER|1001||"),
        ("A hundred thousand fans came.", "A hundred thousand|NUMBER|100000||"),
        ("Nine hundred and ninety-nine boats.", "Nine hundred and ninety-nine|NUMBER|999||"),
        ("Seven billion people live here.", "Seven billion|NUMBER|7000000000||"),
        ("It is 1.2 trillion strong.", "1.2 trillion|NUMBER|1200000000000||"),
        // Neighbours: network generations, labels and letters are not multipliers.
        ("They built a 4G network.", ""),
        ("Section 5b applies.", ""),
        ("The 5b clause applies.", ""),
        ("Special K sold well.", ""),
        ("Dozens of people came.", "Dozens|NUMBER|||"));

    public static TheoryData<string, string> DecimalForms => Rows(
        ("The rate was .05 today.", ".05|NUMBER|0.05|| ;; today|DATE|||"),
        ("The average was .375 this year.", ".375|NUMBER|0.375|| ;; this year|DATE|||"),
        ("He batted .312 last season.", ".312|NUMBER|0.312||"),
        ("It rose .5% overnight.", ".5%|PERCENT|0.5|%|"),
        ("The odds were (.25) at best.", ".25|NUMBER|0.25||"),
        ("They counted 2e9 stars.", "2e9|NUMBER|2000000000||"),
        ("The change was -15e-2 today.", "-15e-2|NUMBER|-0.15|| ;; today|DATE|||"),
        ("The debt was 4.5e+12 overall.", "4.5e+12|NUMBER|4500000000000||"),
        ("The mass was 6.02E23 units.", "6.02E23|NUMBER|602000000000000000000000||"),
        ("The error was 1e-3 at most.", "1e-3|NUMBER|0.001||"),
        ("It was 3.0e2 in total.", "3.0e2|NUMBER|300||"),
        ("A value of 2.5e0 was found.", "2.5e0|NUMBER|2.5||"),
        ("It measured 7E-4 overall.", "7E-4|NUMBER|0.0007||"),
        ("The sum was 1,234.5 overall.", "1,234.5|NUMBER|1234.5||"),
        ("It was 0.5 today.", "0.5|NUMBER|0.5|| ;; today|DATE|||"),
        ("It was 10.25 today.", "10.25|NUMBER|10.25|| ;; today|DATE|||"),
        ("Prices are $.99 each.", "$.99|MONEY|0.99|USD|"),
        // Neighbours: versions, hex codes, sentence ends and unit letters are not decimals or exponents.
        ("Install version 2.5.1 today.", "today|DATE|||"),
        ("The code 3e4f was wrong.", ""),
        ("The hash 5e is short.", ""),
        ("It ended in 2023. 5 people left.", "2023|DATE|2023|||norm=2023 ;; 5|NUMBER|5||"),
        ("Revenue was 1e400 dollars.", ""),
        ("It was 1e30 times larger.", ""),
        ("Tiny: 1e-25 overall.", ""));

    public static TheoryData<string, string> SignedAndSpoken => Rows(
        ("It was minus seven percent.", "minus seven percent|PERCENT|-7|%|"),
        ("It was negative 3 overall.", "negative 3|NUMBER|-3||"),
        ("It was three hundred point zero six.", "three hundred point zero six|NUMBER|300.06||"),
        ("It was sixty - four.", "sixty - four|NUMBER|64||"),
        ("It fell to minus 5 overnight.", "minus 5|NUMBER|-5||"),
        ("Growth was negative 0.5% last quarter.", "negative 0.5%|PERCENT|-0.5|%|"),
        ("It cost minus £5m.", "minus £5m|MONEY|-5000000|GBP|"),
        ("The balance was minus $200.", "minus $200|MONEY|-200|USD|"),
        ("It was minus twenty degrees.", "minus twenty|NUMBER|-20||"),
        ("The score was negative two.", "negative two|NUMBER|-2||"),
        ("It was two point five million.", "two point five million|NUMBER|2500000||"),
        ("The rate was zero point five.", "zero point five|NUMBER|0.5||"),
        ("Shares closed at two point seventy-five.", "two point seventy-five|NUMBER|2.75||"),
        ("The yield hit four point fifteen.", "four point fifteen|NUMBER|4.15||"),
        ("Growth slowed to one point thirty five percent.", "one point thirty five percent|PERCENT|1.35|%|"),
        ("It cost three point fifty million.", "three point fifty million|NUMBER|3500000||"),
        ("At one point five people were hurt.", "one|NUMBER|1|| ;; five|NUMBER|5||"), // the idiom "at one point" is no decimal
        ("At one point twenty protesters were held.", "one|NUMBER|1|| ;; twenty|NUMBER|20||"),
        ("It was one point two five.", "one point two five|NUMBER|1.25||"),
        ("Growth was three point two percent.", "three point two percent|PERCENT|3.2|%|"),
        ("It was twenty - five.", "twenty - five|NUMBER|25||"),
        ("It was ninety – nine.", "ninety – nine|NUMBER|99||"),
        ("It was -7 today.", "-7|NUMBER|-7|| ;; today|DATE|||"),
        ("It was −7 today.", "−7|NUMBER|-7|| ;; today|DATE|||"),
        ("It rose +3 today.", "+3|NUMBER|3|| ;; today|DATE|||"),
        // Neighbours: arithmetic, adjectives and points without digit words.
        ("It was ten minus four.", "ten|NUMBER|10|| ;; four|NUMBER|4||"),
        ("It was 10 minus 4.", "10|NUMBER|10|| ;; 4|NUMBER|4||"),
        ("The effect was negative overall.", ""),
        ("At one point they left.", "one|NUMBER|1||"),
        ("It was twenty points higher.", "twenty|NUMBER|20||"),
        ("It was sixty - seventy.", "sixty - seventy|NUMBER|60|||to=70"));

    public static TheoryData<string, string> MoneyAfterTheNumber => Rows(
        ("It cost 25 € today.", "25 €|MONEY|25|EUR| ;; today|DATE|||"),
        ("It cost 25€ today.", "25€|MONEY|25|EUR| ;; today|DATE|||"),
        ("It cost 300 ₴ today.", "300 ₴|MONEY|300|UAH| ;; today|DATE|||"),
        ("It cost 75,000 ₦ today.", "75,000 ₦|MONEY|75000|NGN| ;; today|DATE|||"),
        ("It cost 80 rmb today.", "80 rmb|MONEY|80|CNY| ;; today|DATE|||"),
        ("It cost 45 usd today.", "45 usd|MONEY|45|USD| ;; today|DATE|||"),
        ("It cost 45 USD today.", "45 USD|MONEY|45|USD| ;; today|DATE|||"),
        ("It cost 12 eur today.", "12 eur|MONEY|12|EUR| ;; today|DATE|||"),
        ("It cost 1.5 million € today.", "1.5 million €|MONEY|1500000|EUR| ;; today|DATE|||"),
        ("It cost 500 £ today.", "500 £|MONEY|500|GBP| ;; today|DATE|||"),
        ("It cost 100 ₱ today.", "100 ₱|MONEY|100|PHP| ;; today|DATE|||"),
        ("It cost 20 ฿ today.", "20 ฿|MONEY|20|THB| ;; today|DATE|||"),
        ("It cost ₴300 today.", "₴300|MONEY|300|UAH| ;; today|DATE|||"),
        ("It cost ₦2bn today.", "₦2bn|MONEY|2000000000|NGN| ;; today|DATE|||"),
        ("It cost 4 dollars 25 cents.", "4 dollars 25 cents|MONEY|4.25|USD|"),
        ("It cost twelve dollars and thirty cents.", "twelve dollars and thirty cents|MONEY|12.3|USD|"),
        ("It cost 5 euros 50 cents.", "5 euros 50 cents|MONEY|5.5|EUR|"),
        ("It cost 5 pounds 50 pence.", "5 pounds 50 pence|MONEY|5.5|GBP|"),
        ("It cost ten pounds and five pence.", "ten pounds and five pence|MONEY|10.05|GBP|"),
        ("It cost 50 cents.", "50 cents|MONEY|0.5|USD|"),
        ("It cost 75 pence.", "75 pence|MONEY|0.75|GBP|"),
        ("It cost 200 hryvnias.", "200 hryvnias|MONEY|200|UAH|"),
        ("It cost 5,000 naira.", "5,000 naira|MONEY|5000|NGN|"),
        ("It cost 30 zloty.", "30 zloty|MONEY|30|PLN|"),
        ("It cost 100 dirhams.", "100 dirhams|MONEY|100|AED|"),
        ("It cost 40 riyals.", "40 riyals|MONEY|40|SAR|"),
        ("It cost one rupee.", "one rupee|MONEY|1|INR|"),
        ("It cost 3 billion roubles.", "3 billion roubles|MONEY|3000000000|RUB|"),
        ("It lent PLN 3bn to them.", "PLN 3bn|MONEY|3000000000|PLN|"),
        ("Fees were 10 to 20 €.", "10 to 20 €|MONEY|10|EUR||to=20"),
        // Neighbours: a sign glued to the next number belongs to it; cents of another currency are not added.
        ("They swapped 5 $10 bills.", "5|NUMBER|5|| ;; $10|MONEY|10|USD|"),
        ("It cost 5 pounds 50 cents.", "5 pounds|MONEY|5|GBP| ;; 50 cents|MONEY|0.5|USD|"),
        ("It cost 4 dollars 250 cents.", "4 dollars|MONEY|4|USD| ;; 250 cents|MONEY|2.5|USD|"),
        ("Apples at 4 dollars, 25 cents each.", "4 dollars|MONEY|4|USD| ;; 25 cents|MONEY|0.25|USD|"));

    public static TheoryData<string, string> PercentWords => Rows(
        ("It rose 5 percentage today.", "5 percentage|PERCENT|5|%| ;; today|DATE|||"),
        ("It rose 5 per cent.", "5 per cent|PERCENT|5|%|"),
        ("It rose 5 pc today.", "5 pc|PERCENT|5|%| ;; today|DATE|||"),
        ("It rose 5 percentage points.", "5 percentage points|PERCENT|5|pp|"),
        ("It rose 0.5 percentage point.", "0.5 percentage point|PERCENT|0.5|pp|"),
        ("It rose five percentage points.", "five percentage points|PERCENT|5|pp|"),
        ("It rose twelve per cent.", "twelve per cent|PERCENT|12|%|"),
        ("It rose 3.5pc today.", "3.5pc|PERCENT|3.5|%| ;; today|DATE|||"),
        ("It rose 7 PERCENT today.", "7 PERCENT|PERCENT|7|%| ;; today|DATE|||"),
        ("It rose 7 Per Cent today.", "7 Per Cent|PERCENT|7|%| ;; today|DATE|||"),
        ("It rose 2 pct today.", "2 pct|PERCENT|2|%| ;; today|DATE|||"),
        ("Two-thirds percent is small.", "Two-thirds percent|PERCENT|0.6667|%|"),
        ("It rose a half percent.", "half percent|PERCENT|0.5|%|"),
        ("Ten to fifteen per cent agreed.", "Ten to fifteen per cent|PERCENT|10|%||to=15"),
        ("Between 5 and 10 percentage points.", "Between 5 and 10 percentage points|PERCENT|5|pp||to=10"),
        ("It fell minus 2 percentage points.", "minus 2 percentage points|PERCENT|-2|pp|"),
        ("A 100 per cent rise.", "100 per cent|PERCENT|100|%|"),
        // Neighbours: "percentage" with no number, "per" with no "cent".
        ("The percentage rose.", ""),
        ("It costs 5 per person.", "5|NUMBER|5||"),
        ("A high percentage of 40 people.", "40|NUMBER|40||"));

    public static TheoryData<string, string> NumbersInNames => Rows(
        ("The S&P 500 fell 2%.", "2%|PERCENT|2|%|"),
        ("The iPhone 11 Pro sold well.", ""),
        ("The Boeing 787 Dreamliner flew.", ""),
        ("He joined the Big 12 last year.", "last year|DATE|||"),
        ("The G7 met in June.", "June|DATE||||norm=--06"),
        ("She runs Windows 10 at work.", ""),
        ("He won Formula 1 races.", ""),
        ("Covid-19 spread fast.", ""),
        ("Apollo 11 landed safely.", ""),
        ("Section 427 applies here.", ""),
        ("The FTSE 100 rose 1.2%.", "1.2%|PERCENT|1.2|%|"),
        ("The Nikkei 225 fell 300 points.", "300|NUMBER|300||"),
        ("Fortune 500 firms hired 20 people.", "20|NUMBER|20||"),
        ("He was jailed under Chapter 11 rules.", ""),
        ("She has Type 2 diabetes.", ""),
        ("They use Web3 tools.", ""),
        ("The Airbus A380 landed.", ""),
        ("The MH17 crash shocked many.", ""),
        ("The BBC Radio 4 show aired.", ""),
        ("He plays in Ligue 1 now.", ""),
        ("The Pac-12 collapsed.", ""),
        ("They played Game 7 tonight.", "tonight|DATE|||"),
        ("The Big 12 added 4 teams.", "4|NUMBER|4||"),
        ("Channel 4 aired 3 shows.", "3|NUMBER|3||"),
        ("The COVID-19 toll hit 500.", "500|NUMBER|500||"),
        ("Apollo 11 carried 3 men.", "3|NUMBER|3||"),
        ("A Phase 3 trial enrolled 40,000 people.", "40,000|NUMBER|40000||"),
        ("The A-10 flew 30 sorties.", "30|NUMBER|30||"),
        ("He ran Windows 10 on 2 laptops.", "2|NUMBER|2||"),
        // Neighbours: a capitalised function word before the number is no name.
        ("All 300 passengers survived.", "300|NUMBER|300||"),
        ("In 2023 prices rose.", "2023|DATE|2023|||norm=2023"),
        ("Some 40 people died.", "40|NUMBER|40||around"),
        ("With 12 seats they won.", "12|NUMBER|12||"),
        ("Only 5 remain.", "5|NUMBER|5||"),
        ("Nearly 200 came.", "200|NUMBER|200||almost"));

    public static TheoryData<string, string> AbsurdInput => Rows(
        ("A 1234567890123456789012345678901234567890123456789012345678901234567890 count.", ""),
        ("It is 1e400 big.", ""),
        ("It was -0 today.", "-0|NUMBER|0|| ;; today|DATE|||"),
        ("It was 1/0 today.", "today|DATE|||"),
        ("It was 0/0 today.", "today|DATE|||"),
        ("It is 99999999999999999999999999999 big.", ""),
        ("It is 9999999999999999999999999999 big.", "9999999999999999999999999999|NUMBER|9999999999999999999999999999||"),
        ("It is 79228162514264337593543950335bn big.", ""),
        ("It is £99999999999999999999tn big.", ""),
        ("It is 1e-400 small.", ""),
        ("It is 0.00000000000000000000000000001 small.", ""),
        ("It was 5e99999 then.", ""),
        ("and and and and and and and and and and", ""),
        ("one and and and two", "one|NUMBER|1|| ;; two|NUMBER|2||"),
        ("hundred and and and", ""),
        ("point point point five", "five|NUMBER|5||"),
        ("minus minus minus 5", "minus 5|NUMBER|-5||"),
        ("$$$$$ 5", "$ 5|MONEY|5|USD|"),
        ("%%% 5 %%%", "5 %|PERCENT|5|%|"),
        ("1/2/3/4/5/6 were listed.", ""),
        ("--5 was odd.", "5|NUMBER|5||"),
        ("e9 and E3 are labels.", ""));
}
