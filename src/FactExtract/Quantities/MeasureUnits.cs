using System.Collections.Frozen;

namespace FactExtract.Quantities;

/// <summary>
/// A unit of a MEASURE or DURATION: its standard symbol, the base unit of its dimension, and the
/// factor to it (null when the conversion is not exact, as for °F to °C). For durations
/// <see cref="IsoUnit"/> is the ISO 8601 unit (days, hours) and <see cref="IsoFactor"/> how many of it one unit is.
/// </summary>
internal sealed record UnitInfo(string Symbol, string BaseSymbol, decimal? Factor, DurationUnit? IsoUnit = null, decimal IsoFactor = 1)
{
    public bool IsDuration => IsoUnit is not null;
}

/// <summary>
/// The units a MEASURE or DURATION can carry, looked up by the word or symbol as written (case matters for
/// symbols: "MB" is megabytes, "mb" nothing; words are looked up in lower case). The base units are SI or
/// customary: m, m², l, l/d, kg, °C, km/h, km/l, W, Wh, B.
/// </summary>
internal static class MeasureUnits
{
    private static readonly FrozenDictionary<string, UnitInfo> Symbols;
    private static readonly FrozenDictionary<string, UnitInfo>.AlternateLookup<ReadOnlySpan<char>> SymbolLookup;
    private static readonly WordTable<UnitInfo> WordLookup;

    static MeasureUnits()
    {
        var symbols = new Dictionary<string, UnitInfo>(StringComparer.Ordinal);
        var words = new Dictionary<string, UnitInfo>(StringComparer.OrdinalIgnoreCase);
        void Unit(string symbol, string baseSymbol, decimal? factor, string[] symbolForms, string[] wordForms)
        {
            var info = new UnitInfo(symbol, baseSymbol, factor);
            foreach (var s in symbolForms) symbols[s] = info;
            foreach (var w in wordForms) words[w] = info;
        }
        void Duration(string symbol, DurationUnit isoUnit, decimal isoFactor, string[] symbolForms, string[] wordForms)
        {
            var info = new UnitInfo(symbol, symbol, 1, isoUnit, isoFactor);
            foreach (var s in symbolForms) symbols[s] = info;
            foreach (var w in wordForms) words[w] = info;
        }
        Unit("km", "m", 1000, ["km"], ["kilometre", "kilometres", "kilometer", "kilometers"]);
        Unit("m", "m", 1, [], ["metre", "metres", "meter", "meters"]);
        Unit("cm", "m", 0.01m, ["cm"], ["centimetre", "centimetres", "centimeter", "centimeters"]);
        Unit("mm", "m", 0.001m, ["mm"], ["millimetre", "millimetres", "millimeter", "millimeters"]);
        Unit("mi", "m", 1609.344m, ["mi"], ["mile", "miles"]);
        Unit("ft", "m", 0.3048m, ["ft"], ["foot", "feet"]);
        Unit("in", "m", 0.0254m, ["in"], ["inch", "inches"]);
        Unit("yd", "m", 0.9144m, ["yd"], ["yard", "yards"]);
        Unit("ha", "m²", 10000, ["ha"], ["hectare", "hectares"]);
        Unit("ac", "m²", 4046.8564224m, [], ["acre", "acres"]);
        Unit("km²", "m²", 1_000_000, ["km2", "km²", "sq km"], ["square kilometre", "square kilometres", "square kilometer", "square kilometers"]);
        Unit("m²", "m²", 1, ["m2", "m²", "sq m"], ["square metre", "square metres", "square meter", "square meters"]);
        Unit("mi²", "m²", 2_589_988.110336m, ["sq mi"], ["square mile", "square miles"]);
        Unit("l", "l", 1, ["l", "L"], ["litre", "litres", "liter", "liters"]);
        Unit("ml", "l", 0.001m, ["ml", "mL"], ["millilitre", "millilitres", "milliliter", "milliliters"]);
        Unit("gal", "l", 3.785411784m, ["gal"], ["gallon", "gallons"]);
        Unit("bbl", "l", 158.987294928m, ["bbl"], ["barrel", "barrels"]);
        Unit("bbl/d", "l/d", 158.987294928m, ["bpd", "b/d"], ["barrels per day", "barrels a day", "barrel per day"]);
        Unit("m³", "l", 1000, ["m3", "m³"], ["cubic metre", "cubic metres", "cubic meter", "cubic meters"]);
        Unit("ft³", "l", 28.316846592m, ["ft3", "ft³", "cu ft"], ["cubic foot", "cubic feet"]);
        Unit("kg", "kg", 1, ["kg"], ["kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"]);
        Unit("g", "kg", 0.001m, ["g"], ["gram", "grams", "gramme", "grammes"]);
        Unit("mg", "kg", 0.000001m, ["mg"], ["milligram", "milligrams"]);
        Unit("µg", "kg", 0.000000001m, ["µg", "μg", "mcg"], ["microgram", "micrograms", "microgramme", "microgrammes"]);
        Unit("t", "kg", 1000, ["t"], ["tonne", "tonnes", "metric ton", "metric tons"]);
        Unit("ton", "kg", 907.18474m, [], ["ton", "tons"]);
        Unit("lb", "kg", 0.45359237m, ["lb", "lbs"], []);
        Unit("oz", "kg", 0.028349523125m, ["oz"], ["ounce", "ounces"]);
        Unit("°C", "°C", 1, ["°C", "C", "℃"], ["degrees Celsius", "degree Celsius", "degrees centigrade", "degrees C", "Celsius"]);
        Unit("°F", "°C", null, ["°F", "F", "℉"], ["degrees Fahrenheit", "degree Fahrenheit", "degrees F", "Fahrenheit"]);
        Unit("km/h", "km/h", 1, ["km/h", "kph", "kmh", "kmph"], ["kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour"]);
        Unit("mph", "km/h", 1.609344m, ["mph"], ["miles per hour", "miles an hour"]);
        Unit("kn", "km/h", 1.852m, ["kn", "kt"], ["knot", "knots"]);
        // No exact conversion: an American gallon is 3.785 l, a British one 4.546 l, and the text rarely says which.
        Unit("mpg", "km/l", null, ["mpg"], ["miles per gallon", "miles to the gallon"]);
        Unit("W", "W", 1, ["W"], ["watt", "watts"]);
        Unit("kW", "W", 1000, ["kW", "kw"], ["kilowatt", "kilowatts"]);
        Unit("MW", "W", 1_000_000, ["MW"], ["megawatt", "megawatts"]);
        Unit("GW", "W", 1_000_000_000, ["GW"], ["gigawatt", "gigawatts"]);
        Unit("TW", "W", 1_000_000_000_000, ["TW"], ["terawatt", "terawatts"]);
        Unit("kWh", "Wh", 1000, ["kWh"], ["kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours"]);
        Unit("MWh", "Wh", 1_000_000, ["MWh"], ["megawatt-hour", "megawatt-hours", "megawatt hours"]);
        Unit("GWh", "Wh", 1_000_000_000, ["GWh"], ["gigawatt-hour", "gigawatt-hours", "gigawatt hours"]);
        Unit("TWh", "Wh", 1_000_000_000_000, ["TWh"], ["terawatt-hour", "terawatt-hours", "terawatt hours"]);
        Unit("KB", "B", 1000, ["KB", "kB"], ["kilobyte", "kilobytes"]);
        Unit("MB", "B", 1_000_000, ["MB"], ["megabyte", "megabytes"]);
        Unit("GB", "B", 1_000_000_000, ["GB"], ["gigabyte", "gigabytes"]);
        Unit("TB", "B", 1_000_000_000_000, ["TB"], ["terabyte", "terabytes"]);
        Unit("PB", "B", 1_000_000_000_000_000, ["PB"], ["petabyte", "petabytes"]);
        Unit("magnitude", "magnitude", 1, [], ["magnitude"]);
        Duration("s", DurationUnit.Seconds, 1, ["sec", "secs"], ["second", "seconds"]);
        Duration("min", DurationUnit.Minutes, 1, ["min", "mins"], ["minute", "minutes"]);
        Duration("h", DurationUnit.Hours, 1, ["hr", "hrs"], ["hour", "hours"]);
        Duration("d", DurationUnit.Days, 1, [], ["day", "days"]);
        Duration("wk", DurationUnit.Weeks, 1, [], ["week", "weeks"]);
        Duration("fortnight", DurationUnit.Days, 14, [], ["fortnight", "fortnights"]);
        Duration("mo", DurationUnit.Months, 1, [], ["month", "months"]);
        Duration("yr", DurationUnit.Years, 1, ["yr", "yrs"], ["year", "years"]);
        Duration("decade", DurationUnit.Years, 10, [], ["decade", "decades"]);
        Duration("century", DurationUnit.Years, 100, [], ["century", "centuries"]);
        Symbols = symbols.ToFrozenDictionary(StringComparer.Ordinal);
        SymbolLookup = Symbols.GetAlternateLookup<ReadOnlySpan<char>>();
        WordLookup = new WordTable<UnitInfo>(words);
    }

