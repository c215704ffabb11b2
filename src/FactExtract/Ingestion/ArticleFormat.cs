namespace FactExtract.Ingestion;

/// <summary>How a file's content becomes articles; chosen by extension.</summary>
internal enum ArticleFormat
{
    PlainText,
    Markdown,
    Html,
    Json,
    JsonLines,
}

/// <summary>The extension → format table, in one place.</summary>
internal static class ArticleFormats
{
    /// <summary>
    /// The format for a file found in a folder walk, or null when a walk should skip it silently
    /// (images, stylesheets, …). Case-insensitive.
    /// </summary>
    public static ArticleFormat? ForWalkedFile(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => ArticleFormat.PlainText,
        ".md" => ArticleFormat.Markdown,
        ".html" or ".htm" => ArticleFormat.Html,
        ".json" => ArticleFormat.Json,
        ".jsonl" => ArticleFormat.JsonLines,
        _ => null,
    };

    /// <summary>A file named explicitly is read even with an unknown extension, as plain text.</summary>
    public static ArticleFormat ForNamedFile(string path) => ForWalkedFile(path) ?? ArticleFormat.PlainText;
}
