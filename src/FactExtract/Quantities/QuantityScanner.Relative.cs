using FactExtract.Lang;

namespace FactExtract.Quantities;

/// <summary>
/// Dates that need the article's date: "yesterday", "last night", "on Monday", "last month", "next year", "in March".
/// Without an article date they are still DATE mentions, with no value and no <see cref="Quantity.Date"/>: nothing
/// is guessed, and today's clock is never used.
/// </summary>
internal sealed partial class QuantityScanner
{
    /// <summary>"yesterday", "today", "tonight", "tomorrow" (and "tomorrow's"); not "USA Today" or "the Today programme".</summary>
    private int TryDayWord(int i)
    {
        if (IsInsideName(i)) return -1;
        AddDayFromArticle(_atoms[i].Start, _atoms[i].End, (int)_atoms[i].Info.Value - 1);
        return i + 1;
    }

    /// <summary>A day <paramref name="offset"/> days from the article's date; without an article date a DATE with no value.</summary>
    private void AddDayFromArticle(int start, int end, int offset)
    {
        if (_articleDate is { } article)
        {
            var day = article.AddDays(offset);
            AddDate(start, end, day.Year, PartialDate.OfDay(day));
        }
        else AddDate(start, end, null, null);
    }

    /// <summary>
    /// "Monday", "on Friday", "last Monday", "next Tuesday": a past day unless the words before it speak of the
    /// future ("will meet on Monday"). A weekday that opens a full date ("Tuesday, March 8, 2022") is left to the date.
    /// </summary>
    private int TryWeekday(int i, int direction, int first)
    {
        if (!char.IsUpper(_text[_atoms[i].Start]) || _atoms[i].Hyphenated) return -1;
        int k = i + 1;
        if (k < _count && _atoms[k].Kind == AtomKind.Comma) k++;
        if (k < _count && (_atoms[k].IsWord(WordClass.Month) || _atoms[k].Kind == AtomKind.Number)) return -1;
        if (first == i && IsInsideName(i)) return -1; // "Black Friday", "Cyber Monday", "Super Tuesday"
        if (_articleDate is { } article)
        {
            bool strict = direction != 0;
            if (direction == 0) direction = SpeaksOfTheFuture(first) ? 1 : -1;
            var day = DateResolver.Weekday(article, (int)_atoms[i].Info.Value, direction, strict);
            AddDate(_atoms[first].Start, _atoms[i].End, day.Year, PartialDate.OfDay(day));
        }
        else AddDate(_atoms[first].Start, _atoms[i].End, null, null);
        return i + 1;
    }

    /// <summary>"last month", "this year", "next week", "last Monday", "next March"; not "the last year" (a span of time).</summary>
    private int TryRelative(int i)
    {
        int k = i + 1;
        if (k >= _count || _atoms[i].Hyphenated || _atoms[k].Hyphenated || i > 0 && Span(i - 1).Equals("the", StringComparison.OrdinalIgnoreCase)) return -1;
        int direction = (int)_atoms[i].Info.Value - 1;
        var next = _atoms[k];
        if (next.IsWord(WordClass.Weekday)) return TryWeekday(k, direction == 0 ? 0 : direction, i);
        if (next.IsWord(WordClass.Month) && char.IsUpper(_text[next.Start]) && !WordIs(k + 1, WordClass.Unit | WordClass.Tens) && !(k + 1 < _count && _atoms[k + 1].Kind == AtomKind.Number))
        {
            int month = (int)next.Info.Value;
            if (_articleDate is { } article)
            {
                int year = DateResolver.YearOfMonth(article, month, direction);
                AddDate(_atoms[i].Start, next.End, year, PartialDate.OfMonth(year, month));
            }
            else AddDate(_atoms[i].Start, next.End, null, null);
            return k + 1;
        }
        if (direction <= 0 && English.PartsOfDay.Contains(Span(k))) return TryPartOfDay(i, k, direction);
        if (!next.IsWord(WordClass.PeriodWord)) return -1;
        if (_articleDate is { } date)
        {
            var (period, year) = DateResolver.Period(date, next.Info.Text!, direction);
            AddDate(_atoms[i].Start, next.End, year, period);
        }
        else AddDate(_atoms[i].Start, next.End, null, null);
        return k + 1;
    }

