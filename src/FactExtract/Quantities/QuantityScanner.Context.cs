namespace FactExtract.Quantities;

internal sealed partial class QuantityScanner
{
    /// <summary>
    /// The qualifier phrase ending right before atom <paramref name="first"/> ("more than", "~",
    /// "approx."), longest phrase first; case-insensitive.
    /// </summary>
    private void FindQualifier(int first, out QuantityQualifier qualifier, out int start)
    {
        qualifier = QuantityQualifier.None;
        start = -1;
        int last = first - 1;
        if (last >= 1 && _atoms[last].Kind == AtomKind.Period && _atoms[last - 1].Kind == AtomKind.Word && _atoms[last].Start == _atoms[last - 1].End)
        {
            var abbreviation = Span(last - 1);
            if (abbreviation.Equals("approx", StringComparison.OrdinalIgnoreCase) || abbreviation.Equals("c", StringComparison.OrdinalIgnoreCase)
                || abbreviation.Equals("ca", StringComparison.OrdinalIgnoreCase))
            {
                qualifier = QuantityQualifier.Around;
                start = _atoms[last - 1].Start;
                return;
            }
        }
        if (last < 0 || _atoms[last].Kind is not (AtomKind.Word or AtomKind.Tilde)) return;
        foreach (var (words, normalised) in Qualifiers.EndingWith(Span(last)))
        {
            int k = last - words.Length + 1;
            if (k < 0) continue;
            bool match = true;
            for (int w = 0; w < words.Length && match; w++)
            {
                var atom = _atoms[k + w];
                match = atom.Kind is AtomKind.Word or AtomKind.Tilde && !atom.Hyphenated
                    && Span(k + w).Equals(words[w], StringComparison.OrdinalIgnoreCase);
            }
            if (!match) continue;
            qualifier = normalised;
            start = _atoms[k].Start;
            return;
        }
    }

    /// <summary>
    /// A qualifier written after the number: "20 or more" (at least), "100 or so" (around), "50 and over",
    /// "50 or above", "65 or older", "18 and up" (at least), "10 or less"/"or fewer"/"or younger" (at most), "50-plus"/"50+"
    /// (more than: the mark glued to the numeral).
    /// Its words are consumed; <paramref name="start"/> then lies after the span. Returns the atom to continue from.
    /// </summary>
    private int FindPostQualifier(int end, int k, ref QuantityQualifier qualifier, ref int start)
    {
        var glued = _text.AsSpan(end, Math.Min(6, _text.Length - end));
        if (glued.Length > 0 && glued[0] == '+' && (glued.Length == 1 || !char.IsLetterOrDigit(glued[1]))
            || glued.StartsWith("-plus", StringComparison.OrdinalIgnoreCase) && (glued.Length == 5 || !char.IsLetter(glued[5])))
        {
            // "50+", "50-plus": the mark stays outside the span, like a qualifier written before it.
            qualifier = QuantityQualifier.MoreThan;
            start = end;
            return k;
        }
        if (glued.StartsWith("-odd", StringComparison.OrdinalIgnoreCase) && (glued.Length == 4 || !char.IsLetter(glued[4])))
        {
            qualifier = QuantityQualifier.Around; // "100-odd years"
            start = end;
            return k;
        }
        if (k <= 0 || k > _count) return k;
        if (k + 1 >= _count || _atoms[k].Kind != AtomKind.Word || _atoms[k + 1].Kind != AtomKind.Word || _atoms[k + 1].Hyphenated) return k;
        var link = Span(k);
        bool or = link.Equals("or", StringComparison.OrdinalIgnoreCase);
        if (!or && !link.Equals("and", StringComparison.OrdinalIgnoreCase)) return k;
        var word = Span(k + 1);
        QuantityQualifier found = word switch
        {
            _ when word.Equals("more", StringComparison.OrdinalIgnoreCase) && or => QuantityQualifier.AtLeast,
            _ when word.Equals("over", StringComparison.OrdinalIgnoreCase) || word.Equals("above", StringComparison.OrdinalIgnoreCase)
                || word.Equals("upwards", StringComparison.OrdinalIgnoreCase) => QuantityQualifier.AtLeast,
            // "aged 65 or older", "12 and older", "74 mph or higher", "$1 million or greater", "ages 18 and up"
            _ when word.Equals("older", StringComparison.OrdinalIgnoreCase) || word.Equals("higher", StringComparison.OrdinalIgnoreCase)
                || word.Equals("greater", StringComparison.OrdinalIgnoreCase) || word.Equals("longer", StringComparison.OrdinalIgnoreCase)
                || word.Equals("up", StringComparison.OrdinalIgnoreCase) && !or && !(k + 2 < _count && Span(k + 2).Equals("to", StringComparison.OrdinalIgnoreCase)) => QuantityQualifier.AtLeast,
            _ when (word.Equals("less", StringComparison.OrdinalIgnoreCase) || word.Equals("fewer", StringComparison.OrdinalIgnoreCase)) && or => QuantityQualifier.AtMost,
            _ when word.Equals("under", StringComparison.OrdinalIgnoreCase) || word.Equals("below", StringComparison.OrdinalIgnoreCase)
                || word.Equals("younger", StringComparison.OrdinalIgnoreCase) || word.Equals("lower", StringComparison.OrdinalIgnoreCase) => QuantityQualifier.AtMost,
            _ when word.Equals("so", StringComparison.OrdinalIgnoreCase) && or => QuantityQualifier.Around,
            _ => QuantityQualifier.None,
        };
        // "20 or more than 30", "10 or so many", and "5 and over the years" are something else.
        if (found == QuantityQualifier.None || k + 2 < _count && (WordIs(k + 2, WordClass.Unit | WordClass.Tens | WordClass.Article | WordClass.PronounContext)
            || Span(k + 2).Equals("than", StringComparison.OrdinalIgnoreCase) || _atoms[k + 2].Kind == AtomKind.Number)) return k;
        qualifier = found;
        start = _atoms[k].Start;
        return k + 2;
    }

