using System.Buffers;
using FactExtract.Text;

namespace FactExtract.Quantities;

/// <summary>
/// Cuts a document's tokens into <see cref="Atom"/>s, allocation-free: <c>buffer</c> is rented from
/// <see cref="ArrayPool{T}.Shared"/> by the caller and may be swapped for a larger rented one here.
/// </summary>
internal static class Atomizer
{
    public static int Atomize(string text, Token[] tokens, ref Atom[] buffer)
    {
        int count = 0;
        int lastEnd = 0;
        foreach (var token in tokens)
        {
            if (token.Kind is TokenKind.Url or TokenKind.Email)
            {
                // Digits inside addresses are never quantities: one opaque atom.
                if (count + 1 > buffer.Length) Grow(ref buffer);
                buffer[count++] = new Atom(token.Start, token.End, AtomKind.Other, true);
                lastEnd = token.End;
                continue;
            }
            if (count + 1 > buffer.Length) Grow(ref buffer);
            if (token.Start - lastEnd >= 2 && text.AsSpan(lastEnd, token.Start - lastEnd).Count('\n') >= 2)
            {
                // A paragraph break ends every pattern: "$2.1" and "million" in different paragraphs are two
                // things (headlines, datelines, tables). A single newline does not: hard-wrapped prose keeps
                // "more than\n380,000" together, as the sentence splitter does. An empty atom is never an
                // anchor and never adjacent to anything.
                buffer[count++] = new Atom(token.Start, token.Start, AtomKind.Break, true);
            }
            int pos = token.Start;
            int end = token.End;
            while (pos < end)
            {
                if (count + 4 > buffer.Length) Grow(ref buffer);
                int next = Cut(text, pos, end, out var kind, out var letters);
                ushort entry = NumberWords.NoEntry;
                var wordClass = WordClass.None;
                bool hyphenated = false, upper = false;
                if (kind == AtomKind.Word && letters.Hashed && next == letters.End)
                {
                    // The common case, a word of ASCII letters only: hashed while it was cut, and with
                    // no apostrophe or hyphen for the rules below.
                    entry = NumberWords.FindAscii(text.AsSpan(pos, next - pos), letters.Hash);
                    wordClass = NumberWords.Entry(entry).Class;
                    upper = letters.Upper;
                }
                else if (kind == AtomKind.Word)
                {
                    var word = text.AsSpan(pos, next - pos);
                    entry = NumberWords.Find(word);
                    wordClass = NumberWords.Entry(entry).Class;
                    upper = HasUpper(word);
                    int hyphen;
                    if (wordClass == WordClass.None && word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '\u2019'
                        && NumberWords.Find(word[..^2]) is var stem && NumberWords.Entry(stem).Is(WordClass.Weekday | WordClass.DayWord | WordClass.PeriodWord | WordClass.Month))
                    {
                        // "Sunday's", "tomorrow's", "year's": the possessive is cut off, the date word stands alone.
                        next = pos + word.Length - 2;
                        entry = stem;
                    }
                    else if (wordClass == WordClass.None && (hyphen = word.IndexOf('-')) > 0)
                    {
                        var head = NumberWords.Find(word[..hyphen]);
                        var headInfo = NumberWords.Entry(head);
                        if (headInfo.Is(WordClass.DatePrefix) && hyphen + 1 < word.Length && char.IsAsciiDigit(word[hyphen + 1]))
                        {
                            // "mid-1990s": the prefix is a word of its own; the rest is cut on the next pass.
                            next = pos + hyphen;
                            entry = head;
                        }
                        else if (headInfo.Is(WordClass.Unit | WordClass.Tens | WordClass.Ordinal | WordClass.Denominator))
                        {
                            entry = head;
                            hyphenated = true;
                        }
                    }
                    wordClass = NumberWords.Entry(entry).Class;
                }
                bool space = count == 0 || pos > lastEnd;
                buffer[count++] = new Atom(pos, next, wordClass, entry, kind, space, hyphenated, upper);
                lastEnd = next;
                pos = next;
            }
        }
        return count;
    }

