namespace FactExtract.Export.Report;

/// <summary>One article of a run as the report sees it: metadata and text from articles.jsonl, rows from the CSVs.</summary>
/// <param name="Index">0-based position in articles.jsonl; names the article's page.</param>
/// <param name="Text">The decoded text, or null when the run was made with <c>--no-text</c>.</param>
internal sealed record ReportArticle(
    int Index, string Id, string File, string? Title, string? Date, string? Url, int Words, string? Text,
    IReadOnlyList<EntityMention> Entities, IReadOnlyList<QuantityMark> Quantities, IReadOnlyList<FactNote> Facts)
{
    /// <summary>What the overview and page headings call the article.</summary>
    public string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? Id : Title!;
}

/// <param name="Row">Row number in entities.csv as a spreadsheet shows it (the header is row 1).</param>
/// <param name="ConfidenceText">The confidence as the CSV cell has it ("0.851"), for showing it unchanged.</param>
internal sealed record EntityMention(
    int Row, int Sentence, int Start, int End, string Text, string Type, string Canonical, double Confidence, string Source,
    string ConfidenceText = "")
{
    /// <summary>Unreadable confidences count as doubtful: a reviewer should look at them.</summary>
    public bool IsBelow(double threshold) => !(Confidence >= threshold);
}

internal sealed record QuantityMark(
    int Row, int Sentence, int Start, int End, string Text, string Kind, string Value, string Unit,
    string Qualifier, string ValueTo, string Normalized);

internal sealed record FactNote(
    int Row, int Sentence, int Start, int End, string Kind, string Value, string Unit, string Qualifier,
    string Measure, string Subject, string Entities, string Time, string Change);
