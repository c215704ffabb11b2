using FactExtract.Facts;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Sample;

/// <summary>Writes a processed article's entities and facts as plain lines.</summary>
public static class ArticleReport
{
    public static void Print(Document document, TextWriter output)
    {
        output.WriteLine($"Entities ({document.Entities.Count}):");
        foreach (var e in document.Entities)
            output.WriteLine($"  {e.Type,-12} {e.Text} -> {e.Canonical} [{e.Start}..{e.End}) confidence {e.Confidence:0.00}");

        output.WriteLine($"Facts ({document.Facts.Count}):");
        foreach (var f in document.Facts)
        {
            // Values are typed: the fact refers to its quantity, its date and the entities of its sentence.
            var what = f.Quantity is { } q
                ? $"{q.Kind} {q.Qualifier.ToName()} {q.Value}{(q.ValueTo is { } to ? $"-{to}" : "")} {q.Unit} {f.Measure}"
                : $"{f.Kind} {f.Text}";
            var time = f.Time?.Day?.ToString("yyyy-MM-dd") ?? When(f.Time?.Date?.Date) ?? "";
            output.WriteLine($"  {Squeeze(what)} | subject: {f.Subject} | time: {time} | entities: {string.Join("; ", f.Entities.Select(e => e.Canonical))}");
        }
    }

    /// <summary>A DATE's calendar value at its precision: "2023", "2023-08", "2023 week 5", "1990-1999".</summary>
    private static string? When(PartialDate? date) => date switch
    {
        null or { Year: null } => null,
        { Precision: DatePrecision.Day } => $"{date.Year}-{date.Month:00}-{date.Day:00}",
        { Precision: DatePrecision.Month } => $"{date.Year}-{date.Month:00}",
        { Precision: DatePrecision.Week } => $"{date.Year} week {date.Week}",
        { Precision: DatePrecision.Years } => $"{date.Year}-{date.LastYear}",
        _ => $"{date.Year}",
    };

    private static string Squeeze(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