    /// <summary>Finds the atom starting at <paramref name="pos"/> inside a token ending at <paramref name="end"/>.</summary>
    private static int Cut(string text, int pos, int end, out AtomKind kind, out Letters letters)
    {
        char c = text[pos];
        if (char.IsAsciiLetter(c)) return CutWord(text, pos, end, out kind, out letters); // most atoms; no letter is a sign or a digit
        letters = default;
        if (Currencies.IsSign(c)) { kind = AtomKind.Currency; return pos + 1; }
        if (char.IsAsciiDigit(c) || (c is '+' or '-' or '\u2212' && pos + 1 < end && char.IsAsciiDigit(text[pos + 1]) && IsTokenStart(text, pos)))
        {
            kind = AtomKind.Number;
            int i = pos + 1;
            // "10%-20%" and "£10m-£20m" keep their second half as atoms of its own.
            while (i < end && text[i] != '%' && !Currencies.IsSign(text[i]) && !(text[i] == '-' && i + 1 < end && Currencies.IsSign(text[i + 1]))) i++;
            return i;
        }
        if (char.IsLetter(c)) return CutWord(text, pos, end, out kind, out letters);
        kind = c switch
        {
            '%' => AtomKind.Percent,
            '\'' or '\u2019' or '\u2018' => AtomKind.Apostrophe,
            '~' => AtomKind.Tilde,
            '-' or '\u2013' or '\u2014' or '\u2212' => AtomKind.Dash,
            '.' => AtomKind.Period,
            ',' => AtomKind.Comma,
            _ => AtomKind.Other,
        };
        return pos + 1;
    }

    /// <summary>A word starting with the letter at <paramref name="pos"/>, or a letter-prefixed dollar sign ("US$", "HK$").</summary>
    private static int CutWord(string text, int pos, int end, out AtomKind kind, out Letters letters)
    {
        // The letters are hashed for the lexicon while they are read, as long as they are ASCII.
        uint hash = WordTable<ushort>.EmptyHash;
        bool ascii = true, upper = false;
        int i = pos;
        do
        {
            char ch = text[i];
            if (ch < 0x80)
            {
                if (!char.IsAsciiLetter(ch)) break;
                upper |= char.IsAsciiLetterUpper(ch);
                hash = WordTable<ushort>.AddAsciiLetter(hash, ch);
            }
            else
            {
                if (!char.IsLetter(ch)) break;
                ascii = false;
            }
            i++;
        }
        while (i < end);
        letters = new Letters(ascii, hash, upper, i);
        if (i < end && text[i] == '$' && i - pos <= 3) { kind = AtomKind.Currency; return i + 1; }
        // "$US5m", "$A20": the country letters after the sign are a word of their own, before the digits.
        if (pos > 0 && text[pos - 1] == '$' && i - pos <= 2 && i < end && char.IsAsciiDigit(text[i])) { kind = AtomKind.Word; return i; }
        kind = AtomKind.Word;
        // A word runs over letters, digits and word-internal marks ("twenty-one", "U.S.", "COVID-19");
        // brackets and other punctuation glued on by a crude tokenizer start atoms of their own.
        while (i < end && IsWordChar(text[i])) i++;
        // A tokenizer may keep an abbreviation's period ("Aug.", "approx."): the word is looked up without it.
        if (i == end && text[i - 1] == '.' && i - 1 > pos && char.IsLetter(text[i - 2])) i--;
        return i;
    }

    /// <summary>
    /// The letters a word starts with: where they end, whether any is upper case, and, when all are ASCII
    /// (<see cref="Hashed"/>), their lexicon hash.
    /// </summary>
    private readonly record struct Letters(bool Hashed, uint Hash, bool Upper, int End);

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c is '-' or '\'' or '\u2019' or '.' or '&' or '/' or '_' or '@' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Doubles a pooled buffer: the new array comes from, and the old goes back to, the shared pool.</summary>
    private static void Grow(ref Atom[] buffer)
    {
        var bigger = ArrayPool<Atom>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan().CopyTo(bigger);
        ArrayPool<Atom>.Shared.Return(buffer);
        buffer = bigger;
    }

    /// <summary>A sign belongs to the number only at the start of a token or after a space or bracket.</summary>
    private static bool IsTokenStart(string text, int pos) => pos == 0 || char.IsWhiteSpace(text[pos - 1]) || text[pos - 1] is '(' or '[';

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (char ch in word)
            if (ch < 0x80 ? char.IsAsciiLetterUpper(ch) : char.IsUpper(ch)) return true; // the ASCII test is the same, without the table
        return false;
    }
}
