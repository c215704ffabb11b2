namespace FactExtract.Export;

// One record per CSV row type. Column order lives in the ClassMaps (ColumnMaps.cs), not here.

public sealed record EntityRow(
    string ArticleId, string File, int Sentence, int Start, int End,
    string Text, string Type, string Canonical, string Confidence, string Source, string EntityId);

public sealed record QuantityRow(
    string ArticleId, string File, int Sentence, int Start, int End,
    string Text, string Kind, string Value, string Unit, string Qualifier, string ValueTo, string Normalized);

public sealed record FactRow(
    string ArticleId, string File, int Sentence, int Start, int End,
    string Kind, string Value, string Unit, string Qualifier, string Measure,
    string Subject, string Entities, string Time, string Change, string SentenceText);

public sealed record ErrorRow(string File, string Reason);

public sealed record EntityIndexCsvRow(
    string EntityId, string Canonical, string Type, string Aliases, int Articles, int Mentions, string FirstDate, string LastDate);
