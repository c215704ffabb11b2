using System.Globalization;
using System.Text.Json;
using FactExtract.Facts;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Export.Schemas;

/// <summary>
/// Rebuilds facts from their <c>articles.jsonl</c> rows (<c>extract --resume</c>) and links them
/// again to the records they refer to, on a document whose entities and quantities are already
/// restored: a quantity fact to the quantity with its span, its time to the DATE quantity that
/// writes the same time nearest to it, its subject and sentence entities to their mentions.
/// A reference that a damaged line leaves without a target stays empty rather than failing
/// half-way through a restore.
/// </summary>
internal static class FactLinks
{
    public static Action<Document> Read(IReadOnlyList<JsonRow<Fact>> rows)
    {
        // Read every value now: the JSON rows live only during this call.
        var read = rows.Select(r => (Fact: Unlinked(r), Value: r.Get<string>("value"), Time: r.Get<string>("time"))).ToList();
        return document => document.SetFacts(Link(document, read));
    }

    private static (Fact Fact, QuantityKind? QuantityKind) Unlinked(JsonRow<Fact> r)
    {
        string kindName = r.Get<string>("kind");
        QuantityKind? quantityKind = Enum.GetValues<QuantityKind>().Where(k => k.ToName() == kindName).Select(k => (QuantityKind?)k).FirstOrDefault();
        var kind = quantityKind is not null ? FactKind.Quantity
            : Enum.GetValues<FactKind>().Where(k => k.ToName() == kindName).Select(k => (FactKind?)k).FirstOrDefault()
              ?? throw new JsonException($"unknown fact kind '{kindName}'");
        var fact = new Fact(r.Get<int>("start"), r.Get<int>("end"), kind, r.Get<int>("sentence"))
        {
            Measure = r.Get<string>("measure"),
            Subject = r.Get<string>("subject"),
            Change = r.Get<ChangeDirection>("change"),
        };
        return (fact, quantityKind);
    }

    private static List<Fact> Link(Document document, List<((Fact Fact, QuantityKind? QuantityKind) Unlinked, string Value, string Time)> read)
    {
        // A restored document has no tokens or sentences: each entity's sentence comes from its row.
        var mentions = new EntityMentions(document.TryGet(EntityLayer.Key, out var entities) ? entities : [], e => e.Sentence);
        var quantities = document.TryGet(QuantityLayer.Key, out var restored) ? restored : [];
        var bySpan = new Dictionary<(int, int), Quantity>();
        var datesByTime = new Dictionary<string, List<Quantity>>(StringComparer.Ordinal);
        foreach (var q in quantities)
        {
            bySpan.TryAdd((q.Start, q.End), q);
            if (q.Kind == QuantityKind.Date) ListFor(datesByTime, FactSchema.TimeText(FactTime.Of(q))).Add(q);
        }
        var facts = new List<Fact>(read.Count);
        foreach (var ((unlinked, quantityKind), value, time) in read)
        {
            var quantity = quantityKind is { } k && bySpan.TryGetValue((unlinked.Start, unlinked.End), out var q) && q.Kind == k ? q : null;
            facts.Add(unlinked with
            {
                Quantity = quantity,
                Text = unlinked.Kind == FactKind.Quantity ? "" : value,
                SubjectEntity = mentions.MentionOf(unlinked.Subject, unlinked.Sentence, unlinked.Start),
                Entities = mentions.NamedIn(unlinked.Sentence),
                Time = TimeOf(unlinked, time, datesByTime),
            });
        }
        return facts;
    }

    private static FactTime? TimeOf(Fact fact, string time, Dictionary<string, List<Quantity>> datesByTime)
    {
        if (time.Length == 0) return null;
        if (fact.Kind != FactKind.Quantity)
            return DateOnly.TryParseExact(time, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? FactTime.On(day) : null;
        return datesByTime.TryGetValue(time, out var dates) ? FactTime.Of(Nearest(dates, fact.Start)) : null;
    }

    /// <summary>The date nearest to <paramref name="offset"/> (the list is in text order; a tie goes to the earlier).</summary>
    private static Quantity Nearest(List<Quantity> dates, int offset)
    {
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (dates[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        if (lo == dates.Count) return dates[^1];
        if (lo == 0) return dates[0];
        return offset - dates[lo - 1].Start <= dates[lo].Start - offset ? dates[lo - 1] : dates[lo];
    }

    private static List<Quantity> ListFor(Dictionary<string, List<Quantity>> map, string key) =>
        map.TryGetValue(key, out var list) ? list : map[key] = [];
}
