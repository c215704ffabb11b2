namespace FactExtract.Quantities;

/// <summary>
/// Accumulates number words left to right ("one hundred and five", "two and a half million",
/// "2.5 million") and refuses a word that cannot continue the number, so a caller can stop
/// exactly where the number ends ("five three" is two numbers; "twenty one" is one).
/// </summary>
internal struct CardinalBuilder
{
    private enum Last : byte { None, Digits, Unit, Tens, Hundred, Scale, And, Half }

    private decimal _total;
    private decimal _current;
    private decimal _lastScale;
    private Last _last;

    public readonly bool IsEmpty => _last == Last.None;
    /// <summary>True when the last word was "and", which must be followed by more number words.</summary>
    public readonly bool EndsWithAnd => _last == Last.And;
    public readonly decimal Value => _total + _current;
    public readonly bool EndsWithTens() => _last == Last.Tens;

    public bool TryDigits(decimal value)
    {
        if (_last != Last.None) return false;
        _current = value;
        _last = Last.Digits;
        return true;
    }

    public bool TryUnit(decimal value)
    {
        bool ok = _last switch
        {
            Last.None or Last.Scale or Last.And => true,
            Last.Hundred => _current % 100 == 0,
            Last.Tens => value < 10 && value > 0 && _current % 10 == 0,
            _ => false,
        };
        if (!ok) return false;
        _current += value;
        _last = Last.Unit;
        return true;
    }

    public bool TryTens(decimal value)
    {
        if (_last is not (Last.None or Last.Scale or Last.And or Last.Hundred)) return false;
        if (_last == Last.Hundred && _current % 100 != 0) return false;
        _current += value;
        _last = Last.Tens;
        return true;
    }

    /// <summary>A scale word: "hundred" multiplies the current group; larger scales close it.</summary>
    public bool TryScale(decimal scale)
    {
        if (scale == 100)
        {
            // "fifteen hundred", and in digits also "415 hundred" (41,500).
            decimal limit = _last == Last.Digits ? 10_000 : 100;
            if (_last is not (Last.Unit or Last.Tens or Last.Digits) || _current <= 0 || _current >= limit || _current % 1 != 0) return false;
            _current *= 100;
            _last = Last.Hundred;
            return true;
        }
        if (_last is not (Last.Unit or Last.Tens or Last.Hundred or Last.Digits or Last.Half) || _current <= 0) return false;
        if (_current >= 1_000_000_000_000m) return false; // keeps the product inside decimal's range
        if (_lastScale != 0 && scale >= _lastScale) return false;
        _total += _current * scale;
        _current = 0;
        _lastScale = scale;
        _last = Last.Scale;
        return true;
    }

    /// <summary>
    /// An ordinal word that ends the number: "two hundredth" (200), "one hundred and fiftieth" (150),
    /// "one hundred twenty fifth" (125), "three thousandth". It continues the number as its cardinal would
    /// ("fifth" where "five" could stand), so "one first" and "twenty twentieth" are refused.
    /// </summary>
    public readonly bool TryOrdinal(decimal ordinal, out decimal value)
    {
        value = 0;
        if (_last is not (Last.Unit or Last.Tens or Last.Hundred or Last.Scale or Last.And) || _current % 1 != 0) return false;
        var trial = this;
        bool ok = ordinal >= 100 ? trial.TryScale(ordinal) : ordinal < 20 ? trial.TryUnit(ordinal) : ordinal % 10 == 0 && trial.TryTens(ordinal);
        if (!ok) return false;
        value = trial.Value;
        return true;
    }

    public bool TryAnd()
    {
        if (_last is not (Last.Hundred or Last.Scale)) return false;
        _last = Last.And;
        return true;
    }

    /// <summary>"and a half" (0.5), "and a third", "and five eighths" after a whole number: "two and a half", "two hundred and five eighths".</summary>
    public bool TryAddFraction(decimal fraction)
    {
        if (_last is not (Last.Unit or Last.Tens or Last.Digits or Last.Hundred) || _current % 1 != 0 || fraction <= 0 || fraction >= 1) return false;
        _current += fraction;
        _last = Last.Half;
        return true;
    }

    /// <summary>The digits after "point" ("three hundred point zero six"); a scale word may still follow ("two point five million").</summary>
    public bool TryAddDecimals(decimal fraction)
    {
        if (_last is not (Last.Unit or Last.Tens or Last.Hundred) || _current % 1 != 0) return false;
        _current += fraction;
        _last = Last.Half;
        return true;
    }
}
