using static FactExtract.Text.TextChars;

namespace FactExtract.Text;

/// <summary>
/// Splits tokenized news text into sentences. The sentences partition the tokens: every token
/// belongs to exactly one sentence, in order. A sentence ends
/// <list type="bullet">
/// <item>at <c>. ! ?</c> unless a lowercase word or <c>, ; :</c> follows (<c>"Why?" he asked</c>);</item>
/// <item>at an ellipsis only before a capitalised word;</item>
/// <item>at an abbreviation according to its <see cref="AbbreviationKind"/>: never after a title
/// (<c>Mr.</c>), after <c>etc.</c> before any capital, after <c>U.S.</c>, <c>Inc.</c> or an initial only
/// before a typical sentence opener (<see cref="SentenceStarters"/>);</item>
/// <item>at a blank line, always;</item>
/// <item>at a single line break after a line with no sentence-final punctuation (headline, byline,
/// "Credit: AP"), when the next line does not start in lowercase, the line does not end in a
/// word or mark that needs a continuation (<c>,</c>, <c>of</c>, <c>the</c>), and the line is not
/// a hard-wrapped paragraph line (<see cref="LineWrapDetector"/>). News archives mix one-line
/// paragraphs, headlines without terminal punctuation and 70-column wire copy; these three
/// checks keep headlines apart without cutting wrapped sentences at every capitalised line start.</item>
/// </list>
/// Closing quotes and brackets right after the terminator stay with the sentence they close.
/// </summary>
internal sealed class SentenceSplitter
{
    private enum Terminator : byte { None, Strong, Ellipsis, Abbreviation }

    /// <summary>Longer runs are cut here; real news sentences are far shorter (CoNLL's longest: 124 tokens).</summary>
    public const int MaxSentenceTokens = 250;

    private readonly Abbreviations _abbreviations;
    private readonly SentenceStarters _starters;

    public SentenceSplitter() : this(Abbreviations.Default, SentenceStarters.Default) { }

    public SentenceSplitter(Abbreviations abbreviations, SentenceStarters starters)
    {
        _abbreviations = abbreviations ?? throw new ArgumentNullException(nameof(abbreviations));
        _starters = starters ?? throw new ArgumentNullException(nameof(starters));
    }

