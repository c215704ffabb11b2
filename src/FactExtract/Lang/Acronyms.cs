namespace FactExtract.Lang;

/// <summary>
/// What an acronym looks like and how its letters relate to the name it stands for
/// ("European Political Community" → EPC, "Bank of England" → BE, "UK Health Security Agency" → UKHSA).
/// </summary>
internal static class Acronyms
{
    /// <summary>Function words that give no initial ("of", "and", "de"…).</summary>
    public static readonly WordSet MinorWords = new(
        "of", "and", "the", "for", "&", "de", "la", "le", "du", "der", "des", "on", "in", "to");

    /// <summary>2-8 capital letters A-Z and nothing else, as written in brackets after a name: "(EPC)".</summary>
    public static bool IsLetters(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 8) return false;
        foreach (char c in word) if (c is < 'A' or > 'Z') return false;
        return true;
    }

    /// <summary>A name written as an acronym: 2-8 capitals, dots and ampersands allowed ("U.S.", "AT&amp;T").</summary>
    public static bool IsAcronym(string name)
    {
        int letters = 0;
        foreach (var c in name)
        {
            if (char.IsUpper(c)) letters++;
            else if (c != '.' && c != '&') return false;
        }
        return letters is >= 2 and <= 8;
    }

    /// <summary>The acronym's letters without dots and ampersands: "U.S." → "US".</summary>
    public static string Letters(string acronym) => acronym.Replace(".", "").Replace("&", "");

    /// <summary>The initials of a name's words, skipping minor words; an acronym word gives all its letters.</summary>
    public static string Initials(string name)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var w in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (MinorWords.Contains(w) || !char.IsLetter(w[0])) continue;
            if (IsAcronym(w)) sb.Append(Letters(w)); // "UK Health Security Agency" → UKHSA
            else sb.Append(char.ToUpperInvariant(w[0]));
        }
        return sb.ToString();
    }
}
