using System.Globalization;

namespace FactExtract.Ingestion;

/// <summary>
/// What a run's ingestion saw besides articles: how many inputs it found, which files a folder
/// walk passed over for their extension, and warnings that are not skips (an input given twice,
/// a repeated article id). Thread-safe: the walk runs on the reading thread while the CLI reads
/// the counts. <see cref="Warned"/> lets the caller show each warning as it happens.
/// </summary>
internal sealed class IngestReport
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<string, int> _ignoredByExtension = new(StringComparer.Ordinal);
    private long _inputsFound;

    /// <summary>Called (on the reading thread) with each warning.</summary>
    public Action<string>? Warned { get; init; }

    /// <summary>Files handed to a reader, plus standard-input streams; skipped files count too.</summary>
    public long InputsFound => Interlocked.Read(ref _inputsFound);

    internal void InputFound() => Interlocked.Increment(ref _inputsFound);

    internal void IgnoredForExtension(string fileName)
    {
        string extension = Path.GetExtension(fileName).ToLowerInvariant();
        string key = extension.Length == 0 ? "(no extension)" : extension;
        lock (_lock) _ignoredByExtension[key] = _ignoredByExtension.GetValueOrDefault(key) + 1;
    }

    internal void Warn(string message) => Warned?.Invoke(message);

    /// <summary>"3 files ignored for their extension (.pdf 2, .docx 1)", or null when none were.</summary>
    public string? IgnoredSummary()
    {
        lock (_lock)
        {
            if (_ignoredByExtension.Count == 0) return null;
            int total = _ignoredByExtension.Values.Sum();
            string detail = string.Join(", ", _ignoredByExtension.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value}")));
            return string.Create(CultureInfo.InvariantCulture,
                $"{total} {(total == 1 ? "file" : "files")} ignored for their extension ({detail}; read: .txt .md .html .htm .json .jsonl)");
        }
    }
}
