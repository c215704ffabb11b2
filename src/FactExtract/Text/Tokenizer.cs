using System.Globalization;
using static FactExtract.Text.TextChars;

namespace FactExtract.Text;

/// <summary>
/// English news tokenizer following the Penn Treebank / CoNLL-2003 conventions the entity
/// recognizer is trained on: clitics split (<c>Italy ’s</c>, <c>do n't</c>), hyphenated words
/// whole, currency and percent signs apart from their numbers (<c>£ 1.5bn</c>, <c>17 %</c>),
/// abbreviations keep their period (<c>U.S.</c>, <c>Mr.</c>) and a sentence-final period stands alone.
/// One pass, no regular expressions, exact offsets; the text is never modified. Thread-safe:
/// every call works on its own locals.
/// </summary>
internal sealed class Tokenizer
{
    /// <summary>
    /// Bump on any change to where tokens begin and end: entity models record the version they were
    /// trained with (their gazetteer and features see tokens) and refuse to load under another.
    /// </summary>
    public const int Version = 1;

    private readonly Abbreviations _abbreviations;

    public Tokenizer() : this(Abbreviations.Default) { }

    public Tokenizer(Abbreviations abbreviations)
    {
        _abbreviations = abbreviations ?? throw new ArgumentNullException(nameof(abbreviations));
    }

    public Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // News text averages about five characters per token including the space.
        var buffer = new TokenBuffer(text.Length / 5 + 16);
        try
        {
            bool space = true;
            int i = 0;
            while (i < text.Length)
            {
                if (IsSeparator(text[i])) { space = true; i++; continue; }
                int end = NextToken(text, i, out var kind);
                buffer.Add(new Token(i, end, kind) { SpaceBefore = space });
                space = false;
                i = end;
            }
            return buffer.ToArray();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Returns the end of the token starting at <paramref name="i"/> (always &gt; i).</summary>
    private int NextToken(string text, int i, out TokenKind kind)
    {
        char c = text[i];
        if (WordWidth(text, i) > 0)
        {
            if (c is 'h' or 'H' or 'w' or 'W')
            {
                int url = UrlEnd(text, i);
                if (url > 0) { kind = TokenKind.Url; return url; }
            }
            return ScanWord(text, i, out kind);
        }

        kind = TokenKind.Punctuation;
        switch (c)
        {
            case '.':
                if (i + 1 < text.Length && text[i + 1] == '.') return RunOf(text, i, '.');
                if (IsDigitAt(text, i + 1) && (i == 0 || IsSeparator(text[i - 1])))
                    return ScanWord(text, i + 1, out kind); // .5
                return i + 1;
            case '\'' or '\u2019':
                return Apostrophe(text, i, out kind);
            case '`':
                return i + 1 < text.Length && text[i + 1] == '`' ? i + 2 : i + 1;
            case '-' or '+' or '\u2212':
                if (IsDigitAt(text, i + 1) && IsSignContext(text, i))
                    return ScanWord(text, i + 1, out kind); // -3, +44
                if (c == '-') return RunOf(text, i, '-');
                kind = TokenKind.Symbol;
                return i + 1;
            case '!' or '?':
                int j = i + 1;
                while (j < text.Length && text[j] is '!' or '?') j++;
                return j;
            case '@' or '#':
                if ((i == 0 || !IsWordAt(text, i - 1)) && (c == '@' ? IsWordAt(text, i + 1) : IsLetterAt(text, i + 1)))
                {
                    kind = TokenKind.Word; // @handle, #hashtag
                    int k = i + 1;
                    while (WordWidth(text, k) is var w && w > 0) k += w;
                    return k;
                }
                kind = TokenKind.Symbol;
                return i + 1;
        }

        if (IsDash(c)) return RunOf(text, i, c);
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            kind = TokenKind.Symbol; // emoji and other astral symbols; never split a pair
            return i + 2;
        }
        kind = Classify(c);
        return i + 1;
    }

