using System.Text;

namespace FactExtract.Ingestion;

/// <summary>
/// Articles from a text stream, usually standard input, so the same binary works as a mapper
/// under Hadoop Streaming or Spark <c>pipe</c>. If the first non-blank character is '{' the
/// stream is JSON Lines ({"text": …, "id"?, "title"?, "date"?, "url"?} per line) and each article
/// is yielded as soon as its line arrives; otherwise the whole stream is one plain-text article
/// with id "stdin". Bad lines are Failed("name:line", reason); the rest go on. A stream can be
/// read once, so <see cref="Read"/> may be called once.
/// </summary>
public sealed class JsonLinesArticleSource : IArticleSource
{
    public const string PlainTextId = "stdin";

    private readonly TextReader _reader;
    private readonly string _name;
    private readonly IngestOptions _options;
    private readonly JsonArticleParser _parser = new();
    private int _started;

    public JsonLinesArticleSource(TextReader reader, string name = "-", IngestOptions? options = null)
    {
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
        _name = string.IsNullOrEmpty(name) ? "-" : name;
        _options = options ?? IngestOptions.Default;
    }

    public IEnumerable<IngestItem> Read(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
            throw new InvalidOperationException("a stream source can be read only once");
        return ReadOnce(cancellationToken);
    }

    private IEnumerable<IngestItem> ReadOnce(CancellationToken cancellationToken)
    {
        // Sniff without Peek (Console.In may not support it): what is consumed is handed on.
        var prefix = new StringBuilder();
        int c;
        while ((c = _reader.Read()) >= 0 && char.IsWhiteSpace((char)c)) prefix.Append((char)c);
        if (c < 0)
        {
            yield return IngestItem.Failed(_name, IngestReasons.Empty);
            yield break;
        }
        prefix.Append((char)c);
        long limit = _options.MaxFileBytes;
        if (c == '{')
        {
            string idBase = _name == "-" ? PlainTextId : Path.GetFileNameWithoutExtension(_name);
            // Blank lines the sniffer ate still count, so "-:3" is the stream's third line.
            string consumed = prefix.ToString();
            int lastNewline = consumed.LastIndexOf('\n');
            long blankLines = consumed.AsSpan(0, lastNewline + 1).Count('\n');
            var lines = new BoundedLineReader(_reader, limit, consumed[(lastNewline + 1)..], blankLines);
            foreach (var item in _parser.ParseLines(lines, _name, idBase, limit, cancellationToken)) yield return item;
            yield break;
        }
        yield return ReadPlain(prefix, limit);
    }

    private IngestItem ReadPlain(StringBuilder text, long limit)
    {
        var buffer = new char[1 << 16];
        int n;
        while ((n = _reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (text.Length + (long)n > limit) return IngestItem.Failed(_name, IngestReasons.InputTooLarge(limit));
            text.Append(buffer, 0, n);
        }
        var checkedText = TextDecoder.CheckText(text.ToString());
        if (!checkedText.Ok) return IngestItem.Failed(_name, checkedText.FailureReason!);
        string s = checkedText.Text!;
        return IngestItem.Ok(new Article(PlainTextId, _name, s) { Title = TitleGuesser.ForPlainText(s) });
    }
}