    /// <summary>A unit written as a symbol, glued to the digits or after them ("10km", "5 GB", "40°C"); case-sensitive.</summary>
    public static UnitInfo? FromSymbol(ReadOnlySpan<char> symbol) => SymbolLookup.TryGetValue(symbol, out var u) ? u : null;

    /// <summary>A unit written as words ("kilometres", "degrees Celsius", "miles per hour"); case-insensitive.</summary>
    public static UnitInfo? FromWords(ReadOnlySpan<char> words) => WordLookup.TryGetValue(words, out var u) ? u : null;

    /// <summary>The value in the dimension's base unit (42 km: 42000 m); null for a duration, or when the conversion is not exact or overflows.</summary>
    public static Measurement? InBaseUnit(decimal value, UnitInfo unit)
    {
        if (unit.IsDuration || unit.Factor is not { } factor) return null;
        if (Math.Abs(value) >= 1_000_000_000_000_000m && factor > 1) return null;
        return new Measurement(NumberParser.Normalize(value * factor), unit.BaseSymbol);
    }

    /// <summary>A duration in its ISO 8601 unit: 10 days, 5 hours, 18 months; a decade is 10 years. Null for another unit, or a negative or huge amount.</summary>
    public static IsoDuration? AsDuration(decimal value, UnitInfo unit)
    {
        if (unit.IsoUnit is not { } isoUnit || value < 0 || value >= 1_000_000_000_000m) return null;
        return new IsoDuration(NumberParser.Normalize(value * unit.IsoFactor), isoUnit);
    }
}
