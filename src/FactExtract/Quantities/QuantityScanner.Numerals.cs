namespace FactExtract.Quantities;

internal sealed partial class QuantityScanner
{
    private bool TryNumeral(int j, out Numeral n)
    {
        n = default;
        n.NextAtom = -1;
        if (j >= _count) return false;
        return _atoms[j].Kind switch
        {
            AtomKind.Number => TryDigitNumeral(j, out n),
            AtomKind.Word => TryWordNumeral(j, out n),
            _ => false,
        };
    }

    /// <summary>"380,000", "-3.5", "1.5bn", "21st", "1990s", "50p", "10-20", "1996-08-22", "47-member", "2 million".</summary>
    private bool TryDigitNumeral(int j, out Numeral n)
    {
        n = default;
        n.NextAtom = j + 1; // on failure: skip this atom, it is not a quantity ("5G", "10:30")
        var a = _atoms[j];
        var span = Span(j);
        var r = NumberParser.ScanDigits(span);
        if (!r.Success || r.Suffix == NumberSuffix.Unknown || r.HasLeadingZero) return false;
        n.FirstAtom = j;
        n.Start = a.Start;
        n.End = a.Start + r.Length;
        n.Value = r.Value;
        n.Multiplier = r.Multiplier;
        n.IntegerDigits = r.IntegerDigits;
        n.ExplicitPlus = span[0] == '+';
        n.Kind = r.Suffix switch
        {
            NumberSuffix.Ordinal => NumeralKind.Ordinal,
            NumberSuffix.Decade => NumeralKind.Decade,
            NumberSuffix.Pence => NumeralKind.Pence,
            _ => NumeralKind.Cardinal,
        };
        n.Plain = r.Suffix == NumberSuffix.None && !r.HasSign && !r.HasGroupSeparators && !r.HasDecimalPoint;
        var rest = span[r.Length..];
        if (!rest.IsEmpty)
        {
            if (rest.Length < 2 || rest[0] is not ('-' or '\u2013')) return false; // "10:30", "9/11", "1.2.3"
            if (char.IsAsciiDigit(rest[1]))
            {
                if (!TryInTokenRange(j, r, rest, ref n)) return false;
            }
            else if (char.IsLetter(rest[1]) && n.Kind is NumeralKind.Cardinal or NumeralKind.Ordinal)
            {
                n.Closed = true; // "47-member", "30-year-old", "27-strong", "21st-century"
                n.Plain = false;
            }
            else return false;
        }
        else if (!r.HasSign && j > 0 && IsSignDash(j)) // "-3.5" cut by a tokenizer into "-" "3.5"
        {
            n.FirstAtom = j - 1;
            n.Start = _atoms[j - 1].Start;
            n.Value = -n.Value;
            n.Plain = false;
        }
        if (n.Kind == NumeralKind.Cardinal && !n.Closed && r.Suffix == NumberSuffix.None && n.Multiplier == 1)
            AttachScaleWords(ref n);
        return true;
    }

    private bool IsSignDash(int j)
    {
        var dash = _atoms[j - 1];
        if (dash.Kind != AtomKind.Dash || dash.End != _atoms[j].Start || !dash.SpaceBefore) return false;
        if (_text[dash.Start] is not ('-' or '\u2212')) return false;
        return j < 2 || _atoms[j - 2].Kind is not (AtomKind.Number or AtomKind.Percent);
    }

