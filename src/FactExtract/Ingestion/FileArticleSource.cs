namespace FactExtract.Ingestion;

/// <summary>
/// Articles from files and folders given on the command line, streamed in a stable order (see
/// <see cref="InputWalker"/> for order, ids and symlink handling; <see cref="ArticleFileReader"/>
/// for formats and failures). With a <see cref="IngestOptions.Shard"/>, only the files (and walk
/// errors) whose shard key falls in it are read; every worker still lists the folders, which is
/// cheap next to reading. Each call to <see cref="Read"/> walks afresh, so a source may be reused.
/// </summary>
internal sealed class FileArticleSource : IArticleSource
{
    private readonly IReadOnlyList<string> _inputs;
    private readonly IngestOptions _options;
    private readonly InputWalker _walker;
    private readonly ArticleFileReader _reader;

    public FileArticleSource(IEnumerable<string> inputs, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        _inputs = inputs.ToArray();
        if (_inputs.Any(string.IsNullOrEmpty)) throw new ArgumentException("an input path is empty", nameof(inputs));
        _options = options ?? IngestOptions.Default;
        _walker = new InputWalker(_options);
        _reader = new ArticleFileReader(_options);
    }

    public IEnumerable<IngestItem> Read(CancellationToken cancellationToken = default)
    {
        var shard = _options.Shard;
        foreach (var entry in _walker.Walk(_inputs, cancellationToken))
        {
            // Counted before sharding: an empty shard of a found corpus is a result, not "no inputs".
            if (entry.File is not null) _options.Report?.InputFound();
            if (shard is { } s && !s.Contains(entry.ShardKey)) continue;
            if (entry.Error is { } error)
            {
                yield return IngestItem.Failed(error.File, error.Reason);
                continue;
            }
            foreach (var item in _reader.Read(entry.File!, cancellationToken)) yield return item;
        }
    }
}
