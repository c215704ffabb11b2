using FactExtract.Lang;

namespace FactExtract.Quantities;

/// <summary>What a word can contribute to a quantity; a word may have several roles ("third").</summary>
[Flags]
internal enum WordClass : ulong
{
    None = 0,
    Unit = 1 << 0,            // one .. nineteen, zero
    Tens = 1 << 1,            // twenty .. ninety
    Scale = 1 << 2,           // hundred, thousand, million, bn ...
    Ordinal = 1 << 3,         // first, twentieth, hundredth: Value is the number
    Denominator = 1 << 4,     // half, third(s), quarter(s): Value is the denominator
    Plural = 1 << 5,          // thirds, quarters, halves
    Vague = 1 << 6,           // dozens, hundreds, thousands, tens: "hundreds of thousands"
    Dozen = 1 << 7,
    Month = 1 << 8,           // Value is the month number
    Abbreviation = 1 << 9,    // Aug, Sept: may be followed by "."
    PercentWord = 1 << 10,    // percent, pct
    Per = 1 << 11,
    Cent = 1 << 12,           // the "cent" of "per cent"
    Percentage = 1 << 13,
    Point = 1 << 14,          // point(s) of "percentage points"
    Currency = 1 << 15,       // pounds, euros; Text is the ISO code
    MinorCurrency = 1 << 16,  // pence, cents; Text is the ISO code, Value the divisor
    CurrencyModifier = 1 << 17, // US, Swiss, Hong (Kong): Text is the ISO code it selects
    YearContext = 1 << 18,    // in, since, by ...: a following 4-digit number is a year
    Article = 1 << 19,        // a, an
    And = 1 << 20,
    PronounContext = 1 << 21, // "no one", "this one": the next "one" is a pronoun
    CountNoun = 1 << 22,      // people, men: "2023 people" is a count, not a year
    ScoreContext = 1 << 23,   // won, beat, victory: "3-1" next to these is a score
    DatePrefix = 1 << 24,     // mid, early, late in "mid-1990s"
    Of = 1 << 25,
    Between = 1 << 26,
    To = 1 << 27,
    From = 1 << 28,
    ChangeContext = 1 << 29,  // rose, fell, by: "rose 5% to 20%" is a change, not a range
    FunctionWord = 1 << 30,   // all, just, with: a capitalised one before a number is no name ("All 300 passengers")
    TimeWord = 1u << 31,      // a.m., GMT: "7 a.m." is a clock time, not a count
    PronounAdjective = 1ul << 32, // "the only one", "the last one": an adjective after a determiner
    Several = 1ul << 33,      // several, few: "several hundred", "a few thousand" are counts without a value
    SignWord = 1ul << 34,     // minus, negative: "minus seven percent"
    Weekday = 1ul << 35,      // Monday .. Sunday: Value is the ISO day number (1 = Monday)
    DayWord = 1ul << 36,      // yesterday, today, tonight, tomorrow: Value is the offset in days (+1 is added so 0 is no entry)
    RelativeWord = 1ul << 37, // last, this, next, coming: Value is the direction (+1 is added: last 0, this 1, next 2)
    PeriodWord = 1ul << 38,   // week, month, year: Text is "W", "M" or "Y"
    Basis = 1ul << 39,        // the "basis" of "basis points"
    BasisPoints = 1ul << 40,  // bp, bps: "25 bps"
}

/// <summary>One lexicon entry: the classes of a word and its number (or ISO code).</summary>
internal readonly record struct WordInfo(WordClass Class, decimal Value, string? Text = null)
{
    public bool Is(WordClass c) => (Class & c) != 0;
}

/// <summary>
/// The quantity lexicon, looked up case-insensitively straight from a <see cref="ReadOnlySpan{Char}"/>
/// so scanning a document allocates nothing per word.
/// </summary>
internal static class NumberWords
{
    /// <summary>The lexicon's entries by number; entry <see cref="NoEntry"/> is the empty one of a word not in it.</summary>
    private static readonly WordInfo[] Entries;
    private static readonly WordTable<ushort> Lexicon;

    public const ushort NoEntry = 0;

    static NumberWords()
    {
        var words = Build();
        Entries = [default, .. words.Values];
        Lexicon = new WordTable<ushort>(words.Keys.Select((word, i) => KeyValuePair.Create(word, checked((ushort)(i + 1)))));
    }

    public static WordInfo Get(ReadOnlySpan<char> word) => Entries[Find(word)];

    /// <summary>The number of the entry of <paramref name="word"/> (case-insensitive), or <see cref="NoEntry"/>.</summary>
    public static ushort Find(ReadOnlySpan<char> word) => Lexicon.TryGetValue(word, out var entry) ? entry : NoEntry;

