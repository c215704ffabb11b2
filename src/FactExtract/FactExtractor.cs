using System.Collections.Concurrent;
using System.Security.Cryptography;
using FactExtract.Entities;
using FactExtract.Export;
using FactExtract.Facts;
using FactExtract.Ingestion;
using FactExtract.Pipeline;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract;

/// <summary>
/// The library's entry point: loads the entity model once and extracts entities, quantities
/// and facts from any number of articles. Immutable after loading and safe to call from many
/// threads at once (every call works on its own <see cref="Document"/>).
/// </summary>
/// <example>
/// <code>
/// var extractor = FactExtractor.Load();
/// var doc = extractor.Extract("More than 380,000 people entered the EU in 2023.");
/// foreach (var fact in doc.Facts) Console.WriteLine(fact.Value);
/// </code>
/// </example>
public sealed class FactExtractor
{
    private FactExtractor(NlpPipeline pipeline, ResultFingerprint fingerprint, string modelDirectory)
    {
        Pipeline = pipeline;
        Fingerprint = fingerprint;
        ModelDirectory = modelDirectory;
    }

    /// <summary>The stages in order: text, entities, quantities, facts.</summary>
    internal NlpPipeline Pipeline { get; }

    /// <summary>Identifies results by program version and model files (for reusing earlier results).</summary>
    internal ResultFingerprint Fingerprint { get; }

    /// <summary>The model folder that was loaded.</summary>
    public string ModelDirectory { get; }

    /// <summary>
    /// Loads the model from <paramref name="modelDirectory"/>, or when null from the
    /// <c>FACTEXTRACT_MODEL</c> environment variable, <c>models/ner-en</c> in the working directory
    /// or its ancestors, or the copy shipped beside the program (see <see cref="ModelLocation"/>).
    /// </summary>
    /// <exception cref="ModelLoadException">the model is missing, corrupt or of another version.</exception>
    public static FactExtractor Load(string? modelDirectory = null) => Load(modelDirectory, []);

    /// <summary>As <see cref="Load(string?)"/>, plus user name lists (<c>TYPE&lt;TAB&gt;name</c> per line).</summary>
    /// <exception cref="GazetteerFileException">a name list cannot be read or is malformed.</exception>
    public static FactExtractor Load(string? modelDirectory, IReadOnlyList<string> gazetteerFiles)
    {
        ArgumentNullException.ThrowIfNull(gazetteerFiles);
        var directory = ModelLocation.Resolve(modelDirectory);
        var (model, gazetteer) = NerModelFiles.Load(directory);
        foreach (var file in gazetteerFiles) gazetteer = gazetteer.Merge(LoadUserGazetteer(file));
        var stages = new List<IPipelineStage>
        {
            new TextStage(),
            new EntityRecognizerStage(model, gazetteer, new CanonicalNameResolver()),
            new QuantityStage(),
            new FactStage(),
        };
        var identity = Identity(directory, gazetteerFiles);
        return new FactExtractor(new NlpPipeline(stages), new ResultFingerprint(identity), directory);
    }

    /// <summary>Extracts from one text; <paramref name="date"/> is the article's publication date, if known.</summary>
    public Document Extract(string text, DateOnly? date = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var article = new Article("doc", "doc", text) { Date = date };
        return Extract(article, cancellationToken);
    }

    /// <summary>Extracts from one article (its id, file, title and date are carried into the document).</summary>
    public Document Extract(Article article, CancellationToken cancellationToken = default)
    {
        var document = new Document(article);
        Pipeline.Process(document, cancellationToken);
        return document;
    }

    /// <summary>
    /// Extracts from many articles on <paramref name="threads"/> workers, yielding documents in
    /// input order as they complete; at most a few per thread are held in memory. An article
    /// whose processing fails is skipped and reported to <paramref name="onSkipped"/>.
    /// </summary>
    public IEnumerable<Document> ExtractMany(
        IEnumerable<Article> articles, int threads = 1, Action<IngestError>? onSkipped = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        return Stream(articles, threads, onSkipped, cancellationToken);
    }

    private IEnumerable<Document> Stream(IEnumerable<Article> articles, int threads, Action<IngestError>? onSkipped, CancellationToken ct)
    {
        // The runner pushes results in input order; a bounded queue turns that into a pull.
        using var queue = new BlockingCollection<Document>(threads * 8);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var sink = new QueueSink(queue, onSkipped, stop.Token);
        var runner = new BatchRunner(Pipeline, threads);
        var run = Task.Run(() =>
        {
            try { runner.Run(new EnumerableSource(articles), sink, stop.Token); }
            finally { queue.CompleteAdding(); }
        }, CancellationToken.None);
        bool finished = false;
        try
        {
            foreach (var document in queue.GetConsumingEnumerable(ct)) yield return document;
            finished = true;
        }
        finally
        {
            if (!finished)
            {
                stop.Cancel(); // the caller stopped early or cancelled: let the runner wind down
                try { run.Wait(CancellationToken.None); } catch (AggregateException) { }
            }
        }
        run.GetAwaiter().GetResult(); // surfaces a failure of the input enumeration
    }

    private static Gazetteer LoadUserGazetteer(string file)
    {
        try
        {
            return Gazetteer.LoadUserFile(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new GazetteerFileException(file, e);
        }
    }

    /// <summary>Program version plus a hash of every model and gazetteer file the pipeline loads.</summary>
    private static string Identity(string modelDirectory, IReadOnlyList<string> gazetteerFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.Exists(modelDirectory)
            ? Directory.GetFiles(modelDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        foreach (var file in files.Concat(gazetteerFiles))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\0"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        var version = typeof(FactExtractor).Assembly.GetName().Version;
        return $"factextract/{version}/{Convert.ToHexStringLower(hash.GetHashAndReset())}";
    }

    private sealed class EnumerableSource(IEnumerable<Article> articles) : IArticleSource
    {
        public IEnumerable<IngestItem> Read(CancellationToken cancellationToken = default) => articles.Select(IngestItem.Ok);
    }

    private sealed class QueueSink(BlockingCollection<Document> queue, Action<IngestError>? onSkipped, CancellationToken ct) : IResultSink
    {
        public void Write(Document document) => queue.Add(document, ct);
        public void WriteError(IngestError error) => onSkipped?.Invoke(error);
        public void Commit() { }
        public void Dispose() { }
    }
}
