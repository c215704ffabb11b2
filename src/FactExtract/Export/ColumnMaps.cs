using CsvHelper.Configuration;

namespace FactExtract.Export;

// The output contract's column order, visible at a glance (DESIGN.md, "Output contract").
// Downstream scripts rely on it: append new columns at the end, never reorder.

public sealed class EntityRowMap : ClassMap<EntityRow>
{
    public EntityRowMap()
    {
        Map(r => r.ArticleId).Name("article_id");
        Map(r => r.File).Name("file");
        Map(r => r.Sentence).Name("sentence");
        Map(r => r.Start).Name("start");
        Map(r => r.End).Name("end");
        Map(r => r.Text).Name("text");
        Map(r => r.Type).Name("type");
        Map(r => r.Canonical).Name("canonical");
        Map(r => r.Confidence).Name("confidence");
        Map(r => r.Source).Name("source");
        Map(r => r.EntityId).Name("entity_id");
    }
}

public sealed class QuantityRowMap : ClassMap<QuantityRow>
{
    public QuantityRowMap()
    {
        Map(r => r.ArticleId).Name("article_id");
        Map(r => r.File).Name("file");
        Map(r => r.Sentence).Name("sentence");
        Map(r => r.Start).Name("start");
        Map(r => r.End).Name("end");
        Map(r => r.Text).Name("text");
        Map(r => r.Kind).Name("kind");
        Map(r => r.Value).Name("value");
        Map(r => r.Unit).Name("unit");
        Map(r => r.Qualifier).Name("qualifier");
        Map(r => r.ValueTo).Name("value_to");
        Map(r => r.Normalized).Name("normalized");
    }
}

public sealed class FactRowMap : ClassMap<FactRow>
{
    public FactRowMap()
    {
        Map(r => r.ArticleId).Name("article_id");
        Map(r => r.File).Name("file");
        Map(r => r.Sentence).Name("sentence");
        Map(r => r.Start).Name("start");
        Map(r => r.End).Name("end");
        Map(r => r.Kind).Name("kind");
        Map(r => r.Value).Name("value");
        Map(r => r.Unit).Name("unit");
        Map(r => r.Qualifier).Name("qualifier");
        Map(r => r.Measure).Name("measure");
        Map(r => r.Subject).Name("subject");
        Map(r => r.Entities).Name("entities");
        Map(r => r.Time).Name("time");
        Map(r => r.Change).Name("change");
        Map(r => r.SentenceText).Name("sentence_text");
    }
}

public sealed class ErrorRowMap : ClassMap<ErrorRow>
{
    public ErrorRowMap()
    {
        Map(r => r.File).Name("file");
        Map(r => r.Reason).Name("reason");
    }
}

public sealed class EntityIndexCsvRowMap : ClassMap<EntityIndexCsvRow>
{
    public EntityIndexCsvRowMap()
    {
        Map(r => r.EntityId).Name("entity_id");
        Map(r => r.Canonical).Name("canonical");
        Map(r => r.Type).Name("type");
        Map(r => r.Aliases).Name("aliases");
        Map(r => r.Articles).Name("articles");
        Map(r => r.Mentions).Name("mentions");
        Map(r => r.FirstDate).Name("first_date");
        Map(r => r.LastDate).Name("last_date");
    }
}
