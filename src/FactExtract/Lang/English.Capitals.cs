namespace FactExtract.Lang;

internal static partial class English
{
    /// <summary>
    /// A word written in capitals: no lower-case letter and at least two letters ("MUMBAI", "INC.", "AT&amp;T"),
    /// as datelines, credits and all-caps company lines write names.
    /// </summary>
    public static bool IsInCapitals(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }
}