    /// <summary>
    /// A year takes only an "around"-style qualifier written as such ("around 1990", "circa 1850",
    /// "c. 1850"): "talked about 2023", "over 2023" and "some 1990s music" are not approximations.
    /// </summary>
    private void KeepDateQualifier(ref QuantityQualifier qualifier, ref int start)
    {
        if (start < 0) return;
        var word = _text.AsSpan(start, Math.Min(13, _text.Length - start));
        if (qualifier == QuantityQualifier.Around && (word.StartsWith("around", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("circa", StringComparison.OrdinalIgnoreCase) || word.StartsWith("c.", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("ca.", StringComparison.OrdinalIgnoreCase) || word.StartsWith("approximately", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("roughly", StringComparison.OrdinalIgnoreCase)))
            return;
        qualifier = QuantityQualifier.None;
        start = -1;
    }

    /// <summary>"through" joining the ends of an inclusive range, as American English writes it: "grades 6 through 12".</summary>
    private bool IsThrough(int k) =>
        _atoms[k].Kind == AtomKind.Word && !_atoms[k].Hyphenated && Span(k).Equals("through", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Extends <paramref name="m"/> into a range: "10 to 20", "10 through 20", "10% to 20%", "10 - 20", "£10m-£20m",
    /// and, when <paramref name="between"/>, "10 and 20". Returns the atom after the range, or -1.
    /// "from 10 to 20" and "rose 5% to 20%" are changes, not ranges, and stay two quantities.
    /// </summary>
    private int TryRange(ref Measure m, bool between)
    {
        var n = m.N;
        int k = m.NextAtom;
        if (n.Closed || n.ValueTo is not null || n.Kind != NumeralKind.Cardinal || k + 1 >= _count) return -1;
        var link = _atoms[k];
        bool ok = between
            ? link.IsWord(WordClass.And)
            : link.Kind == AtomKind.Dash && _text[link.Start] != '\u2014'
              || (link.IsWord(WordClass.To) || IsThrough(k)) && !WordIs(FirstBeforeQualifier(m.FirstAtom), WordClass.ChangeContext);
        if (!ok || !TryMeasure(k + 1, out var second)) return -1;
        var n2 = second.N;
        if (n2.Kind != NumeralKind.Cardinal || n2.ValueTo is not null || n.FromWords != n2.FromWords) return -1;
        if (m.Currency is not null && second.Currency is not null && m.Currency != second.Currency) return -1;
        if (m.Percent && m.PercentUnit != second.PercentUnit) return -1; // "5% to 10", "5% to 10 percentage points"
        if (second.Percent && m.Currency is not null || m.Percent && second.Currency is not null) return -1;
        if (m.Unit is not null && m.Unit != second.Unit || second.Unit is not null && (m.Currency is not null || m.Percent)) return -1; // "10 km to 20", "5 to 10 days"
        decimal lo = n.Value!.Value, hi = n2.Value!.Value;
        if (n.Multiplier == 1 && n2.Multiplier != 1 && !TryTimes(lo, n2.Multiplier, out lo)) return -1; // "2 to 3 million"
        if (lo >= hi) return -1;
        m.N.Value = lo;
        m.N.ValueTo = hi;
        m.N.Plain = n.Plain && n2.Plain;
        m.Currency ??= second.Currency;
        m.Unit ??= second.Unit;
        m.PercentUnit = second.PercentUnit;
        m.End = second.End;
        m.NextAtom = second.NextAtom;
        return second.NextAtom;
    }

    /// <summary>The word before the qualifier of a quantity starting at <paramref name="first"/> (or before the quantity).</summary>
    private int FirstBeforeQualifier(int first)
    {
        FindQualifier(first, out _, out int start);
        if (start < 0) return first - 1;
        int k = first - 1;
        while (k >= 0 && _atoms[k].Start > start) k--;
        return k - 1;
    }

    /// <summary>"between 10 and 20", "between 10% and 20%", "between 1990 and 1995": "between" is part of the span.</summary>
    private int TryBetween(int i)
    {
        if (!TryMeasure(i + 1, out var m)) return -1;
        if (TryRange(ref m, between: true) < 0) return -1;
        FindQualifier(i, out var qualifier, out int qualifierStart);
        m.Start = _atoms[i].Start;
        m.FirstAtom = i;
        var kind = KindOf(m);
        if (kind == QuantityKind.Number && IsYear(m)) kind = QuantityKind.Date;
        if (kind == QuantityKind.Date) KeepDateQualifier(ref qualifier, ref qualifierStart);
        return Emit(m, kind, kind == QuantityKind.Date ? YearDate(m) : null, qualifier, qualifierStart);
    }

    /// <summary>
    /// A run of bare numbers ("+44 20 7946 0958", a sports table row "3 2 1 0 5") is a code or a
    /// table, not quantities: skip it whole.
    /// </summary>
    private bool TrySkipDigitRun(in Measure m, out int end)
    {
        end = m.NextAtom;
        if (m.N.FromWords || m.N.Multiplier != 1 && m.NextAtom > m.FirstAtom + 1) return false; // "2 million 300 people"
        int k = m.NextAtom;
        int before = m.FirstAtom - 1;
        if (before >= 0 && _atoms[before].Kind == AtomKind.Number && _atoms[m.FirstAtom].SpaceBefore) return true; // "+91-22-265 9000"
        if (k >= _count || _atoms[k].Kind != AtomKind.Number || !_atoms[k].SpaceBefore) return false;
        while (k < _count && _atoms[k].Kind == AtomKind.Number) k++;
        end = k;
        return true;
    }

    /// <summary>
    /// "Windows 10", "iPhone 15", "Euro 2004", "Article 50", a table row "Goias 3": a bare integer
    /// right after a capitalised word is part of a name, unless that word is a function word
    /// ("All 300", "With 300", "In 2023"): those are in the lexicon, so sentence starts are safe.
    /// </summary>
    private const WordClass NotNameWords = WordClass.FunctionWord | WordClass.YearContext | WordClass.PronounContext
        | WordClass.PronounAdjective | WordClass.Article | WordClass.And | WordClass.Of | WordClass.To | WordClass.From
        | WordClass.Between | WordClass.ChangeContext | WordClass.Month | WordClass.Per | WordClass.CurrencyModifier;

    private bool IsNameLabel(int first)
    {
        int p = first - 1;
        if (p < 0 || _atoms[p].Kind != AtomKind.Word || !_atoms[p].HasUpper) return false;
        var roles = _atoms[p].Info.Class & NotNameWords;
        // "the Big 12", "the New 52": an adjective capitalised inside a sentence is part of the name.
        if (roles != 0 && (roles != WordClass.PronounAdjective || IsSentenceStart(p))) return false;
        if (_atoms[first].Start - _atoms[p].End != 1) return false;
        var word = Span(p);
        return !(word.EndsWith("'s") || word.EndsWith("\u2019s"));
    }

    private bool IsSentenceStart(int atom)
    {
        if (!_doc.Has(FactExtract.Text.DocumentLayers.Sentences)) return atom == 0;
        int sentence = _doc.SentenceIndexAt(_atoms[atom].Start);
        return sentence < 0 || _doc.Sentences[sentence].Start == _atoms[atom].Start;
    }
}
