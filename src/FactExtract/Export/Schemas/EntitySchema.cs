using FactExtract.Entities;
using static FactExtract.Export.Schemas.CommonColumns;

namespace FactExtract.Export.Schemas;

/// <summary><c>entities.csv</c> and the <c>entities</c> array of <c>articles.jsonl</c>.</summary>
internal static class EntitySchema
{
    public static LayerSchema<Entity> Schema { get; } = new("entities",
        [
            .. ArticleAndSpan<Entity>(e => e.Sentence, e => e.Start, e => e.End),
            new Column<Entity, string>("text", (_, e) => e.Text, ValueFormats.Text),
            new Column<Entity, EntityType>("type", (_, e) => e.Type, ValueFormats.Name<EntityType>(t => t.ToName())),
            new Column<Entity, string>("canonical", (_, e) => e.Canonical, ValueFormats.SafeText),
            new Column<Entity, double>("confidence", (_, e) => e.Confidence, ValueFormats.Confidence),
            new Column<Entity, EntitySource>("source", (_, e) => e.Source, ValueFormats.Name<EntitySource>(s => s.ToName())),
            new Column<Entity, string>("entity_id", (_, e) => e.EntityId, ValueFormats.Text),
        ],
        rows: d => ByOffset(d, EntityLayer.Key, e => e.Start, e => e.End),
        count: d => CountOf(d, EntityLayer.Key),
        fromJson: r => new Entity(r.Get<int>("start"), r.Get<int>("end"), r.Get<string>("text"), r.Get<EntityType>("type"),
            r.Get<double>("confidence"), r.Get<EntitySource>("source"), r.Get<int>("sentence"))
        { Canonical = r.Get<string>("canonical") },
        restore: (d, entities) => d.SetEntities(entities));
}
