using FactExtract.Text;
using FactExtract.Lang;

namespace FactExtract.Entities;

/// <summary>
/// Finds entity mentions in tokenized, sentence-split text: the averaged-perceptron tagger
/// first, then the gazetteer as a second, high-precision source. Immutable and thread-safe;
/// every call keeps its scratch buffers and document memory to itself.
/// </summary>
internal sealed class EntityRecognizer
{
    /// <summary>Confidence given to built-in gazetteer mentions (country/capital names the model left untagged).</summary>
    public const double GazetteerConfidence = 0.8;
    /// <summary>Confidence given to mentions from a user name list.</summary>
    public const double UserGazetteerConfidence = 0.95;

    private const ushort UserKinds = 1 << (int)GazetteerKind.Person | 1 << (int)GazetteerKind.Location
        | 1 << (int)GazetteerKind.Organization | 1 << (int)GazetteerKind.Misc;
    private const ushort PlaceKinds = 1 << (int)GazetteerKind.Country | 1 << (int)GazetteerKind.Capital;
    private const ushort AmbiguousKinds = 1 << (int)GazetteerKind.FirstName | 1 << (int)GazetteerKind.Title
        | 1 << (int)GazetteerKind.OrgSuffix | 1 << (int)GazetteerKind.Demonym;

    private readonly EntityModel _model;
    private readonly Gazetteer _gazetteer;

