using FactExtract.Text;
using FactExtract.Lang;

namespace FactExtract.Entities;

/// <summary>
/// Finds in-text acronym definitions, <c>Long Capitalised Name (LCN)</c>: the acronym in
/// brackets is 2-8 capital letters and its letters are, in order, the initials of the
/// capitalised words just before the bracket (lower-case joiners such as "of" and "and"
/// may sit between them and are skipped). Writers define an acronym exactly once and then
/// use it alone, so the definition tells the reader - and us - what the short form names.
/// </summary>
internal static class AcronymDefinitions
{
    /// <summary>One definition: the long name's tokens [LongStart, LongEnd) and the acronym's token.</summary>
    public readonly record struct Definition(int LongStart, int LongEnd, int Acronym);

    /// <summary>Every definition in the sentence whose tokens are [first, end).</summary>
    public static void Find(string text, ReadOnlySpan<Token> tokens, int first, int end, List<Definition> output)
    {
        for (int p = first + 1; p + 2 < end; p++)
        {
            if (!IsChar(text, tokens[p], '(') || !IsChar(text, tokens[p + 2], ')')) continue;
            var acronym = text.AsSpan(tokens[p + 1].Start, tokens[p + 1].Length);
            if (!Acronyms.IsLetters(acronym)) continue;
            int j = acronym.Length - 1, i = p - 1;
            while (j >= 0 && i >= first)
            {
                var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
                if (char.IsUpper(word[0]) && char.IsLetter(word[0]))
                {
                    if (word[0] != acronym[j]) break;
                    j--;
                    i--;
                }
                else if (Acronyms.MinorWords.Contains(word) && i < p - 1) i--;
                else break;
            }
            // Two letters are too easy to match by chance ("in the US (UN)"), so a two-letter
            // acronym needs its two words right before the bracket, which the loop already ensures.
            if (j < 0) output.Add(new Definition(i + 1, p, p + 1));
        }
    }

    private static bool IsChar(string text, Token t, char c) => t.Length == 1 && text[t.Start] == c;
}
