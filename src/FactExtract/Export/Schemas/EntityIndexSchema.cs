using FactExtract.Entities;

namespace FactExtract.Export.Schemas;

/// <summary><c>entities_index.csv</c>: one row per real-world entity across the run.</summary>
internal static class EntityIndexSchema
{
    public static TableSchema<EntityIndexRow> Schema { get; } = new("entities_index",
    [
        new Column<EntityIndexRow, string>("entity_id", (_, r) => r.EntityId, ValueFormats.Text),
        new Column<EntityIndexRow, string>("canonical", (_, r) => r.Canonical, ValueFormats.SafeText),
        new Column<EntityIndexRow, EntityType>("type", (_, r) => r.Type, ValueFormats.Name<EntityType>(t => t.ToName())),
        new Column<EntityIndexRow, IReadOnlyList<string>>("aliases", (_, r) => r.Aliases, ValueFormats.NameList),
        new Column<EntityIndexRow, int>("articles", (_, r) => r.Articles, ValueFormats.Integer),
        new Column<EntityIndexRow, int>("mentions", (_, r) => r.Mentions, ValueFormats.Integer),
        new Column<EntityIndexRow, DateOnly?>("first_date", (_, r) => r.FirstDate, ValueFormats.Date),
        new Column<EntityIndexRow, DateOnly?>("last_date", (_, r) => r.LastDate, ValueFormats.Date),
    ]);
}
