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
            var what = f.Kind == FactKind.Quantity ? $"{f.QuantityKind} {f.Qualifier} {f.Value} {f.Unit} {f.Measure}" : $"{f.Kind} {f.Value}";
            output.WriteLine($"  {Squeeze(what)} | subject: {f.Subject} | time: {f.Time} | entities: {string.Join("; ", f.Entities)}");
        }
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
