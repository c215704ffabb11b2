using FactExtract.Facts;
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
                ? $"{q.Kind} {q.Qualifier} {q.Value}{(q.ValueTo is { } to ? $"-{to}" : "")} {q.Unit} {f.Measure}"
                : $"{f.Kind} {f.Text}";
            var time = f.Time?.Day?.ToString("yyyy-MM-dd") ?? f.Time?.Date?.Normalized ?? f.Time?.Date?.Value?.ToString() ?? "";
            output.WriteLine($"  {Squeeze(what)} | subject: {f.Subject} | time: {time} | entities: {string.Join("; ", f.Entities.Select(e => e.Canonical))}");
        }
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