    public Sentence[] Split(string text, Token[] tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>(tokens.Length / 20 + 1);
        int first = 0;
        // Whether a straight double quote is open in this paragraph, so that a spaced-out closing
        // quote (detokenized text: `the end . "`) is still recognised as closing.
        bool quoteOpen = false;
        var wraps = new LineWrapDetector();
        for (int i = 0; i < tokens.Length; i++)
        {
            int last = i;
            bool end = i == tokens.Length - 1;
            var terminator = end ? Terminator.None : TerminatorAt(text, tokens, i);
            bool quoteAfter = quoteOpen ^ IsStraightDoubleQuote(text, tokens[i]);
            if (terminator != Terminator.None)
            {
                int k = i;
                bool open = quoteAfter;
                while (k + 1 < tokens.Length && LineBreaksBetween(text, tokens, k) == 0 && IsCloser(text, tokens[k + 1], open))
                {
                    k++;
                    open ^= IsStraightDoubleQuote(text, tokens[k]);
                }
                if (EndsAfter(terminator, text, tokens, i, k)) { end = true; last = k; quoteAfter = open; }
            }
            if (!end && terminator != Terminator.Strong) end = BreaksAtLine(text, tokens, i, ref wraps);
            // Text with no sentence punctuation (tables, lists, a run-on line of several MB) still
            // gets bounded sentences, so per-sentence work downstream stays linear in the text.
            if (!end && last - first + 1 >= MaxSentenceTokens) end = true;
            quoteOpen = quoteAfter;
            if (last + 1 < tokens.Length && LineBreaksBetween(text, tokens, last) >= 2) quoteOpen = false;
            if (end || last == tokens.Length - 1)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last + 1));
                first = last + 1;
                i = last;
            }
        }
        return sentences.ToArray();
    }

    private static bool IsStraightDoubleQuote(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] == '"';

    private static Terminator TerminatorAt(string text, Token[] tokens, int i)
    {
        var token = tokens[i];
        char c = text[token.Start];
        if (token.Kind == TokenKind.Punctuation)
        {
            if (c == '\u2026' || (c == '.' && (token.Length > 1 || IsSpacedEllipsis(text, tokens, i)))) return Terminator.Ellipsis;
            return c is '.' or '!' or '?' ? Terminator.Strong : Terminator.None;
        }
        return token.Kind == TokenKind.Word && token.Length > 1 && text[token.End - 1] == '.'
            ? Terminator.Abbreviation : Terminator.None;
    }

    /// <summary>A period next to another lone period on the same line: ". . ."</summary>
    private static bool IsSpacedEllipsis(string text, Token[] tokens, int i) =>
        (i + 1 < tokens.Length && IsLonePeriod(text, tokens[i + 1]) && LineBreaksBetween(text, tokens, i) == 0)
        || (i > 0 && IsLonePeriod(text, tokens[i - 1]) && LineBreaksBetween(text, tokens, i - 1) == 0);

    private static bool IsLonePeriod(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && text[token.Start] == '.';

    /// <summary>Decides a boundary after token <paramref name="k"/>, given the terminator at <paramref name="i"/>.</summary>
    private bool EndsAfter(Terminator terminator, string text, Token[] tokens, int i, int k)
    {
        if (k + 1 >= tokens.Length) return true;
        if (LineBreaksBetween(text, tokens, k) >= 2) return true;
        var next = tokens[k + 1];
        char n = text[next.Start];
        switch (terminator)
        {
            case Terminator.Strong:
                if (IsLower(n)) return false;                                           // "Why?" he asked.
                if (IsDigit(n) && !next.SpaceBefore) return false;                      // a.22 rifle: a glued number
                return !(next.Kind == TokenKind.Punctuation && n is ',' or ';' or ':'); // "Go!", she said
            case Terminator.Ellipsis:
                return IsUpper(n) || IsOpeningQuote(text, next) && IsUpperAt(text, tokens, k + 2);
            default:
                var abbreviation = text.AsSpan(tokens[i].Start, tokens[i].Length - 1);
                var kind = _abbreviations.TryGetKind(abbreviation, out var listed) ? listed : AbbreviationKind.Suffix;
                if (kind == AbbreviationKind.Prefix) return false;
                if (kind == AbbreviationKind.ListEnd || ClosesQuote(text, tokens, i, k)) return IsUpper(n); // etc. The / the U.S." He
                return next.Kind == TokenKind.Word && _starters.Contains(text.AsSpan(next.Start, next.Length));
        }
    }

    /// <summary>The single-line-break rule for a token that is not a sentence terminator (see the class comment).</summary>
    private bool BreaksAtLine(string text, Token[] tokens, int i, ref LineWrapDetector wraps)
    {
        if (i + 1 >= tokens.Length) return false;
        int breaks = LineBreaksBetween(text, tokens, i);
        if (breaks >= 2) return true;
        if (breaks == 0) return false;
        if (IsLower(text[tokens[i + 1].Start]) || NeedsContinuation(text, tokens[i])) return false;
        return !wraps.IsWrapped(text, tokens[i].End, tokens[i + 1].Start);
    }

    /// <summary>A line ending in this token cannot end a sentence: a comma, an opening bracket, a title, "of".</summary>
    private bool NeedsContinuation(string text, Token token)
    {
        var s = text.AsSpan(token.Start, token.Length);
        if (token.Kind == TokenKind.Punctuation)
            return s is "," or ";" or "(" or "[" or "-" || IsDash(s[0]) || IsOpeningQuoteChar(s[0]);
        if (token.Kind != TokenKind.Word) return false;
        if (s.Length > 1 && s[^1] == '.')
            return _abbreviations.TryGetKind(s[..^1], out var kind) && kind == AbbreviationKind.Prefix; // Mr.\nSmith
        return s is "a" or "an" or "the" or "of" or "to" or "and" or "or" or "in"
            or "on" or "at" or "for" or "with" or "by" or "from" or "as" or "that" or "but";
    }

    private static int LineBreaksBetween(string text, Token[] tokens, int k) =>
        LineBreaks(text, tokens[k].End, tokens[k + 1].Start);

    /// <summary>
    /// A closing quote or bracket: unambiguous ones always; straight quotes when glued to the text
    /// before, or for '"' when a quotation is open.
    /// </summary>
    private static bool IsCloser(string text, Token token, bool quoteOpen)
    {
        if (token.Kind != TokenKind.Punctuation) return false;
        char c = text[token.Start];
        if (c is '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '}') return true;
        return c is '"' or '\'' && (!token.SpaceBefore || c == '"' && quoteOpen);
    }

    /// <summary>True when a quote mark is among the closers i+1..k; brackets alone do not count: "(U.S.) Ducati".</summary>
    private static bool ClosesQuote(string text, Token[] tokens, int i, int k)
    {
        for (int j = i + 1; j <= k; j++)
            if (text[tokens[j].Start] is not (')' or ']' or '}')) return true;
        return false;
    }

    private static bool IsOpeningQuote(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && (IsOpeningQuoteChar(text[token.Start]) || text[token.Start] is '"' or '\'');

    private static bool IsOpeningQuoteChar(char c) => c is '\u201C' or '\u2018' or '\u00AB' or '\u2039' or '`';

    private static bool IsUpperAt(string text, Token[] tokens, int index) =>
        index < tokens.Length && IsUpper(text[tokens[index].Start]);
}
