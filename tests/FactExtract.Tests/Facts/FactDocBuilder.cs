using FactExtract.Entities;
using FactExtract.Export.Schemas;
using FactExtract.Facts;
using FactExtract.Ingestion;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Tests.Facts;

/// <summary>
/// Builds a document with hand-made entity and quantity layers (spans found with IndexOf), so
/// the fact tests depend on neither the entity model nor the quantity extractor.
/// </summary>
internal sealed class FactDocBuilder
{
    private readonly Document _doc;
    private readonly List<Entity> _entities = [];
    private readonly List<Quantity> _quantities = [];

    public FactDocBuilder(string text, string? date = null)
    {
        _doc = new Document(new Article("test", "test.txt", text) .WithDateText(date));
        new TextStage().Process(_doc);
    }

    public string Text => _doc.Text;

    /// <summary>Adds an entity at the <paramref name="occurrence"/>-th (0-based) occurrence of <paramref name="surface"/>.</summary>
    public FactDocBuilder Entity(string surface, EntityType type, int occurrence = 0)
    {
        int start = Find(surface, occurrence);
        _entities.Add(new Entity(start, start + surface.Length, surface, type, 0.9, EntitySource.Model, _doc.SentenceIndexAt(start)));
        return this;
    }

    /// <summary>Adds a quantity; <paramref name="qualifierText"/>, when given, is the text just before the span.</summary>
    public FactDocBuilder Quantity(string surface, QuantityKind kind, decimal? value, string unit = "",
        string qualifier = "", string? qualifierText = null, int occurrence = 0, decimal? valueTo = null, string? normalized = null)
    {
        int start = Find(surface, occurrence);
        int qualifierStart = -1;
        if (qualifierText is not null)
        {
            qualifierStart = Text.LastIndexOf(qualifierText, start, StringComparison.Ordinal);
            Assert.True(qualifierStart >= 0 && qualifierStart + qualifierText.Length + 1 >= start, $"qualifier '{qualifierText}' not before '{surface}'");
        }
        Assert.True(QuantityQualifierNames.TryParse(qualifier, out var normalised), $"no qualifier is named '{qualifier}'");
        _quantities.Add(new Quantity(start, start + surface.Length, surface, kind, value, unit, normalised, _doc.SentenceIndexAt(start))
        {
            ValueTo = valueTo,
            QualifierStart = qualifierStart,
            Date = normalized is null ? null : NormalFormFormat.Parse(normalized).Date,
        });
        return this;
    }

    public Document Build()
    {
        _entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        _quantities.Sort((a, b) => a.Start.CompareTo(b.Start));
        _doc.SetEntities(new CanonicalNameResolver().Resolve(_doc.Text, _entities));
        _doc.SetQuantities(_quantities);
        new FactStage().Process(_doc);
        return _doc;
    }

    private int Find(string surface, int occurrence)
    {
        int at = -1;
        for (int n = 0; n <= occurrence; n++)
        {
            at = Text.IndexOf(surface, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{surface}' (occurrence {occurrence}) not in the text");
        }
        return at;
    }
}