    public EntityRecognizer(EntityModel model, Gazetteer gazetteer)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
    }

    /// <summary>Mentions in text order. Sentences must cover token ranges in order.</summary>
    /// <remarks>The tagger's mentions then go through <see cref="DocumentConsistency"/> (the text is one document).</remarks>
    public List<Entity> Recognize(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences,
        CancellationToken cancellationToken = default) => Recognize(text, tokens, sentences, null, cancellationToken);

    /// <param name="margins">When given, receives (min, mean) decoding margin of each model mention keyed by its start offset (for calibration).</param>
    internal List<Entity> Recognize(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences,
        Dictionary<int, (float Min, float Mean)>? margins, CancellationToken cancellationToken = default)
    {
        var result = new List<Entity>();
        var tagger = new SentenceTagger(_gazetteer, _model.Clusters, _model.Labels);
        var memory = new DocumentMemory();
        var scorer = new ModelScorer(_model);
        var sentenceMentions = new List<Entity>();
        for (int s = 0; s < sentences.Length; s++)
        {
            if ((s & 63) == 63) cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[s];
            var sentTokens = tokens[sentence.FirstToken..sentence.TokenEnd];
            tagger.Tag(text, sentTokens, ref scorer, memory);
            sentenceMentions.Clear();
            AddModelMentions(text, sentTokens, tagger, s, sentenceMentions, margins);
            AddGazetteerMentions(text, sentTokens, tagger, s, sentenceMentions);
            result.AddRange(sentenceMentions);
        }
        // Mentions added or retyped here have no margins of their own; calibration skips them.
        return DocumentConsistency.Default.Apply(text, tokens, sentences, result);
    }

    private void AddModelMentions(string text, ReadOnlySpan<Token> tokens, SentenceTagger tagger, int sentence, List<Entity> output,
        Dictionary<int, (float Min, float Mean)>? marginLog)
    {
        var tags = tagger.Tags;
        var margins = tagger.Margins;
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] == BilouTag.O) continue;
            int start = i;
            while (tags[i].IsOpen() && i + 1 < tags.Length) i++;
            int end = i + 1;
            var type = tags[start].Type();
            // Decoding margins come from the whole span, including any quote trimmed below.
            float min = float.MaxValue, sum = 0;
            for (int k = start; k < end; k++) { min = Math.Min(min, margins[k]); sum += margins[k]; }
            float mean = sum / (end - start);
            while (start < end && IsQuote(text, tokens[start])) start++;
            while (end > start && (IsQuote(text, tokens[end - 1]) || English.IsPossessive(text.AsSpan(tokens[end - 1].Start, tokens[end - 1].Length)))) end--;
            if (start == end) continue;
            double confidence = _model.Calibration.Confidence(min, mean);
            if (marginLog is not null) marginLog[tokens[start].Start] = (min, mean);
            Add(text, tokens, start, end, type, confidence, EntitySource.Model, sentence, output);
        }
    }

    private void AddGazetteerMentions(string text, ReadOnlySpan<Token> tokens, SentenceTagger tagger, int sentence, List<Entity> output)
    {
        var tags = tagger.Tags;
        var matches = tagger.Matches;
        bool any = false;
        foreach (var m in matches) any |= (m.Kinds & (UserKinds | PlaceKinds)) != 0;
        if (!any) return; // the common case: no allocation per sentence
        // Longest first, then leftmost: a longer name wins over the names inside it.
        var candidates = matches.Where(m => (m.Kinds & (UserKinds | PlaceKinds)) != 0)
            .OrderByDescending(m => m.Length).ThenBy(m => m.Start).ToList();
        foreach (var m in candidates)
        {
            if (!IsNameCased(text, tokens, m.Start, m.Length)) continue;
            int startChar = tokens[m.Start].Start, endChar = tokens[m.Start + m.Length - 1].End;
            if ((m.Kinds & UserKinds) != 0)
            {
                // The user's own list is trusted over the model: it replaces overlapping mentions.
                if (output.Any(e => e.Source == EntitySource.Gazetteer && Overlaps(e, startChar, endChar))) continue;
                output.RemoveAll(e => Overlaps(e, startChar, endChar));
                var type = (EntityType)(System.Numerics.BitOperations.TrailingZeroCount((uint)(m.Kinds & UserKinds)) - (int)GazetteerKind.Person);
                Add(text, tokens, m.Start, m.Start + m.Length, type, UserGazetteerConfidence, EntitySource.Gazetteer, sentence, output);
                continue;
            }
            if ((m.Kinds & AmbiguousKinds) != 0) continue;
            bool untagged = true;
            for (int k = m.Start; k < m.Start + m.Length; k++) untagged &= tags[k] == BilouTag.O;
            if (!untagged || output.Any(e => Overlaps(e, startChar, endChar))) continue;
            Add(text, tokens, m.Start, m.Start + m.Length, EntityType.Location, GazetteerConfidence, EntitySource.Gazetteer, sentence, output);
        }
        output.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static bool Overlaps(Entity e, int start, int end) => e.Start < end && start < e.End;

    private static void Add(string text, ReadOnlySpan<Token> tokens, int start, int end, EntityType type, double confidence,
        EntitySource source, int sentence, List<Entity> output)
    {
        int a = tokens[start].Start, b = tokens[end - 1].End;
        // A tokenizer that keeps "Italy's" whole still must not put the possessive in the name.
        if (b - a > 2 && EndsWithPossessive(text.AsSpan(a, b - a))) b -= 2;
        output.Add(new Entity(a, b, text[a..b], type, Math.Clamp(confidence, 0.0, 1.0), source, sentence));
    }

    /// <summary>Every word starts with a capital (or is all caps); lower-case joiners ("of", "the") may sit inside.</summary>
    private static bool IsNameCased(string text, ReadOnlySpan<Token> tokens, int start, int length)
    {
        for (int k = start; k < start + length; k++)
        {
            char c = text[tokens[k].Start];
            bool edge = k == start || k == start + length - 1;
            if (char.IsUpper(c) || char.IsDigit(c)) continue;
            if (edge || !char.IsLetter(c) && tokens[k].Length > 1) return false;
            if (char.IsLetter(c) && tokens[k].Length > 4) return false;
        }
        return true;
    }

    internal static bool IsQuote(string text, Token t) =>
        t.Length == 1 && text[t.Start] is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '`' or '\u00AB' or '\u00BB'
        || t.Length == 2 && text.AsSpan(t.Start, 2) is "``" or "''";

    private static bool EndsWithPossessive(ReadOnlySpan<char> span) =>
        FeatureHash.Fold(span[^2]) == '\'' && span[^1] is 's' or 'S' && char.IsLetter(span[^3]);

}
