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
                buffer[count++] = new Atom(token.Start, token.End, AtomKind.Other, true, default, false, false);
                lastEnd = token.End;
                continue;
            }
            if (count + 1 > buffer.Length) Grow(ref buffer);
            if (token.Start > lastEnd && text.AsSpan(lastEnd, token.Start - lastEnd).Count('\n') >= 2)
            {
                // A paragraph break ends every pattern: "$2.1" and "million" in different paragraphs are two
                // things (headlines, datelines, tables). A single newline does not: hard-wrapped prose keeps
                // "more than\n380,000" together, as the sentence splitter does. An empty atom is never an
                // anchor and never adjacent to anything.
                buffer[count++] = new Atom(token.Start, token.Start, AtomKind.Break, true, default, false, false);
            }
            int pos = token.Start;
            int end = token.End;
            while (pos < end)
            {
                if (count + 4 > buffer.Length) Grow(ref buffer);
                int next = Cut(text, pos, end, out var kind);
                var info = default(WordInfo);
                bool hyphenated = false, upper = false;
                if (kind == AtomKind.Word)
                {
                    var word = text.AsSpan(pos, next - pos);
                    info = NumberWords.Get(word);
                    upper = HasUpper(word);
                    int hyphen = word.IndexOf('-');
                    if (info.Class == WordClass.None && word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '\u2019'
                        && NumberWords.Get(word[..^2]) is { Class: not WordClass.None } stem && stem.Is(WordClass.Weekday | WordClass.DayWord | WordClass.PeriodWord | WordClass.Month))
                    {
                        // "Sunday's", "tomorrow's", "year's": the possessive is cut off, the date word stands alone.
                        next = pos + word.Length - 2;
                        info = stem;
                    }
                    else if (info.Class == WordClass.None && hyphen > 0)
                    {
                        var head = NumberWords.Get(word[..hyphen]);
                        if (head.Is(WordClass.DatePrefix) && hyphen + 1 < word.Length && char.IsAsciiDigit(word[hyphen + 1]))
                        {
                            // "mid-1990s": the prefix is a word of its own; the rest is cut on the next pass.
                            next = pos + hyphen;
                            info = head;
                        }
                        else if (head.Is(WordClass.Unit | WordClass.Tens | WordClass.Ordinal | WordClass.Denominator))
                        {
                            info = head;
                            hyphenated = true;
                        }
                    }
                }
                bool space = count == 0 || pos > lastEnd;
                buffer[count++] = new Atom(pos, next, kind, space, info, hyphenated, upper);
                lastEnd = next;
                pos = next;
            }
        }
        return count;
    }

    /// <summary>Finds the atom starting at <paramref name="pos"/> inside a token ending at <paramref name="end"/>.</summary>
    private static int Cut(string text, int pos, int end, out AtomKind kind)
    {
        char c = text[pos];
        if (Currencies.IsSign(c)) { kind = AtomKind.Currency; return pos + 1; }
        if (char.IsAsciiDigit(c) || (c is '+' or '-' or '\u2212' && pos + 1 < end && char.IsAsciiDigit(text[pos + 1]) && IsTokenStart(text, pos)))
        {
            kind = AtomKind.Number;
            int i = pos + 1;
            // "10%-20%" and "£10m-£20m" keep their second half as atoms of its own.
            while (i < end && text[i] != '%' && !Currencies.IsSign(text[i]) && !(text[i] == '-' && i + 1 < end && Currencies.IsSign(text[i + 1]))) i++;
            return i;
        }
        if (char.IsLetter(c))
        {
            int i = pos + 1;
            while (i < end && char.IsLetter(text[i])) i++;
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
            if (char.IsUpper(ch)) return true;
        return false;
    }
}
