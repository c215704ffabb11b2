namespace FactExtract.Tests.Quantities;

// Fifth batch (issue #16): MEASURE (value in the stated unit, unit a standard symbol, normalized in the
// base unit when the conversion is exact) and DURATION (normalized ISO 8601). Row format as in
// QuantityExtractorTests.Data.cs.
public sealed partial class QuantityExtractorTests
{
    [Theory]
    [MemberData(nameof(Measures))]
    public void Measurements_HaveAUnitSymbolAndABaseValue(string text, string expected) => QuantityAssert.Matches(text, expected);

    [Theory]
    [MemberData(nameof(Durations))]
    public void Durations_AreIso8601(string text, string expected) => QuantityAssert.Matches(text, expected);

    public static TheoryData<string, string> Measures => Rows(
        ("It holds 250ml of milk.", "250ml|MEASURE|250|ml||norm=0.25 l"),
        ("He ran 42km in all.", "42km|MEASURE|42|km||norm=42000 m"),
        ("It hit 40C in Seville.", "40C|MEASURE|40|°C||norm=40 °C"),
        ("The car reached 300 mph on the track.", "300 mph|MEASURE|300|mph||norm=482.8032 km/h"),
        ("The plant makes 1.5 MW of power.", "1.5 MW|MEASURE|1.5|MW||norm=1500000 W"),
        ("The phone has 5 GB of storage.", "5 GB|MEASURE|5|GB||norm=5000000000 B"),
        ("The fire burned 2,000 hectares of forest.", "2,000 hectares|MEASURE|2000|ha||norm=20000000 m²"),
        ("A 7.8-magnitude earthquake struck.", "7.8-magnitude|MEASURE|7.8|magnitude||norm=7.8 magnitude"),
        ("A magnitude 6.8 earthquake struck.", "magnitude 6.8|MEASURE|6.8|magnitude||norm=6.8 magnitude"),
        ("It was a 1.5-metre wall.", "1.5-metre|MEASURE|1.5|m||norm=1.5 m"), // like "10km": a number-unit compound measures
        ("He won the 10-km race.", "10-km|MEASURE|10|km||norm=10000 m"),
        ("They bought a 4,325-acre ranch.", "4,325-acre|MEASURE|4325|ac||norm=17502654.02688 m²"),
        ("Crews cleared a six-mile stretch of road.", "six-mile|MEASURE|6|mi||norm=9656.064 m"),
        ("A three-ton truck overturned.", "three-ton|MEASURE|3|ton||norm=2721.55422 kg"),
        ("They built a twenty-five-foot wall.", "twenty-five-foot|MEASURE|25|ft||norm=7.62 m"),
        ("They held a two-day summit.", "two|NUMBER|2||"),
        ("It joined a five-member panel.", "five|NUMBER|5||"),
        ("It was 40 degrees Celsius outside.", "40 degrees Celsius|MEASURE|40|°C||norm=40 °C"),
        ("It was 100°F outside.", "100°F|MEASURE|100|°F|"),
        ("It was 25°C outside.", "25°C|MEASURE|25|°C||norm=25 °C"),
        ("It was -5°C at night.", "-5°C|MEASURE|-5|°C||norm=-5 °C"),
        ("It is 6.6 billion kilometres away.", "6.6 billion kilometres|MEASURE|6600000000|km||norm=6600000000000 m"),
        ("Winds reached 85 mph overnight.", "85 mph|MEASURE|85|mph||norm=136.79424 km/h"),
        ("It is about 60 km away.", "60 km|MEASURE|60|km|around|norm=60000 m"),
        ("Output hit 57.1 billion tonnes.", "57.1 billion tonnes|MEASURE|57100000000|t||norm=57100000000000 kg"),
        ("It weighs 5kg.", "5kg|MEASURE|5|kg||norm=5 kg"),
        ("It weighs 12 kilograms.", "12 kilograms|MEASURE|12|kg||norm=12 kg"),
        ("It weighs 300 grams.", "300 grams|MEASURE|300|g||norm=0.3 kg"),
        ("It weighs 2 pounds.", "2 pounds|MONEY|2|GBP|"),
        ("It weighs 4 lbs.", "4 lbs|MEASURE|4|lb||norm=1.81436948 kg"),
        ("It weighs 8 ounces.", "8 ounces|MEASURE|8|oz||norm=0.226796185 kg"),
        ("It moved 10 miles north.", "10 miles|MEASURE|10|mi||norm=16093.44 m"),
        ("The wall is 3 metres high.", "3 metres|MEASURE|3|m||norm=3 m"),
        ("The wall is 30 feet high.", "30 feet|MEASURE|30|ft||norm=9.144 m"),
        ("The pipe is 12 inches wide.", "12 inches|MEASURE|12|in||norm=0.3048 m"),
        ("The gap is 5 mm wide.", "5 mm|MEASURE|5|mm||norm=0.005 m"),
        ("The gap is 2.5 cm wide.", "2.5 cm|MEASURE|2.5|cm||norm=0.025 m"),
        ("The farm covers 500 acres.", "500 acres|MEASURE|500|ac||norm=2023428.2112 m²"),
        ("The park covers 85 square metres.", "85 square metres|MEASURE|85|m²||norm=85 m²"),
        ("The zone covers 30 square kilometres.", "30 square kilometres|MEASURE|30|km²||norm=30000000 m²"),
        ("The tank holds 40 litres.", "40 litres|MEASURE|40|l||norm=40 l"),
        ("They pump 2 million barrels a day.", "2 million barrels|MEASURE|2000000|bbl||norm=317974589.856 l"),
        ("The car does 10 gallons.", "10 gallons|MEASURE|10|gal||norm=37.85411784 l"),
        ("The dam holds 5 cubic metres.", "5 cubic metres|MEASURE|5|m³||norm=5000 l"),
        ("Reserves stood at 1.2 trillion cubic feet of gas.", "1.2 trillion cubic feet|MEASURE|1200000000000|ft³||norm=33980215910400 l"),
        ("It flew at 500 km/h overhead.", "500 km/h|MEASURE|500|km/h||norm=500 km/h"),
        ("It sailed at 20 knots.", "20 knots|MEASURE|20|kn||norm=37.04 km/h"),
        ("It flew at 3.5mph overhead.", "3.5mph|MEASURE|3.5|mph||norm=5.632704 km/h"),
        ("It ran 10 miles per hour.", "10 miles per hour|MEASURE|10|mph||norm=16.09344 km/h"),
        ("The farm makes 2 GW of power.", "2 GW|MEASURE|2|GW||norm=2000000000 W"),
        ("Homes use 3,000 kWh a year.", "3,000 kWh|MEASURE|3000|kWh||norm=3000000 Wh"),
        ("The turbine makes 15 megawatts.", "15 megawatts|MEASURE|15|MW||norm=15000000 W"),
        ("The file is 700 MB in size.", "700 MB|MEASURE|700|MB||norm=700000000 B"),
        ("The drive holds 2 TB of files.", "2 TB|MEASURE|2|TB||norm=2000000000000 B"),
        ("It weighs 50 tons.", "50 tons|MEASURE|50|ton||norm=45359.237 kg"),
        ("The field is 100 yards long.", "100 yards|MEASURE|100|yd||norm=91.44 m"),
        ("Temperatures hit 10 °C today.", "10 °C|MEASURE|10|°C||norm=10 °C ;; today|DATE|||"),
        ("It was between 2.6 and 3.1 degrees Celsius.", "between 2.6 and 3.1 degrees Celsius|MEASURE|2.6|°C||to=3.1"),
        ("It ran 10 to 20 km.", "10 to 20 km|MEASURE|10|km||to=20"),
        ("It ran 5km to 10km.", "5km|MEASURE|5|km||norm=5000 m ;; 10km|MEASURE|10|km||norm=10000 m"),
        ("Up to 400 million tonnes of waste.", "400 million tonnes|MEASURE|400000000|t|up to|norm=400000000000 kg"),
        // Neighbours: letters that are not units, and bare degrees.
        ("Warming of up to 2.9 degrees is forecast.", "2.9|NUMBER|2.9||up to"),
        ("He lives 5 in a row.", "5|NUMBER|5||"),
        ("Group 5 C played.", ""),
        ("They built a 5G network.", ""),
        ("Rates were cut by 25bp.", "25bp|PERCENT|25|bp|"),
        ("He ran a 10km-long race.", "10|NUMBER|10||"),
        ("It has 5 m users.", "5|NUMBER|5||"),
        ("The 1998C table row.", "1998|NUMBER|1998||"));