    /// <summary>The second half of "10-20", "2020-21" or "1996-08-22" inside one atom.</summary>
    private bool TryInTokenRange(int j, NumberParseResult r, ReadOnlySpan<char> rest, ref Numeral n)
    {
        var r2 = NumberParser.ScanDigits(rest[1..]);
        if (!r2.Success || r2.HasSign || r.Suffix != NumberSuffix.None && r.Suffix != NumberSuffix.Multiplier) return false;
        var rest2 = rest[(1 + r2.Length)..];
        if (!rest2.IsEmpty && rest2[0] == '-' && rest2.Length == 3 && char.IsAsciiDigit(rest2[1]) && char.IsAsciiDigit(rest2[2])
            && n.Plain && r.IntegerDigits == 4 && r2.Suffix == NumberSuffix.None && r2.Length == 2)
        {
            n.Kind = NumeralKind.IsoDate;
            n.Month = (int)r2.Value;
            n.Day = (rest2[1] - '0') * 10 + (rest2[2] - '0');
            n.End = _atoms[j].End;
            return IsValidDate((int)r.Value, n.Month, n.Day);
        }
        if (r2.HasLeadingZero || r2.Suffix is not (NumberSuffix.None or NumberSuffix.Multiplier)) return false;
        if (!rest2.IsEmpty && !(rest2.Length > 1 && rest2[0] == '-' && char.IsLetter(rest2[1]))) return false;
        decimal lo = r.Value, hi = r2.Value;
        bool year = n.Plain && r.IntegerDigits == 4 && r2.Suffix == NumberSuffix.None && (r2.IntegerDigits == 2 || r2.IntegerDigits == 4) && !r2.HasDecimalPoint;
        if (year && r2.IntegerDigits == 2) hi = lo - lo % 100 + hi; // "2020-21"
        if (r.Suffix == NumberSuffix.None && r2.Suffix == NumberSuffix.Multiplier) lo *= r2.Multiplier; // "10-20m"
        if (lo >= hi) return false; // "3-1" is a score, "555-0134" a phone number
        if (WordIs(j - 1, WordClass.ScoreContext) || WordIs(j + 1, WordClass.ScoreContext)) return false;
        n.Value = NumberParser.Normalize(lo);
        n.ValueTo = NumberParser.Normalize(hi);
        n.Multiplier = r2.Multiplier;
        n.Plain = year;
        n.Closed = !rest2.IsEmpty;
        n.End = rest2.IsEmpty ? _atoms[j].End : _atoms[j].End - rest2.Length;
        return true;
    }

    /// <summary>"2 million", "2.5 billion", "two dozen": scale words after the digits.</summary>
    private void AttachScaleWords(ref Numeral n)
    {
        var builder = new CardinalBuilder();
        builder.TryDigits(n.Value!.Value);
        int k = n.NextAtom;
        while (k < _count && _atoms[k].IsWord(WordClass.Scale) && !_atoms[k].Hyphenated && builder.TryScale(_atoms[k].Info.Value)) k++;
        if (k == n.NextAtom)
        {
            if (n.ValueTo is null && k < _count && _atoms[k].IsWord(WordClass.Dozen) && n.Value % 1 == 0 && n.Value > 0)
            {
                n.Value *= 12;
                n.End = _atoms[k].End;
                n.NextAtom = k + 1;
                n.Plain = false;
            }
            return;
        }
        n.Multiplier = builder.Value / n.Value!.Value;
        n.Value = builder.Value;
        if (n.ValueTo is { } to) n.ValueTo = to * n.Multiplier; // "2-3 million"
        n.End = _atoms[k - 1].End;
        n.NextAtom = k;
        n.Plain = false;
    }

    /// <summary>"three", "twenty-one", "one hundred and five", "a million", "a dozen", "two-thirds", "half a million", "first".</summary>
    private bool TryWordNumeral(int j, out Numeral n)
    {
        n = default;
        n.NextAtom = -1;
        n.FirstAtom = j;
        n.Start = _atoms[j].Start;
        n.FromWords = true;
        n.Multiplier = 1;
        var info = _atoms[j].Info;
        if (_atoms[j].Hyphenated || info.Is(WordClass.Unit | WordClass.Tens | WordClass.Article))
            return TryCardinalWords(j, ref n);
        if (info.Is(WordClass.Ordinal))
        {
            // "1 second behind", "ten seconds": after a number "second" is the unit of time.
            if (j > 0 && (_atoms[j - 1].Kind == AtomKind.Number || _atoms[j - 1].IsWord(WordClass.Unit | WordClass.Tens))
                && Span(j).Equals("second", StringComparison.OrdinalIgnoreCase)) return false;
            n.Kind = NumeralKind.Ordinal;
            n.Value = info.Value;
            n.End = _atoms[j].End;
            n.NextAtom = j + 1;
            return true;
        }
        if (info.Is(WordClass.Denominator) && info.Value == 2 && !info.Is(WordClass.Plural)) return TryHalf(j, ref n);
        return false;
    }

