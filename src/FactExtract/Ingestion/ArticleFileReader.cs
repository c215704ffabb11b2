namespace FactExtract.Ingestion;

/// <summary>
/// Reads one <see cref="InputFile"/> into articles according to its format. Never throws for a
/// bad file: permission denied, a file deleted after listing, IO errors, oversize, binary and
/// empty content all come back as Failed items with a reason from <see cref="IngestReasons"/>.
/// Whole-file formats are read only after the size check; JSON Lines is streamed line by line
/// and the size limit applies per line (a JSONL dump may be far larger than any one article).
/// </summary>
internal sealed class ArticleFileReader(IngestOptions options)
{
    private readonly IngestOptions _options = options ?? throw new ArgumentNullException(nameof(options));
    private readonly TextDecoder _decoder = new();
    private readonly HtmlTextExtractor _html = new();
    private readonly JsonArticleParser _json = new();

    public IEnumerable<IngestItem> Read(InputFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Format == ArticleFormat.JsonLines ? JsonLinesFileReader.Read(file, _json, _options.MaxFileBytes, cancellationToken) : ReadWhole(file);
    }

    private IEnumerable<IngestItem> ReadWhole(InputFile file)
    {
        var (bytes, error) = FileBytes.Read(file.FullPath, _options.MaxFileBytes);
        if (error is not null) return [IngestItem.Failed(file.ReportedPath, error)];
        var decoded = _decoder.Decode(bytes);
        if (!decoded.Ok) return [IngestItem.Failed(file.ReportedPath, decoded.FailureReason!)];
        string text = decoded.Text!;
        return file.Format switch
        {
            ArticleFormat.Json => _json.ParseDocument(text, file.ReportedPath, file.IdBase),
            ArticleFormat.Html => [FromHtml(file, text)],
            ArticleFormat.Markdown => [IngestItem.Ok(new Article(file.IdBase, file.ReportedPath, text) { Title = TitleGuesser.ForMarkdown(text) })],
            _ => [IngestItem.Ok(new Article(file.IdBase, file.ReportedPath, text) { Title = TitleGuesser.ForPlainText(text) })],
        };
    }

    private IngestItem FromHtml(InputFile file, string html)
    {
        var page = _html.Extract(html);
        return string.IsNullOrWhiteSpace(page.Text)
            ? IngestItem.Failed(file.ReportedPath, IngestReasons.NoVisibleText)
            : IngestItem.Ok(new Article(file.IdBase, file.ReportedPath, page.Text) { Title = page.Title, Url = page.Url }.WithDateText(page.Date));
    }
}