    public static TheoryData<string, string> Durations => Rows(
        ("It lasted ten days.", "ten days|DURATION|10|d||norm=P10D"),
        ("He waited five hours.", "five hours|DURATION|5|h||norm=PT5H"),
        ("It took a decade.", "a decade|DURATION|1|decade||norm=P10Y"),
        ("He served 18 months in jail.", "18 months|DURATION|18|mo||norm=P18M"),
        ("He was jailed for eight years.", "eight years|DURATION|8|yr||norm=P8Y"),
        ("It took 10-20 minutes.", "10-20 minutes|DURATION|10|min||to=20"),
        ("It took 45 minutes.", "45 minutes|DURATION|45|min||norm=PT45M"),
        ("It took 30 seconds.", "30 seconds|DURATION|30|s||norm=PT30S"),
        ("It took six weeks.", "six weeks|DURATION|6|wk||norm=P6W"),
        ("It took two decades.", "two decades|DURATION|2|decade||norm=P20Y"),
        ("It took a century.", "a century|DURATION|1|century||norm=P100Y"),
        ("It took a fortnight.", "a fortnight|DURATION|1|fortnight||norm=P14D"),
        ("It took three centuries.", "three centuries|DURATION|3|century||norm=P300Y"),
        ("It took three and a half years.", "three and a half years|DURATION|3.5|yr||norm=P3.5Y"),
        ("It took 2.5 hours.", "2.5 hours|DURATION|2.5|h||norm=PT2.5H"),
        ("It took 90 mins.", "90 mins|DURATION|90|min||norm=PT90M"),
        ("It took 3 hrs.", "3 hrs|DURATION|3|h||norm=PT3H"),
        ("In 10 years' time it ends.", "10 years|DURATION|10|yr||norm=P10Y"),
        ("It ran for more than 40 days.", "40 days|DURATION|40|d|more than|norm=P40D"),
        ("It took about two weeks.", "two weeks|DURATION|2|wk|around|norm=P2W"),
        ("It took 24 hours.", "24 hours|DURATION|24|h||norm=PT24H"),
        ("It took one year.", "one year|DURATION|1|yr||norm=P1Y"),
        ("It took 100 days.", "100 days|DURATION|100|d||norm=P100D"),
        ("It lasted 5 to 10 years.", "5 to 10 years|DURATION|5|yr||to=10"),
        ("He was sentenced to four years.", "four years|DURATION|4|yr||norm=P4Y"),
        ("Prices rose 5% in 10 years.", "5%|PERCENT|5|%| ;; 10 years|DURATION|10|yr||norm=P10Y"),
        // Neighbours: compounds, rates, ordinals and dates are not durations.
        ("The 30-year-old man left.", "30|NUMBER|30||"),
        ("He made a two-day visit.", "two|NUMBER|2||"),
        ("It cost $5 a day.", "$5|MONEY|5|USD|"),
        ("It was a year of change.", ""),
        ("It was the second day.", "second|ORDINAL|2||"),
        ("The 1990s were calm.", "1990s|DATE|1990|||norm=1990/1999|to=1999"),
        ("It was 2023 years ago.", "2023 years|DURATION|2023|yr||norm=P2023Y"));
}