    /// <summary>"half of", "half the", "half a million"; not "the second half".</summary>
    private bool TryHalf(int j, ref Numeral n)
    {
        int k = j + 1;
        if (WordIs(j - 1, WordClass.Ordinal | WordClass.PronounContext)) return false; // "the second half", "the other half"
        n.Kind = NumeralKind.Fraction;
        n.Value = 0.5m;
        n.End = _atoms[j].End;
        n.NextAtom = k;
        if (WordIs(k, WordClass.Article) && (WordIs(k + 1, WordClass.Scale) || WordIs(k + 1, WordClass.Dozen)))
        {
            n.Kind = NumeralKind.Cardinal;
            n.Value = 0.5m * (WordIs(k + 1, WordClass.Dozen) ? 12 : _atoms[k + 1].Info.Value);
            n.End = _atoms[k + 1].End;
            n.NextAtom = k + 2;
            return true;
        }
        if (WordIs(k, WordClass.Article) && (WordIs(k + 1, WordClass.PercentWord) || WordIs(k + 1, WordClass.Per)))
        {
            n.End = _atoms[k].End; // "half a percent": the percent word attaches after "a"
            n.NextAtom = k + 1;
            return true;
        }
        if (WordIs(k, WordClass.Of) || WordIs(k, WordClass.PronounContext) && !WordIs(j - 1, WordClass.PronounContext)) return true;
        return WordIs(k, WordClass.PercentWord) || WordIs(k, WordClass.Per) || k < _count && _atoms[k].Kind == AtomKind.Percent;
    }

    private bool TryCardinalWords(int j, ref Numeral n)
    {
        var builder = new CardinalBuilder();
        bool article = false;
        int k = j;
        if (_atoms[j].IsWord(WordClass.Article) && !_atoms[j].Hyphenated)
        {
            article = true;
            k++;
            if (!(WordIs(k, WordClass.Scale) || WordIs(k, WordClass.Dozen) || WordIs(k, WordClass.Denominator) && WordIs(k + 1, WordClass.Of)))
                return false;
        }
        int end = -1;
        while (k < _count && _atoms[k].Kind == AtomKind.Word)
        {
            var a = _atoms[k];
            var info = a.Info;
            if (a.Hyphenated)
            {
                if (article) break;
                int consumed = FeedHyphenated(k, ref builder, ref n);
                if (consumed == 0) break;
                end = consumed;
                k++;
                if (n.Closed || n.Kind != NumeralKind.Cardinal) break;
                continue;
            }
            if (info.Is(WordClass.Unit) && !article && builder.TryUnit(info.Value)) { }
            else if (info.Is(WordClass.Tens) && !article && builder.TryTens(info.Value)) { }
            else if (info.Is(WordClass.Scale) && (!article || builder.TryUnit(1)) && builder.TryScale(info.Value)) article = false;
            else if (info.Is(WordClass.And) && TryAndContinuation(k, ref builder, n, out int skip)) { k += skip; end = _atoms[k - 1].End; continue; }
            else if (info.Is(WordClass.Dozen) && (article || !builder.IsEmpty && builder.Value % 1 == 0))
            {
                n.Value = (article ? 1 : builder.Value) * 12;
                n.End = a.End;
                n.NextAtom = k + 1;
                return true;
            }
            else if (info.Is(WordClass.Denominator) && (article || !builder.IsEmpty)) return TryFraction(k, info, article ? 1 : builder.Value, ref n);
            else break;
            end = a.End;
            k++;
        }
        if (article || end < 0) return false;
        if (n.Kind == NumeralKind.Cardinal)
        {
            if (builder.IsEmpty) return false;
            n.Value = builder.Value;
        }
        if (IsPronounOne(j, k)) return false;
        n.End = end;
        n.NextAtom = k;
        return true;
    }

    /// <summary>"and five" after "hundred"/"thousand", or "and a half" after a whole number.</summary>
    private bool TryAndContinuation(int k, ref CardinalBuilder builder, Numeral n, out int consumed)
    {
        consumed = 0;
        var trial = builder;
        if (WordIs(k + 1, WordClass.Article) && k + 2 < _count && _atoms[k + 2].IsWord(WordClass.Denominator) && _atoms[k + 2].Info.Value == 2
            && !_atoms[k + 2].Info.Is(WordClass.Plural) && trial.TryAddHalf())
        {
            builder = trial;
            consumed = 3;
            return true;
        }
        if (k + 1 >= _count || _atoms[k + 1].Kind != AtomKind.Word || !trial.TryAnd()) return false;
        if (_atoms[k + 1].Hyphenated)
        {
            // "and thirty-four": only a plain cardinal continues the number.
            if (FeedHyphenated(k + 1, ref trial, ref n) != _atoms[k + 1].End || n.Closed || n.Kind != NumeralKind.Cardinal) return false;
            builder = trial;
            consumed = 2;
            return true;
        }
        var next = _atoms[k + 1].Info;
        if (next.Is(WordClass.Unit) ? trial.TryUnit(next.Value) : next.Is(WordClass.Tens) && trial.TryTens(next.Value))
        {
            builder = trial;
            consumed = 2;
            return true;
        }
        return false;
    }

