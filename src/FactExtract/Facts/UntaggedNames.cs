using FactExtract.Lang;
using FactExtract.Text;

namespace FactExtract.Facts;

/// <summary>
/// Names the recognizer missed where English capitalisation still marks them: a run of two or more
/// capitalised words that opens a sentence (after any dateline) and is followed by a lower-case word, its
/// verb ("Harbor Hotels Group said on Monday …", "Harbor Hotels to raise room rates …"). A shorter run
/// that begins a longer one is the same name, and so is the longer name's first word opening a later
/// sentence ("Harbor also announced …"). They are organisations for "the company" and "it"; nothing else
/// in the pipeline sees them. An industry word leading a headline's run describes the name rather than
/// being part of it ("Steelmaker Norcast to cut …" names Norcast); a name of one word is then that word
/// wherever it opens a clause ("Norcast, Europe's third-largest steelmaker, said …"). Found once per
/// document, on first use.
/// </summary>
internal sealed class UntaggedNames
{
    private static readonly WordSet Openers = new("the", "a", "an");

    private static readonly WordSet CalendarWords = new(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday");

    // Most articles have none: the collections are made only when a name is found.
    private Dictionary<int, string>? _byToken;
    private Dictionary<string, string>? _byFirstWord;
    private List<(int Offset, string Name)>? _inOrder;

    public UntaggedNames(FactContext ctx)
    {
        List<(int Token, int Offset, string Text)>? runs = null;
        foreach (var sentence in ctx.Sentences)
        {
            int start = SubjectStart(ctx, sentence);
            int end = start;
            while (end < sentence.TokenEnd && IsNameWord(ctx, end)) end++;
            if (end - start < 2 || end >= sentence.TokenEnd) continue;
            var next = ctx.Word(end);
            if (ctx.Tokens[end].Kind != TokenKind.Word || !char.IsLower(next[0])) continue;
            if (ctx.IsIn(start, English.IndustryNouns)) start++; // "Steelmaker Norcast to cut": the name is Norcast
            (runs ??= []).Add((start, ctx.Tokens[start].Start, ctx.Text[ctx.Tokens[start].Start..ctx.Tokens[end - 1].End]));
        }
        if (runs is null) return;
        _byToken = [];
        _byFirstWord = new(StringComparer.Ordinal);
        _inOrder = [];
        foreach (var (token, offset, text) in runs)
        {
            // "Harbor Hotels" (headline) and "Harbor Hotels Group" (body) are one name: the longest.
            var name = text;
            foreach (var other in runs)
                if (other.Text.Length > name.Length && other.Text.StartsWith(name + " ", StringComparison.Ordinal)) name = other.Text;
            _byToken[token] = name;
            int space = name.IndexOf(' ');
            _byFirstWord.TryAdd(space < 0 ? name : name[..space], name);
            _inOrder.Add((offset, name));
        }
    }

    /// <summary>The name whose run starts at <paramref name="token"/>, or whose first word opens a clause there.</summary>
    public string? At(FactContext ctx, int token)
    {
        if (_byToken is null || _byFirstWord is null) return null;
        if (_byToken.TryGetValue(token, out var name)) return name;
        if (!IsNameWord(ctx, token) || !_byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(ctx.Word(token), out var named))
            return null;
        // A one-word name is the word itself; a longer name's first word stands for it before a verb ("Harbor also said").
        bool whole = named.Length == ctx.Tokens[token].Length;
        return whole || (token + 1 < ctx.Tokens.Length && char.IsLower(ctx.Word(token + 1)[0])) ? named : null;
    }

    /// <summary>The latest such name opening a sentence before <paramref name="offset"/>, with its offset; null when none.</summary>
    public (int Offset, string Name)? LatestBefore(int offset)
    {
        if (_inOrder is null) return null;
        for (int i = _inOrder.Count - 1; i >= 0; i--)
            if (_inOrder[i].Offset < offset) return _inOrder[i];
        return null;
    }

    private static int SubjectStart(FactContext ctx, Sentence sentence)
    {
        int start = Datelines.End(ctx, sentence);
        if (start < sentence.TokenEnd && ctx.IsIn(start, Openers)) start++;
        return start;
    }

    /// <summary>A capitalised word (not all capitals: "OSLO" is a dateline) the recognizer left untagged.</summary>
    internal static bool IsNameWord(FactContext ctx, int t)
    {
        if (ctx.Tokens[t].Kind != TokenKind.Word) return false;
        var w = ctx.Word(t);
        if (w.Length < 2 || !char.IsUpper(w[0]) || !char.IsLower(w[^1])) return false;
        if (ctx.IsIn(t, FactLexicon.PhraseStoppers) || ctx.IsIn(t, CalendarWords)) return false; // "On Monday the government …"
        return ctx.EntityAt(t) is null;
    }
}