    /// <summary>"last night", "last evening" (the day before the article's date), "this morning", "this afternoon" (its day).</summary>
    private int TryPartOfDay(int i, int k, int direction)
    {
        AddDayFromArticle(_atoms[i].Start, _atoms[k].End, direction);
        return k + 1;
    }

    /// <summary>
    /// "in March", "since May", "by early June": a month alone after a preposition; resolved to the year that puts it
    /// nearest the article date (2022-03), else a month without a year (written --03).
    /// </summary>
    private int TryMonthAlone(int i)
    {
        if (!IsMonthWord(i) || !IsMonthPreposition(i - 1)) return -1;
        int month = (int)_atoms[i].Info.Value;
        int end = AfterMonth(i);
        if (end < _count && _atoms[end].Kind == AtomKind.Number) return -1; // "September 31, 1996": a date that does not exist
        if (_articleDate is { } article)
        {
            int year = DateResolver.NearestYear(article, month, 0);
            AddDate(_atoms[i].Start, _atoms[end - 1].End, year, PartialDate.OfMonth(year, month));
        }
        else AddDate(_atoms[i].Start, _atoms[end - 1].End, null, PartialDate.OfMonth(null, month));
        return end;
    }

    private bool IsMonthPreposition(int p)
    {
        if (p < 0 || _atoms[p].Kind != AtomKind.Word) return false;
        var w = Span(p);
        foreach (var preposition in MonthPrepositions)
            if (w.Equals(preposition, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] MonthPrepositions =
        ["in", "since", "by", "until", "till", "from", "during", "before", "after", "through", "early", "mid", "late", "of", "to", "throughout"];

    /// <summary>Future words a few words before a weekday: "will meet on Monday", "is due to strike on Friday".</summary>
    private bool SpeaksOfTheFuture(int first)
    {
        int sentence = SentenceOf(_atoms[first].Start);
        for (int k = first - 1; k >= 0 && k >= first - 8; k--)
        {
            if (_atoms[k].Kind == AtomKind.Break || SentenceOf(_atoms[k].Start) != sentence) break;
            var w = Span(k);
            foreach (var marker in FutureMarkers)
                if (w.Equals(marker, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static readonly string[] FutureMarkers =
        ["will", "'ll", "\u2019ll", "shall", "would", "due", "scheduled", "expected", "plans", "planned", "intends", "upcoming", "wo"];

    /// <summary>A capitalised word right before atom <paramref name="i"/> inside a sentence makes it part of a name ("Black Friday", "USA Today").</summary>
    private bool IsInsideName(int i)
    {
        var a = _atoms[i];
        bool upper = char.IsUpper(_text[a.Start]);
        if (upper && i > 0 && _atoms[i - 1].Kind == AtomKind.Word && _atoms[i - 1].HasUpper && _atoms[i - 1].End + 1 == a.Start
            && (_atoms[i - 1].Info.Class & (WordClass.FunctionWord | WordClass.YearContext | WordClass.RelativeWord | WordClass.Weekday | WordClass.Month)) == 0)
            return true;
        // "the Today programme": a day word capitalised inside a sentence is a name; at a sentence start it is a day.
        return upper && a.Info.Is(WordClass.DayWord) && !IsSentenceStart(i) && !IsAllCaps(a);
    }

    private bool IsAllCaps(in Atom a)
    {
        foreach (char c in _text.AsSpan(a.Start, a.Length))
            if (char.IsLower(c)) return false;
        return true;
    }

    private void AddDate(int start, int end, int? year, PartialDate? date) =>
        Add(start, end, QuantityKind.Date, year, null, "", QuantityQualifier.None, -1, date);
}
