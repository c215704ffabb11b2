namespace FactExtract.Export.Report;

/// <summary>
/// The overview's article table as <c>data/overview.js</c>, one row per article, written as the
/// articles stream by: [index, id, title, date, words, entities, quantities, facts, lowest confidence, file].
/// </summary>
internal sealed class ArticleTableData(string path) : IDisposable
{
    private readonly JsDataFile _data = new(path, "FX_ARTICLES");

    public void Add(ReportArticle a)
    {
        var json = _data.BeginRow();
        json.WriteNumberValue(a.Index);
        JsDataFile.String(json, a.Id);
        JsDataFile.String(json, a.DisplayTitle);
        JsDataFile.String(json, a.Date);
        json.WriteNumberValue(a.Words);
        json.WriteNumberValue(a.Entities.Count);
        json.WriteNumberValue(a.Quantities.Count);
        json.WriteNumberValue(a.Facts.Count);
        double lowest = double.NaN;
        foreach (var e in a.Entities)
            if (!double.IsNaN(e.Confidence) && !(e.Confidence >= lowest)) lowest = e.Confidence;
        if (double.IsNaN(lowest)) json.WriteNullValue();
        else json.WriteNumberValue(lowest);
        JsDataFile.String(json, a.File);
        _data.EndRow();
    }

    public void Dispose() => _data.Dispose();
}
