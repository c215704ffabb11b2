using System.Runtime.CompilerServices;

namespace FactExtract.Entities;

/// <summary>How a word is normalised before hashing.</summary>
internal enum WordForm : byte
{
    /// <summary>Case kept; digits become 0; typographic quotes and dashes folded to ASCII.</summary>
    Exact,
    /// <summary>Lower-cased; digits become 0; quotes folded.</summary>
    Lower,
    /// <summary>First letter upper, rest lower (maps headline "PARIS" onto "Paris").</summary>
    Title,
}

/// <summary>
/// Stable 64-bit hashing for features and gazetteer phrases. Deterministic across processes
/// (never string.GetHashCode), allocation-free: words are hashed straight from the text span.
/// Changing anything here changes every feature id: bump <see cref="FeatureExtractor.Version"/>.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>splitmix64 finaliser: spreads bits so table slots and combinations are uniform.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => Mix(a * 0x9E3779B97F4A7C15UL + b + 0x632BE59BD9B4E019UL);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(FeatureTemplate template, ulong value) => Combine((ulong)template + 0x1000UL, value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(FeatureTemplate template, ulong a, ulong b) => Combine(Combine((ulong)template + 0x1000UL, a), b);

    /// <summary>Folds typographic punctuation to the ASCII forms the training corpora use.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u0060' or '\u00B4' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u2013' or '\u2014' or '\u2212' => '-',
        _ => c,
    };

    public static ulong Word(ReadOnlySpan<char> word, WordForm form, bool abstractDigits = true)
    {
        ulong h = FnvOffset;
        for (int i = 0; i < word.Length; i++)
        {
            char c = Fold(word[i]);
            if (abstractDigits && char.IsAsciiDigit(c)) c = '0';
            else if (form == WordForm.Lower || (form == WordForm.Title && i > 0)) c = char.ToLowerInvariant(c);
            else if (form == WordForm.Title) c = char.ToUpperInvariant(c);
            h = (h ^ c) * FnvPrime;
        }
        return Mix(h);
    }

    /// <summary>Hash of the first (prefix) or last (suffix) <paramref name="n"/> lower-cased characters.</summary>
    public static ulong Affix(ReadOnlySpan<char> word, int n, bool suffix)
    {
        var part = suffix ? word[^n..] : word[..n];
        ulong h = FnvOffset ^ (ulong)n ^ (suffix ? 0x100UL : 0UL);
        foreach (char ch in part) h = (h ^ char.ToLowerInvariant(Fold(ch))) * FnvPrime;
        return Mix(h);
    }

    /// <summary>
    /// Word shape: X for upper, x for lower, d for digit, other characters kept. Long shapes
    /// keep runs of at most 4 ("Xxxxx" for "Washington"); short shapes collapse every run ("Xx").
    /// </summary>
    public static ulong Shape(ReadOnlySpan<char> word, bool shortShape)
    {
        ulong h = FnvOffset ^ (shortShape ? 0x5UL : 0x7UL);
        char last = '\0';
        int run = 0;
        foreach (char raw in word)
        {
            char c = Fold(raw);
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (s == last) { run++; if (shortShape || run > 4) continue; }
            else { last = s; run = 1; }
            h = (h ^ s) * FnvPrime;
        }
        return Mix(h);
    }
}