    private static TokenKind Classify(char c)
    {
        if (IsSymbolPunctuation(c)) return TokenKind.Symbol;
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => TokenKind.Punctuation,
            _ => TokenKind.Symbol,
        };
    }

    /// <summary>A word, number, abbreviation or e-mail address starting at a word character.</summary>
    private int ScanWord(string text, int i, out TokenKind kind)
    {
        int n = text.Length;
        bool numeric = IsDigit(text[i]);
        kind = numeric ? TokenKind.Number : TokenKind.Word;
        int j = i, segStart = i;
        bool dotted = false;          // has a word-internal period (U.S, e.g, bbc.co.uk, 1.5)
        bool shortLetterSegments = true; // every period-separated piece is one or two letters
        while (j < n)
        {
            char c = text[j];
            int w = WordWidth(text, j);
            if (w > 0)
            {
                if (shortLetterSegments && (j - segStart >= 2 || !IsLetter(c))) shortLetterSegments = false;
                j += w;
                continue;
            }
            switch (c)
            {
                case '.':
                    if (j + 1 < n)
                    {
                        char d = text[j + 1];
                        if (IsDigit(d) && IsDigit(text[j - 1])) { dotted = true; shortLetterSegments = false; segStart = ++j; continue; }
                        if (IsLetter(d))
                        {
                            // "border.The" and "Mr.Smith" miss a space; "U.S", "Ph.D" and "bbc.co" are one word.
                            if (!IsUpper(d) || j - segStart <= 2 && ShortLetterRun(text, j + 1)) { dotted = true; segStart = ++j; continue; }
                            int email = EmailAfterLocalPart(text, i, j);
                            if (email > 0) { kind = TokenKind.Email; return email; }
                        }
                    }
                    if ((j + 1 >= n || text[j + 1] != '.') && KeepsPeriod(text, i, j, dotted, shortLetterSegments))
                    {
                        j++;
                        if (j + 1 < n && IsHyphen(text[j]) && IsWordAt(text, j + 1)) { shortLetterSegments = false; segStart = ++j; continue; } // U.S.-led
                    }
                    return j;
                case ',' or ':' or '/':
                    // 380,000  10:30  24/7 — separators inside numbers only.
                    if (numeric && IsDigit(text[j - 1]) && IsDigitAt(text, j + 1)) { shortLetterSegments = false; j++; continue; }
                    return j;
                case '-' or '\u2010' or '\u2011':
                    if (IsWordAt(text, j + 1)) { shortLetterSegments = false; segStart = ++j; continue; }
                    return j;
                case '\'' or '\u2019':
                    if (CliticLength(text, j) > 0) return j;                                       // Italy|’s
                    if (j - 1 > i && text[j - 1] is 'n' or 'N' && IsNotClitic(text, j)) return j - 1; // do|n't
                    if (IsLetter(text[j - 1]) && IsLetterAt(text, j + 1)) { shortLetterSegments = false; j++; continue; } // O'Brien
                    return j;
                case '&':
                    if (IsUpperAscii(text[j - 1]) && j + 1 < n && IsUpperAscii(text[j + 1])) { shortLetterSegments = false; j++; continue; } // AT&T
                    return j;
                case '@':
                    int end = EmailDomainEnd(text, j);
                    if (end > 0) { kind = TokenKind.Email; return end; }
                    return j;
                case '$':
                    if (j - i <= 3 && IsAllUpperAscii(text, i, j)) { kind = TokenKind.Symbol; return j + 1; } // US$, HK$
                    return j;
                default:
                    // Soft hyphens, joiners and bidi marks inside a word belong to it; a zero-width
                    // space or stray BOM is a break.
                    if (c is not ('\u200B' or '\uFEFF') && IsWordAt(text, j + 1)
                        && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) { j++; continue; }
                    return j;
            }
        }
        return j;
    }

    /// <summary>
    /// At most two letters start at <paramref name="i"/> (the "S" of U.S, not the "Smith" of
    /// Mr.Smith), or the word goes on in capitals, as in all-caps headlines (S.AFRICAN).
    /// </summary>
    private static bool ShortLetterRun(string text, int i) =>
        !IsLetterAt(text, i + 1) || !IsLetterAt(text, i + 2) || IsUpper(text[i + 1]);

    /// <summary>True when the period at <paramref name="dot"/> belongs to the word before it.</summary>
    private bool KeepsPeriod(string text, int start, int dot, bool dotted, bool shortLetterSegments)
    {
        if (dotted) return shortLetterSegments; // U.S.  e.g.  Ph.D.
        int length = dot - start;
        char first = text[start];
        if (length == 1 && IsUpper(first))     // initials: J. K. Rowling; "I." only before a capital, else it is the pronoun
            return first != 'I' || dot + 2 < text.Length && text[dot + 1] == ' ' && IsUpper(text[dot + 2]);
        if (IsDigit(first)) return IsListNumber(text, start, dot);
        return IsLetter(first) && _abbreviations.Contains(text.AsSpan(start, length));
    }

    /// <summary>"1. Pivotal" opening a line is a numbered list item; CoNLL keeps "1." whole.</summary>
    private static bool IsListNumber(string text, int start, int dot)
    {
        if (dot - start > 3 || dot + 1 >= text.Length || text[dot + 1] is not (' ' or '\t')) return false;
        for (int k = start; k < dot; k++)
            if (!IsDigit(text[k])) return false;
        for (int k = start - 1; k >= 0; k--)
        {
            if (text[k] == '\n') return true;
            if (text[k] is not (' ' or '\t')) return false;
        }
        return true;
    }

    /// <summary>
    /// An apostrophe at a token start: a clitic split off the word before (<c>’s</c>, <c>'ll</c>),
    /// a decade (<c>'90s</c>), a PTB closing quote (<c>''</c>) or a lone quote mark.
    /// </summary>
    private static int Apostrophe(string text, int i, out TokenKind kind)
    {
        kind = TokenKind.Word;
        // After a word, or after an abbreviation's period: the U.S.'s, Acme Inc.'s.
        if (i > 0 && (IsWordAt(text, i - 1) || text[i - 1] == '.' && i > 1 && IsWordAt(text, i - 2)))
        {
            int clitic = CliticLength(text, i);
            if (clitic > 0) return i + clitic;
        }
        if (IsDigitAt(text, i + 1) && IsDigitAt(text, i + 2) && (i == 0 || !IsWordAt(text, i - 1)))
        {
            int j = i + 3;
            if (j < text.Length && text[j] == 's') j++;
            if (!IsWordAt(text, j)) { kind = TokenKind.Number; return j; }
        }
        kind = TokenKind.Punctuation;
        return text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'' ? i + 2 : i + 1;
    }

    /// <summary>Length of a clitic ('s 'd 'm 'll 're 've, any case) at the apostrophe, or 0.</summary>
    private static int CliticLength(string text, int i)
    {
        if (i + 1 >= text.Length) return 0;
        char a = (char)(text[i + 1] | 0x20);
        if (a is 's' or 'd' or 'm') return IsWordAt(text, i + 2) ? 0 : 2;
        if (i + 2 >= text.Length) return 0;
        char b = (char)(text[i + 2] | 0x20);
        if ((a == 'l' && b == 'l') || (a == 'r' && b == 'e') || (a == 'v' && b == 'e'))
            return IsWordAt(text, i + 3) ? 0 : 3;
        return 0;
    }

    /// <summary>True when "n" + apostrophe at <paramref name="apostrophe"/> - 1 is the clitic n't.</summary>
    private static bool IsNotClitic(string text, int apostrophe) =>
        apostrophe + 1 < text.Length && text[apostrophe + 1] is 't' or 'T' && !IsWordAt(text, apostrophe + 2);

    /// <summary>A sign belongs to a number only at the start of a phrase: "-3" but not "3-1".</summary>
    private static bool IsSignContext(string text, int i)
    {
        if (i == 0) return true;
        char p = text[i - 1];
        return IsSeparator(p) || p is '(' or '[' or '{' or '"' or '\u201C' or '\u2018' or '/' or ':' or '=' or '~';
    }

    private static int RunOf(string text, int i, char c)
    {
        int j = i + 1;
        while (j < text.Length && text[j] == c) j++;
        return j;
    }

    private static bool IsAllUpperAscii(string text, int start, int end)
    {
        for (int k = start; k < end; k++)
            if (!IsUpperAscii(text[k])) return false;
        return true;
    }

    /// <summary>End of an http(s):// or www. address at <paramref name="i"/>, or 0.</summary>
    private static int UrlEnd(string text, int i)
    {
        var rest = text.AsSpan(i);
        int prefix = rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        if (prefix == 0 || !IsWordAt(text, i + prefix)) return 0;
        int j = i + prefix;
        while (j < text.Length && !IsUrlStop(text[j])) j++;
        return TrimUrlEnd(text, i + prefix, j);
    }

    private static bool IsUrlStop(char c) =>
        IsSeparator(c) || c is '"' or '<' or '>' or '`' or '{' or '}' or '|' or '\\' or '^'
            or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u2026';

    /// <summary>Sentence punctuation after an address is not part of it; nor is an unbalanced ')' or ']'.</summary>
    private static int TrimUrlEnd(string text, int bodyStart, int end)
    {
        var body = text.AsSpan(bodyStart, end - bodyStart);
        // Counted once, then kept up to date, so a run of brackets is trimmed in linear time.
        int parens = body.Count(')') - body.Count('('), brackets = body.Count(']') - body.Count('[');
        while (end > bodyStart)
        {
            char last = text[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*') end--;
            else if (last == ')' && parens > 0) { parens--; end--; }
            else if (last == ']' && brackets > 0) { brackets--; end--; }
            else break;
        }
        return end;
    }

    /// <summary>
    /// "John.Smith@x.com" reaches here at the period the missing-space rule would cut; look
    /// ahead for '@' so the whole address stays one token.
    /// </summary>
    private static int EmailAfterLocalPart(string text, int start, int dot)
    {
        // A local part is at most 64 characters (RFC 5321); the cap also keeps "abc.Abc.Abc..." linear.
        int limit = Math.Min(text.Length, start + MaxLocalPart);
        int j = dot;
        while (j < limit && (IsWordAt(text, j) || text[j] is '.' or '-' or '+')) j++;
        return j < limit && text[j] == '@' ? EmailDomainEnd(text, j) : 0;
    }

    private const int MaxLocalPart = 64, MaxDomain = 253;

    /// <summary>End of the domain after '@' if it looks like one (labels joined by dots), or 0.</summary>
    private static int EmailDomainEnd(string text, int at)
    {
        int j = at + 1, lastDot = -1, limit = Math.Min(text.Length, at + 1 + MaxDomain);
        while (j < limit)
        {
            char c = text[j];
            if (c < 128 && IsWordAt(text, j) || c == '-') j++;
            else if (c == '.' && j + 1 < text.Length && IsWordAt(text, j + 1) && text[j + 1] < 128) { lastDot = j; j++; }
            else break;
        }
        if (j == limit && limit < text.Length && (IsWordAt(text, j) || text[j] is '-' or '.')) return 0; // too long for a domain
        while (j > at + 1 && text[j - 1] == '-') j--;
        return lastDot > at + 1 && lastDot < j - 1 ? j : 0;
    }
}
