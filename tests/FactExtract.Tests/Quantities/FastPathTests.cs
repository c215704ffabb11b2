using System.Globalization;
using FactExtract.Lang;
using FactExtract.Quantities;
using FsCheck.Xunit;

namespace FactExtract.Tests.Quantities;

/// <summary>
/// The quantity stage's fast paths (hand-written date and decimal readers, the ASCII word table, the
/// trailing-zero test) must give exactly what the library calls they stand in for give: output is
/// compared byte for byte against earlier runs.
/// </summary>
public sealed class FastPathTests
{
    [Fact]
    public void Word_table_answers_as_a_case_insensitive_dictionary_does()
    {
        string[] keys = ["a", "an", "and", "twenty", "U.S.", "a.m.", "o'clock", "’s", "km²", "degrees Celsius", "Zealand", "Weird-Key_1"];
        var table = new WordTable<int>(keys.Select((k, i) => KeyValuePair.Create(k, i)));
        var dictionary = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.OrdinalIgnoreCase);

        foreach (var word in Probes(keys))
        {
            bool found = dictionary.TryGetValue(word, out int expected);
            Assert.Equal(found, table.TryGetValue(word, out int value));
            if (found) Assert.Equal(expected, value);
        }
    }

    [Fact]
    public void Word_table_with_a_key_an_ascii_word_can_equal_still_finds_it()
    {
        // Whatever the runtime's case mapping of these letters, the table must agree with the dictionary.
        string[] keys = ["fıve", "ſix", "\u212Aelvin", "seven"];
        var table = new WordTable<int>(keys.Select((k, i) => KeyValuePair.Create(k, i)));
        var dictionary = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.OrdinalIgnoreCase);

        foreach (var word in Probes([.. keys, "five", "FIVE", "six", "SIX", "kelvin", "Kelvin"]))
        {
            bool found = dictionary.TryGetValue(word, out int expected);
            Assert.Equal(found, table.TryGetValue(word, out int value));
            if (found) Assert.Equal(expected, value);
        }
    }

    [Fact]
    public void Ascii_hash_built_a_letter_at_a_time_finds_the_same_entries()
    {
        var table = new WordTable<int>([KeyValuePair.Create("Monday", 1), KeyValuePair.Create("million", 2)]);
        foreach (var (word, expected) in new[] { ("monday", 1), ("MONDAY", 1), ("Million", 2), ("millions", 0), ("mon", 0) })
        {
            uint hash = WordTable<int>.EmptyHash;
            foreach (char c in word) hash = WordTable<int>.AddAsciiLetter(hash, c);
            Assert.Equal(expected != 0, table.TryGetAsciiValue(word, hash, out int value));
            Assert.Equal(expected, value);
        }
    }

    [Fact]
    public void Iso_dates_are_read_as_DateOnly_TryParseExact_reads_them()
    {
        var candidates = new List<string>();
        foreach (int year in (int[])[0, 1, 999, 1900, 1996, 2000, 2023, 2024, 9999])
            for (int month = 0; month <= 13; month++)
                for (int day = 0; day <= 32; day++)
                    candidates.Add(string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}"));
        foreach (var valid in (string[])["1996-08-22", "2024-02-29"])
            for (int p = 0; p < valid.Length; p++)
                foreach (char c in "0-+ /.T\u0660\uFF11\u2013a")
                    candidates.Add(valid[..p] + c + valid[(p + 1)..]);
        candidates.AddRange(["", "1996-8-22", "96-08-22", " 1996-08-22", "1996-08-22 ", "19960-8-22", "1996/08/22"]);

        foreach (var text in candidates)
        {
            bool expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
            Assert.Equal(expected, DateReader.TryParseIso(text, out var read));
            Assert.Equal(date, read);
        }
    }

    [Property(MaxTest = 2000)]
    public void Normalize_gives_the_bits_the_division_by_one_gives(int lo, int mid, int hi, bool negative, byte scale)
    {
        var value = new decimal(lo, mid % 3 == 0 ? 0 : mid, hi % 2 == 0 ? 0 : hi, negative, (byte)(scale % 29));
        Assert.Equal(decimal.GetBits(value / 1.0000000000000000000000000000m), decimal.GetBits(NumberParser.Normalize(value)));
        Assert.Equal(decimal.GetBits(Math.Round(value, 2) / 1.0000000000000000000000000000m), decimal.GetBits(NumberParser.Normalize(Math.Round(value, 2))));
    }

    [Property(MaxTest = 2000)]
    public void Digits_are_read_to_the_value_decimal_parsing_gives(ulong digits, byte point)
    {
        var text = digits.ToString(CultureInfo.InvariantCulture);
        int at = point % (text.Length + 1);
        if (at > 0 && at < text.Length) text = text[..at] + "." + text[at..]; // "12.50", "0.05"
        var expected = NumberParser.Normalize(decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
        var result = NumberParser.ScanDigits(text);
        Assert.True(result.Success);
        Assert.Equal(decimal.GetBits(expected), decimal.GetBits(result.Value));
    }

    private static IEnumerable<string> Probes(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            yield return key;
            yield return key.ToUpperInvariant();
            yield return key.ToLowerInvariant();
            yield return key + "s";
            yield return key[..^1];
            yield return "x" + key;
            yield return key.Replace('i', 'ı').Replace('s', 'ſ').Replace('k', '\u212A');
        }
        yield return "";
        yield return "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz";
    }
}
