namespace FactExtract.Ingestion;

/// <summary>
/// The inputs of <c>extract INPUT...</c> as one source, in the order given: files and folders
/// through <see cref="FileArticleSource"/>, "-" through <see cref="JsonLinesArticleSource"/> on
/// standard input (opened only when reached, at most once). With a shard, files are sharded by
/// path and standard-input records by article id. Article ids are unique within the run: a
/// repeated id (three JSON records with "id":"1") becomes "1", "1#2", "1#3", with a warning.
/// </summary>
internal sealed class CommandLineArticleSource : IArticleSource
{
    public const string StandardInput = "-";

    private readonly IReadOnlyList<string> _inputs;
    private readonly Func<TextReader> _openStandardInput;
    private readonly IngestOptions _options;

    /// <param name="openStandardInput">Supplies the reader for "-" (Console.In in the CLI, a StringReader in tests).</param>
    public CommandLineArticleSource(IEnumerable<string> inputs, Func<TextReader> openStandardInput, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        _inputs = inputs.ToArray();
        if (_inputs.Count(i => i == StandardInput) > 1)
            throw new ArgumentException("standard input ('-') can be given only once", nameof(inputs));
        _openStandardInput = openStandardInput ?? throw new ArgumentNullException(nameof(openStandardInput));
        _options = options ?? IngestOptions.Default;
    }

    public IEnumerable<IngestItem> Read(CancellationToken cancellationToken = default)
    {
        var ids = new UniqueArticleIds(_options.Report);
        int i = 0;
        while (i < _inputs.Count)
        {
            if (_inputs[i] == StandardInput)
            {
                _options.Report?.InputFound();
                // Ids are made unique before sharding, so every shard renames a repeated id alike.
                var items = new JsonLinesArticleSource(_openStandardInput(), StandardInput, _options).Read(cancellationToken).Select(ids.MakeUnique);
                foreach (var item in _options.Shard is { } shard ? shard.Filter(items) : items) yield return item;
                i++;
                continue;
            }
            // A run of file inputs shares one FileArticleSource, so their ids are made unique together
            // (a folder name repeated on both sides of "-" is the one case left to the user).
            int end = i;
            while (end < _inputs.Count && _inputs[end] != StandardInput) end++;
            var run = _inputs.Skip(i).Take(end - i);
            foreach (var item in new FileArticleSource(run, _options).Read(cancellationToken)) yield return ids.MakeUnique(item);
            i = end;
        }
    }
}