    /// <summary><see cref="Find"/> for a word of ASCII characters whose <see cref="WordTable{TValue}.AddAsciiLetter"/> hash is known.</summary>
    public static ushort FindAscii(ReadOnlySpan<char> word, uint hash) => Lexicon.TryGetAsciiValue(word, hash, out var entry) ? entry : NoEntry;

    public static ref readonly WordInfo Entry(ushort entry) => ref Entries[entry];

    private static Dictionary<string, WordInfo> Build()
    {
        var d = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        void Add(string word, WordClass c, decimal value = 0, string? text = null)
        {
            // A word with several roles merges its classes; the first non-zero value wins.
            if (d.TryGetValue(word, out var old))
                d[word] = new WordInfo(old.Class | c, old.Value != 0 ? old.Value : value, old.Text ?? text);
            else
                d[word] = new WordInfo(c, value, text);
        }

        var units = English.CardinalUnits;
        for (int i = 0; i < units.Length; i++) Add(units[i], WordClass.Unit, i);
        var tens = English.CardinalTens;
        for (int i = 0; i < tens.Length; i++) Add(tens[i], WordClass.Tens, (i + 2) * 10);

        var unitOrdinals = English.OrdinalUnits;
        for (int i = 1; i < unitOrdinals.Length; i++) Add(unitOrdinals[i], WordClass.Ordinal, i);
        var tensOrdinals = English.OrdinalTens;
        for (int i = 0; i < tensOrdinals.Length; i++) Add(tensOrdinals[i], WordClass.Ordinal, (i + 2) * 10);
        foreach (var (w, scale) in (ReadOnlySpan<(string, decimal)>)[("hundredth", 100m), ("thousandth", 1000m), ("millionth", 1_000_000m),
            ("billionth", 1_000_000_000m), ("trillionth", 1_000_000_000_000m)])
        {
            Add(w, WordClass.Ordinal | WordClass.Denominator, scale);
            Add(w + "s", WordClass.Denominator | WordClass.Plural, scale);
        }

        // Fractions: "third" is both an ordinal and a denominator; the extractor decides by context.
        // "second" is not a denominator: "a second" is a unit of time, "two seconds" too.
        for (int i = 3; i < unitOrdinals.Length; i++)
        {
            Add(unitOrdinals[i], WordClass.Denominator, i);
            Add(unitOrdinals[i] + "s", WordClass.Denominator | WordClass.Plural, i);
        }
        for (int i = 0; i < tensOrdinals.Length; i++)
        {
            Add(tensOrdinals[i], WordClass.Denominator, (i + 2) * 10);
            Add(tensOrdinals[i] + "s", WordClass.Denominator | WordClass.Plural, (i + 2) * 10);
        }
        Add("half", WordClass.Denominator, 2);
        Add("halves", WordClass.Denominator | WordClass.Plural, 2);
        Add("quarter", WordClass.Denominator, 4);
        Add("quarters", WordClass.Denominator | WordClass.Plural, 4);

        Add("hundred", WordClass.Scale, 100);
        Add("thousand", WordClass.Scale, 1000);
        Add("million", WordClass.Scale, 1_000_000);
        Add("mln", WordClass.Scale, 1_000_000);
        Add("mn", WordClass.Scale, 1_000_000);
        Add("billion", WordClass.Scale, 1_000_000_000);
        Add("bn", WordClass.Scale, 1_000_000_000);
        Add("bln", WordClass.Scale, 1_000_000_000);
        Add("trillion", WordClass.Scale, 1_000_000_000_000);
        Add("tn", WordClass.Scale, 1_000_000_000_000);
        // South Asian scales: "5 lakh" (100,000), "2 crore" (10 million); "4.1 k" as "4.1k" is.
        Add("lakh", WordClass.Scale, 100_000);
        Add("lakhs", WordClass.Scale, 100_000);
        Add("crore", WordClass.Scale, 10_000_000);
        Add("crores", WordClass.Scale, 10_000_000);
        Add("k", WordClass.Scale, 1000);
        Add("dozen", WordClass.Dozen, 12);
        Add("dozens", WordClass.Dozen | WordClass.Plural, 12); // "five dozens"; alone, "dozens of" is vague
        Add("minus", WordClass.SignWord);
        Add("negative", WordClass.SignWord);
        Add("several", WordClass.Several);
        Add("few", WordClass.Several);
        foreach (var w in (string[])["dozens", "tens", "hundreds", "thousands", "millions", "billions"])
            Add(w, WordClass.Vague);

        foreach (var (w, month, abbreviation) in English.MonthWords)
            Add(w, abbreviation ? WordClass.Month | WordClass.Abbreviation : WordClass.Month, month);
        var weekdays = English.DayNames;
        for (int i = 0; i < weekdays.Length; i++) Add(weekdays[i], WordClass.Weekday, i + 1);
        foreach (var (w, offset) in English.RelativeDays) Add(w, WordClass.DayWord, offset + 1);
        foreach (var (w, direction) in English.RelativeDirections) Add(w, WordClass.RelativeWord, direction + 1);
        foreach (var (w, period) in English.CalendarPeriods) Add(w, WordClass.PeriodWord, 0, period);

        Add("percent", WordClass.PercentWord);
        Add("pct", WordClass.PercentWord);
        Add("pc", WordClass.PercentWord); // "17 pc", as "17pc" is
        Add("per", WordClass.Per);
        Add("cent", WordClass.Cent | WordClass.MinorCurrency, 100, "USD");
        Add("percentage", WordClass.Percentage);
        Add("point", WordClass.Point);
        Add("points", WordClass.Point);
        Add("basis", WordClass.Basis);
        Add("bp", WordClass.BasisPoints);
        Add("bps", WordClass.BasisPoints);

        foreach (var (w, iso) in (ReadOnlySpan<(string, string)>)[
            ("pound", "GBP"), ("pounds", "GBP"), ("sterling", "GBP"), ("stg", "GBP"), ("euro", "EUR"), ("euros", "EUR"),
            ("dollar", "USD"), ("dollars", "USD"), ("yen", "JPY"), ("yuan", "CNY"), ("renminbi", "CNY"),
            ("franc", "FRF"), ("francs", "FRF"), ("mark", "DEM"), ("marks", "DEM"), ("deutschmarks", "DEM"),
            ("lira", "ITL"), ("lire", "ITL"), ("guilders", "NLG"), ("pesetas", "ESP"), ("rupees", "INR"),
            ("roubles", "RUB"), ("rubles", "RUB"), ("rand", "ZAR"), ("pesos", "MXN"), ("crowns", "SEK"),
            ("schillings", "ATS"), ("markka", "FIM"), ("ringgit", "MYR"), ("baht", "THB"), ("rupiah", "IDR"),
            ("zlotys", "PLN"), ("forints", "HUF"), ("drachmas", "GRD"), ("escudos", "PTE"), ("kroner", "DKK"),
            ("kronor", "SEK"), ("shekels", "ILS"), ("dinars", "DZD"),
            ("rupee", "INR"), ("rouble", "RUB"), ("ruble", "RUB"), ("shekel", "ILS"), ("zloty", "PLN"), ("forint", "HUF"),
            ("hryvnia", "UAH"), ("hryvnias", "UAH"), ("hryvnas", "UAH"), ("naira", "NGN"), ("cedis", "GHS"), ("rands", "ZAR"),
            ("dirham", "AED"), ("dirhams", "AED"), ("riyal", "SAR"), ("riyals", "SAR"), ("rial", "IRR"), ("rials", "IRR"),
            ("koruna", "CZK"), ("korunas", "CZK"), ("leu", "RON"), ("lei", "RON"), ("leva", "BGN"), ("taka", "BDT"),
            ("kwacha", "ZMW"), ("kuna", "HRK"), ("shillings", "KES"), ("kronur", "ISK"), ("krona", "SEK"), ("krone", "NOK"), ("reais", "BRL"),
            ("rmb", "CNY"), ("RMB", "CNY"), ("UAH", "UAH"), ("NGN", "NGN"), ("PLN", "PLN"), ("CZK", "CZK"), ("HUF", "HUF"),
            ("ILS", "ILS"), ("THB", "THB"), ("IDR", "IDR"), ("MYR", "MYR"), ("PKR", "PKR"), ("KES", "KES"), ("EGP", "EGP"),
            ("SAR", "SAR"), ("AED", "AED"), ("TWD", "TWD"), ("ARS", "ARS"), ("CLP", "CLP"), ("COP", "COP"), ("VND", "VND"),
            ("BDT", "BDT"), ("GHS", "GHS"), ("KZT", "KZT"), ("ISK", "ISK"), ("RON", "RON"), ("BGN", "BGN"),
            ("USD", "USD"), ("GBP", "GBP"), ("EUR", "EUR"), ("JPY", "JPY"), ("CHF", "CHF"), ("CNY", "CNY"),
            ("AUD", "AUD"), ("CAD", "CAD"), ("HKD", "HKD"), ("NZD", "NZD"), ("SGD", "SGD"), ("INR", "INR"), ("Rs", "INR"),
            ("SEK", "SEK"), ("NOK", "NOK"), ("DKK", "DKK"), ("RUB", "RUB"), ("ZAR", "ZAR"), ("BRL", "BRL"), ("MXN", "MXN"),
            ("KRW", "KRW"), ("DEM", "DEM"), ("FRF", "FRF"), ("ITL", "ITL")])
            Add(w, WordClass.Currency, 0, iso);
        Add("pence", WordClass.MinorCurrency, 100, "GBP");
        Add("penny", WordClass.MinorCurrency, 100, "GBP");
        Add("cents", WordClass.MinorCurrency, 100, "USD");

        // Words in front of a currency word that pick a more specific currency: "Swiss francs", "US dollars".
        foreach (var (w, iso) in (ReadOnlySpan<(string, string)>)[
            ("US", "USD"), ("U.S.", "USD"), ("U.S", "USD"), ("American", "USD"), ("Australian", "AUD"), ("Canadian", "CAD"),
            ("Kong", "HKD"), ("Zealand", "NZD"), ("Singapore", "SGD"), ("Taiwan", "TWD"), ("Swiss", "CHF"),
            ("Belgian", "BEF"), ("French", "FRF"), ("German", "DEM"), ("Deutsche", "DEM"), ("Swedish", "SEK"),
            ("Danish", "DKK"), ("Norwegian", "NOK"), ("Czech", "CZK"), ("Mexican", "MXN"), ("Argentine", "ARS"),
            ("Philippine", "PHP"), ("Indian", "INR"), ("Russian", "RUB"), ("Turkish", "TRL"), ("Irish", "IEP"),
            ("Japanese", "JPY"), ("British", "GBP"), ("Dutch", "NLG"), ("Italian", "ITL"), ("Spanish", "ESP"),
            ("Austrian", "ATS"), ("Finnish", "FIM"), ("Chinese", "CNY"), ("Portuguese", "PTE"), ("Greek", "GRD"),
            ("Luxembourg", "LUF"), ("Brazilian", "BRL"), ("Chilean", "CLP"), ("Colombian", "COP")])
            Add(w, WordClass.CurrencyModifier, 0, iso);

        foreach (var w in (string[])["in", "since", "by", "until", "till", "from", "of", "during", "before", "after",
            "through", "throughout", "to", "between", "and", "end", "early", "mid", "late", "around", "circa", "spring",
            "summer", "autumn", "winter", "fall", "year", "the", "'s", "’s", "fiscal", "financial", "calendar", "season",
            "its", "our", "their", "his", "her", "my", "your", "quarter", "half"])
            Add(w, WordClass.YearContext);
        Add("a", WordClass.Article);
        Add("an", WordClass.Article);
        Add("and", WordClass.And);
        Add("of", WordClass.Of);
        Add("between", WordClass.Between);
        Add("to", WordClass.To);
        Add("from", WordClass.From);
        foreach (var w in (string[])["no", "the", "this", "that", "which", "each", "every", "any", "another"])
            Add(w, WordClass.PronounContext);
        foreach (var w in (string[])["only", "last", "same", "other", "little", "such", "right", "wrong", "big", "new", "old",
            "loved", "favourite", "favorite", "first", "next", "real", "best", "young"])
            Add(w, WordClass.PronounAdjective);
        foreach (var w in (string[])["people", "men", "women", "children", "police", "staff", "personnel", "cattle", "sheep",
            "feet", "fish", "aircraft", "youth", "crew", "infantry", "military", "deer", "livestock"])
            Add(w, WordClass.CountNoun);
        foreach (var w in (string[])["won", "win", "wins", "beat", "beats", "lost", "lose", "drew", "draw", "victory", "defeat",
            "loss", "lead", "led", "leading", "trailed", "trail", "scoreline", "aggregate", "thrashing", "thrashed"])
            Add(w, WordClass.ScoreContext);
        foreach (var w in English.ChangeContextWords)
            Add(w, WordClass.ChangeContext);
        foreach (var w in (string[])["all", "just", "with", "at", "for", "its", "their", "his", "her", "these", "those", "our",
            "only", "and", "but", "so", "when", "while", "if", "as", "on", "both", "many", "then", "now", "another", "nearly",
            "almost", "about", "some", "around", "over", "under", "more", "less", "fewer", "up", "exactly", "roughly",
            "approximately", "another", "every", "each", "than", "into", "onto", "per", "via", "against", "among", "within",
            "without", "another", "least", "most", "top"])
            Add(w, WordClass.FunctionWord);
        foreach (var w in (string[])["am", "pm", "a.m", "p.m", "a.m.", "p.m.", "GMT", "BST", "EST", "EDT", "CET", "CEST", "UTC", "hrs", "o'clock"])
            Add(w, WordClass.TimeWord);
        foreach (var w in (string[])["mid", "early", "late", "pre", "post"])
            Add(w, WordClass.DatePrefix);
        return d;
    }
}
