using System.Globalization;

namespace FactExtract.Export;

/// <summary>The one place numbers become text in output: invariant culture, no exponent, no trailing zeros.</summary>
internal static class InvariantNumber
{
    public static string Format(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Format(decimal? value) => value is { } v ? Format(v) : "";
}