    /// <summary>"two thirds", "a third of", "three quarters": value rounded to four decimal places.</summary>
    private bool TryFraction(int k, WordInfo info, decimal numerator, ref Numeral n)
    {
        bool plural = info.Is(WordClass.Plural);
        if (numerator % 1 != 0 || numerator <= 0 || numerator > 20 || plural != (numerator > 1)) return false;
        n.Kind = NumeralKind.Fraction;
        n.Value = Math.Round(numerator / info.Value, 4);
        n.End = _atoms[k].End;
        n.NextAtom = k + 1;
        return true;
    }

    /// <summary>
    /// Feeds the parts of "twenty-one", "twenty-first", "three-quarters", "third-largest", "one-day".
    /// Returns the character end of what was consumed, or 0 when the word contributes nothing.
    /// </summary>
    private int FeedHyphenated(int k, ref CardinalBuilder builder, ref Numeral n)
    {
        var word = Span(k);
        int offset = _atoms[k].Start;
        int pos = 0, consumedEnd = 0;
        var trial = builder;
        decimal numerator = 0;
        while (pos < word.Length)
        {
            int dash = word[pos..].IndexOf('-');
            int partEnd = dash < 0 ? word.Length : pos + dash;
            var info = NumberWords.Get(word[pos..partEnd]);
            bool first = pos == 0;
            if (info.Is(WordClass.Unit) && trial.TryUnit(info.Value) || info.Is(WordClass.Tens) && trial.TryTens(info.Value))
            {
                numerator = trial.Value;
            }
            else if (info.Is(WordClass.Denominator) && !first && numerator > 0 && partEnd == word.Length)
            {
                builder = trial;
                return TryFraction(k, info, numerator, ref n) ? _atoms[k].End : 0;
            }
            else if (info.Is(WordClass.Ordinal) && (first || info.Value < 10))
            {
                if (!first && !trial.EndsWithTens()) return 0;
                n.Kind = NumeralKind.Ordinal;
                n.Value = (first ? 0 : trial.Value) + info.Value;
                n.Closed = partEnd < word.Length;
                return offset + partEnd;
            }
            else if (first) return 0;
            else
            {
                n.Closed = true;
                break;
            }
            consumedEnd = offset + partEnd;
            pos = partEnd + 1;
        }
        builder = trial;
        return consumedEnd;
    }

    /// <summary>"no one", "the one who", "one another", "this one": the pronoun, not the number.</summary>
    private bool IsPronounOne(int j, int next)
    {
        if (next != j + 1 || _atoms[j].Hyphenated || !Span(j).Equals("one", StringComparison.OrdinalIgnoreCase)) return false;
        if (WordIs(j - 1, WordClass.PronounContext)) return true;
        if (WordIs(j - 1, WordClass.PronounAdjective) && (WordIs(j - 2, WordClass.PronounContext) || WordIs(j - 2, WordClass.Article))) return true;
        if (next < _count && _atoms[next].Kind == AtomKind.Apostrophe) return true; // one's
        return next < _count && Span(next).Equals("another", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"dozens of", "hundreds of thousands of", "tens of thousands of": a count without a value.</summary>
    private int TryVague(int i)
    {
        int k = i + 1;
        int end = _atoms[i].End;
        while (WordIs(k, WordClass.Of) && WordIs(k + 1, WordClass.Vague))
        {
            end = _atoms[k + 1].End;
            k += 2;
        }
        if (!WordIs(k, WordClass.Of)) return -1;
        if (k == i + 1 && Span(i).Equals("tens", StringComparison.OrdinalIgnoreCase)) return -1;
        FindQualifier(i, out var qualifier, out int qualifierStart);
        Add(_atoms[i].Start, end, QuantityKind.Number, null, null, "", qualifier, qualifierStart, null);
        return k;
    }
}
