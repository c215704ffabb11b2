using System.Text;
using System.Text.Json;

namespace FactExtract.Ingestion;

/// <summary>
/// Articles from a text stream, usually standard input, so the same binary works as a mapper
/// under Hadoop Streaming or Spark <c>pipe</c>. If the first non-blank line is a JSON object (see
/// <see cref="LooksLikeJsonLines"/>) the stream is JSON Lines ({"text": …, "id"?, "title"?, "date"?, "url"?} per line) and each article
/// is yielded as soon as its line arrives; otherwise the whole stream is one plain-text article
/// with id "stdin". Bad lines are Failed("name:line", reason); the rest go on. A stream can be
/// read once, so <see cref="Read"/> may be called once.
/// </summary>
internal sealed class JsonLinesArticleSource : IArticleSource
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
        long limit = _options.MaxFileBytes;
        // Sniff without Peek (Console.In may not support it): what is consumed is handed on.
        var consumed = new StringBuilder();
        var first = ReadSniffLine(consumed, limit);
        if (first is not { } firstLine)
        {
            yield return IngestItem.Failed(_name, IngestReasons.Empty);
            yield break;
        }
        if (LooksLikeJsonLines(firstLine, consumed, limit))
        {
            string idBase = _name == "-" ? PlainTextId : Path.GetFileNameWithoutExtension(_name);
            var lines = new BoundedLineReader(new PrefixedReader(consumed.ToString(), _reader), limit);
            foreach (var item in _parser.ParseLines(lines, _name, idBase, limit, cancellationToken)) yield return item;
            yield break;
        }
        yield return ReadPlain(consumed, limit);
    }

    /// <summary>
    /// JSON Lines when the first non-blank line is a JSON object, or starts with '{' and the next
    /// non-blank line is one (a damaged first record); otherwise plain text, so a story that
    /// happens to begin with '{' is read as the article it is, not dropped as bad JSON. A line
    /// starting with '{' that is too long to check counts as a record (the reader reports it).
    /// </summary>
    private bool LooksLikeJsonLines(SniffedLine first, StringBuilder consumed, long limit)
    {
        if (first.IsRecordLike) return true;
        if (!first.Text.StartsWith('{')) return false;
        return ReadSniffLine(consumed, limit) is { IsRecordLike: true };
    }

    private readonly record struct SniffedLine(string Text, bool TooLong)
    {
        public bool IsRecordLike => Text.StartsWith('{') && (TooLong || IsJsonObject(Text));
    }

    /// <summary>The next non-blank line, trimmed (null at end of input); everything read is appended to <paramref name="consumed"/>.</summary>
    private SniffedLine? ReadSniffLine(StringBuilder consumed, long limit)
    {
        while (true)
        {
            int start = consumed.Length;
            int c;
            bool tooLong = false;
            while ((c = _reader.Read()) >= 0)
            {
                consumed.Append((char)c);
                if (c == '\n') break;
                if (consumed.Length - start > limit) { tooLong = true; break; }
            }
            var line = consumed.ToString(start, consumed.Length - start).Trim();
            if (line.Length > 0) return new SniffedLine(line, tooLong);
            if (c < 0) return null;
        }
    }

    private static bool IsJsonObject(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            return doc.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
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
