namespace FactExtract.Quantities;

/// <summary>Numbers written as words: cardinals, fractions, "half", vague counts and the pronoun "one".</summary>
internal sealed partial class QuantityScanner
{
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
            if (k < _count && !_atoms[k].Hyphenated && MeasureUnits.FromWords(Span(k)) is { IsDuration: true, IsoFactor: > 1 })
            {
                // "a decade", "a century", "a fortnight": one of a long unit; "a day", "a year" are mostly rates ("$5 a day").
                n.Value = 1;
                n.End = _atoms[j].End;
                n.NextAtom = k;
                return true;
            }
            if (k < _count && Span(k).Equals("couple", StringComparison.OrdinalIgnoreCase) && WordIs(k + 1, WordClass.Of))
            {
                // "a couple of": 2, spanned like "a dozen"; a bare "couple" is a pair of people.
                n.Value = 2;
                n.End = _atoms[k].End;
                n.NextAtom = k + 1;
                return true;
            }
            if (!(WordIs(k, WordClass.Scale) || WordIs(k, WordClass.Dozen) || WordIs(k, WordClass.Denominator) && (IsFractionContext(j, k) || WordIs(k + 1, WordClass.Scale))))
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
            else if (info.Is(WordClass.Tens) && !article && builder.TryTens(info.Value))
            {
                // "sixty - four": a spaced hyphen inside a compound number.
                if (WordIs(k + 2, WordClass.Unit) && _atoms[k + 1].Kind == AtomKind.Dash && !_atoms[k + 2].Hyphenated
                    && _atoms[k + 2].Info.Value is > 0 and < 10 && builder.TryUnit(_atoms[k + 2].Info.Value))
                {
                    end = _atoms[k + 2].End;
                    k += 3;
                    continue;
                }
            }
            else if (Span(k).Equals("point", StringComparison.OrdinalIgnoreCase) && !builder.IsEmpty && !article
                     && TryWordDecimals(k + 1, ref builder, out int afterPoint))
            {
                // "three hundred point zero six", "two point five million".
                end = _atoms[afterPoint - 1].End;
                k = afterPoint;
                continue;
            }
            else if (info.Is(WordClass.Scale) && (!article || builder.TryUnit(1)) && builder.TryScale(info.Value)) article = false;
            else if (info.Is(WordClass.And) && TryAndContinuation(k, ref builder, n, out int skip)) { k += skip; end = _atoms[k - 1].End; continue; }
            else if (info.Is(WordClass.Dozen) && (article ? !info.Is(WordClass.Plural) : !builder.IsEmpty && builder.Value % 1 == 0 && (builder.Value > 1 || !info.Is(WordClass.Plural))))
            {
                n.Value = (article ? 1 : builder.Value) * 12;
                n.End = a.End;
                n.NextAtom = k + 1;
                return true;
            }
            else if (info.Is(WordClass.Denominator) && (article || !builder.IsEmpty) && IsFraction(k, info, article ? 1 : builder.Value))
                return TryFraction(k, info, article ? 1 : builder.Value, ref n);
            else if (!article && TryOrdinalEnd(k, builder, out decimal ordinal, out int ordinalAtom))
            {
                n.Kind = NumeralKind.Ordinal;
                n.Value = ordinal;
                end = _atoms[ordinalAtom].End;
                k = ordinalAtom + 1;
                break;
            }
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
        AttachHyphenatedWordUnit(k - 1, ref n);
        return true;
    }

    /// <summary>
    /// "a third" is a fraction in "a third of the staff" and "fell by a third", an ordinal in
    /// "a third term" and "by a third party".
    /// </summary>
    private bool IsFractionContext(int article, int denominator)
    {
        int next = denominator + 1;
        if (WordIs(next, WordClass.Of)) return true;
        if (article == 0 || !Span(article - 1).Equals("by", StringComparison.OrdinalIgnoreCase)) return false;
        return next >= _count || _atoms[next].Kind != AtomKind.Word
            || _atoms[next].IsWord(WordClass.YearContext | WordClass.FunctionWord | WordClass.To | WordClass.From)
            || Span(next).Equals("last", StringComparison.OrdinalIgnoreCase) || Span(next).Equals("this", StringComparison.OrdinalIgnoreCase); // "by a sixth last year"
    }

    /// <summary>
    /// "and five" after "hundred"/"thousand", or a fraction after a whole number: "and a half", "and a third",
    /// "and three quarters", "and sixty-three hundredths" ("two hundred and five eighths" is 200.625).
    /// </summary>
    private bool TryAndContinuation(int k, ref CardinalBuilder builder, Numeral n, out int consumed)
    {
        consumed = 0;
        var trial = builder;
        if (TryFractionPhrase(k + 1, out decimal fraction, out int afterFraction) && trial.TryAddFraction(fraction))
        {
            builder = trial;
            consumed = afterFraction - k;
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

    /// <summary>
    /// A proper fraction written in words at atom <paramref name="k"/>: "a third", "a half", "three quarters",
    /// "five eighths", "sixty-three hundredths". Used after "and", where "a third" cannot be an ordinal.
    /// </summary>
    private bool TryFractionPhrase(int k, out decimal value, out int next)
    {
        value = 0;
        next = k;
        if (WordIs(k, WordClass.Article) && !_atoms[k].Hyphenated)
        {
            if (!WordIs(k + 1, WordClass.Denominator) || _atoms[k + 1].Hyphenated || _atoms[k + 1].Info.Is(WordClass.Plural)) return false;
            value = FractionValue(1, _atoms[k + 1].Info.Value);
            next = k + 2;
            return true;
        }
        if (k >= _count || _atoms[k].Kind != AtomKind.Word) return false;
        var numeral = default(Numeral);
        var builder = new CardinalBuilder();
        if (_atoms[k].Hyphenated)
        {
            // "three-quarters", "sixty-three" followed by "hundredths".
            numeral.Kind = NumeralKind.Cardinal;
            if (FeedHyphenated(k, ref builder, ref numeral) != _atoms[k].End || numeral.Closed) return false;
            if (numeral.Kind == NumeralKind.Fraction)
            {
                value = numeral.Value!.Value;
                next = k + 1;
                return value < 1;
            }
            if (numeral.Kind != NumeralKind.Cardinal) return false;
            k++;
        }
        else
        {
            while (k < _count && _atoms[k].Kind == AtomKind.Word && !_atoms[k].Hyphenated
                   && (_atoms[k].IsWord(WordClass.Unit) && builder.TryUnit(_atoms[k].Info.Value) || _atoms[k].IsWord(WordClass.Tens) && builder.TryTens(_atoms[k].Info.Value)))
                k++;
        }
        if (builder.IsEmpty || !WordIs(k, WordClass.Denominator) || _atoms[k].Hyphenated) return false;
        var den = _atoms[k].Info;
        decimal numerator = builder.Value;
        // "nine and three quarter lengths": after "and" a singular denominator is how racing results are written.
        if (numerator <= 0 || numerator >= den.Value || den.Is(WordClass.Plural) && numerator == 1) return false;
        value = FractionValue(numerator, den.Value);
        next = k + 1;
        return true;
    }

    /// <summary>
    /// A fraction's value: exact when the denominator is a power of ten ("a billionth" is 0.000000001),
    /// else rounded to four decimal places ("two-thirds" is 0.6667).
    /// </summary>
    internal static decimal FractionValue(decimal numerator, decimal denominator)
    {
        decimal exact = numerator / denominator;
        decimal d = denominator;
        while (d % 10 == 0 && d > 1) d /= 10;
        return d == 1 ? exact : Math.Round(exact, 4);
    }

    /// <summary>The "a-half" or "a-quarter" that ends "three-and-a-half".</summary>
    private static bool TryAndAHalf(ReadOnlySpan<char> rest, ref CardinalBuilder builder)
    {
        if (!rest.StartsWith("a-", StringComparison.OrdinalIgnoreCase)) return false;
        var info = NumberWords.Get(rest[2..]);
        return info.Is(WordClass.Denominator) && !info.Is(WordClass.Plural) && info.Value is 2 or 4
            && builder.TryAddFraction(1 / info.Value);
    }

    /// <summary>
    /// Whether a denominator word after <paramref name="numerator"/> makes a fraction: the plural must agree
    /// ("two thirds", "one third"), and "one hundredth" is a fraction only before "of" ("the one hundredth
    /// anniversary" is an ordinal).
    /// </summary>
    private bool IsFraction(int k, WordInfo info, decimal numerator)
    {
        bool plural = info.Is(WordClass.Plural);
        if (numerator % 1 != 0 || numerator <= 0 || numerator > 1000 || plural != (numerator > 1)) return false;
        return plural || info.Value < 100 || WordIs(k + 1, WordClass.Of) || k + 1 >= _count || _atoms[k + 1].Kind != AtomKind.Word;
    }

    /// <summary>"two thirds", "a third of", "three quarters": value rounded to four decimal places.</summary>
    private bool TryFraction(int k, WordInfo info, decimal numerator, ref Numeral n)
    {
        bool plural = info.Is(WordClass.Plural);
        if (numerator % 1 != 0 || numerator <= 0 || numerator > 1000 || plural != (numerator > 1)) return false;
        n.Kind = NumeralKind.Fraction;
        n.Value = FractionValue(numerator, info.Value);
        n.End = _atoms[k].End;
        n.NextAtom = k + 1;
        if (WordIs(k + 1, WordClass.Scale) && !_atoms[k + 1].Hyphenated && _atoms[k + 1].Info.Value >= 1000)
        {
            // "a quarter million", "three quarters of a billion" is not handled: a fraction of a scale is a count.
            n.Kind = NumeralKind.Cardinal;
            n.Value = numerator * _atoms[k + 1].Info.Value / info.Value;
            n.Multiplier = _atoms[k + 1].Info.Value;
            n.End = _atoms[k + 1].End;
            n.NextAtom = k + 2;
        }
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
            else if (info.Is(WordClass.Denominator) && !first && numerator > 0 && partEnd == word.Length
                     && info.Is(WordClass.Plural) == (numerator > 1))
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
            else if (partEnd < word.Length && word[pos..partEnd] is "and" && TryAndAHalf(word[(partEnd + 1)..], ref trial))
            {
                builder = trial; // "three-and-a-half": the whole word
                return _atoms[k].End;
            }
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

    private const WordClass NumberRoles = WordClass.Unit | WordClass.Tens | WordClass.Scale | WordClass.Ordinal | WordClass.Denominator
        | WordClass.Dozen | WordClass.Vague | WordClass.Several;

    private const WordClass PercentOrMoneyWords = WordClass.PercentWord | WordClass.Per | WordClass.Percentage | WordClass.Currency
        | WordClass.MinorCurrency | WordClass.Scale;

    /// <summary>"no one", "the one who", "one another", "this one", "a Bulgarian one": the pronoun, not the number.</summary>
    private bool IsPronounOne(int j, int next)
    {
        if (next != j + 1 || _atoms[j].Hyphenated || !Span(j).Equals("one", StringComparison.OrdinalIgnoreCase)) return false;
        if (WordIs(j - 1, WordClass.PronounContext)) return true;
        if (WordIs(j - 1, WordClass.PronounAdjective) && (WordIs(j - 2, WordClass.PronounContext) || WordIs(j - 2, WordClass.Article))) return true;
        // "a Bulgarian one", "an older one": article, adjective, "one" - unless an amount follows ("a mere one percent").
        if (WordIs(j - 2, WordClass.Article) && j >= 2 && _atoms[j - 1].Kind == AtomKind.Word && (_atoms[j - 1].Info.Class & NumberRoles) == 0
            && !(next < _count && (_atoms[next].Kind is AtomKind.Percent || _atoms[next].IsWord(PercentOrMoneyWords)
                || Span(next).Equals("in", StringComparison.OrdinalIgnoreCase) || _atoms[next].IsWord(WordClass.And))))
            return true;
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

    /// <summary>"several hundred", "a few thousand": like "hundreds of", a count without a value.</summary>
    private int TrySeveral(int i)
    {
        if (!WordIs(i + 1, WordClass.Scale) || _atoms[i + 1].Hyphenated) return -1;
        int start = WordIs(i - 1, WordClass.Article) && Span(i).Equals("few", StringComparison.OrdinalIgnoreCase) ? i - 1 : i;
        if (start == i && Span(i).Equals("few", StringComparison.OrdinalIgnoreCase)) return -1; // "few hundred" alone is rare and odd
        int k = i + 1;
        while (WordIs(k + 1, WordClass.Scale) && !_atoms[k + 1].Hyphenated) k++; // "several hundred thousand"
        FindQualifier(start, out var qualifier, out int qualifierStart);
        Add(_atoms[start].Start, _atoms[k].End, QuantityKind.Number, null, null, "", qualifier, qualifierStart, null);
        return k + 1;
    }
}
