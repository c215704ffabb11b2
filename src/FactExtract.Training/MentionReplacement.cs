using System.IO.Compression;
using FactExtract.Entities;

namespace FactExtract.Training;

/// <summary>
/// Mention replacement (Dai &amp; Adel 2020): a copy of a training corpus in which some person, place and
/// organisation mentions are swapped for other names of the same type from the gazetteer's lists. The
/// training corpora are mostly 1996 Reuters and 2000s web text, so a tagger that learns from them
/// memorises their names; in the copy the same contexts hold names it has never seen (Pfizer, Xpeng,
/// Hwang Hee-chan), so it must learn from the context, the word's shape and clusters and the gazetteer
/// features instead. Deterministic for a seed.
/// </summary>
internal sealed class MentionReplacement
{
    private readonly Dictionary<EntityType, string[][]> _names;
    // Experiment switch (FX_ONLY=Organization replaced only organisations); not a supported setting.
    private static readonly EntityType? Only = Environment.GetEnvironmentVariable("FX_ONLY") is { } o ? Enum.Parse<EntityType>(o) : null;

    private MentionReplacement(Dictionary<EntityType, string[][]> names) => _names = names;

    /// <summary>
    /// Names by type from a compiled gazetteer (<c>kind&lt;TAB&gt;name</c>): organisations from the organisation
    /// lists (companies, universities, clubs, names seen in the silver corpora), places from countries,
    /// capitals, regions and cities, people from the harvested person names and from forename + surname
    /// pairs of the name lists of many countries.
    /// </summary>
    public static MentionReplacement FromGazetteer(string compiledGazetteer, int seed)
    {
        var byKind = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(compiledGazetteer), CompressionMode.Decompress)))
            for (string? line; (line = reader.ReadLine()) is not null;)
            {
                int tab = line.IndexOf('\t');
                if (tab <= 0) continue;
                var kind = line[..tab];
                if (!byKind.TryGetValue(kind, out var list)) byKind[kind] = list = [];
                list.Add(line[(tab + 1)..]);
            }
        List<string> Kind(string k) => byKind.GetValueOrDefault(k) ?? [];
        var rng = new Random(seed);
        var people = new List<string>(Kind("name-per"));
        var forenames = Kind("first-name").Concat(Kind("name-part")).Where(IsNameCased).ToArray();
        var surnames = Kind("name-part").Where(IsNameCased).ToArray();
        for (int i = 0; i < 5000 && forenames.Length > 0 && surnames.Length > 0; i++)
            people.Add(forenames[rng.Next(forenames.Length)] + " " + surnames[rng.Next(surnames.Length)]);
        // Cities are many and mostly tiny: as many as the other place lists together, so famous places keep their weight.
        var places = Kind("country").Concat(Kind("capital")).Concat(Kind("region")).Concat(Kind("name-loc")).ToList();
        var cities = Kind("city");
        int named = places.Count;
        for (int i = 0; i < named && cities.Count > 0; i++) places.Add(cities[rng.Next(cities.Count)]);
        return new MentionReplacement(new Dictionary<EntityType, string[][]>
        {
            [EntityType.Person] = Tokenized(people),
            [EntityType.Location] = Tokenized(places),
            [EntityType.Organization] = Tokenized(Kind("name-org")),
        });
    }

    private static bool IsNameCased(string name) => name.Length > 1 && char.IsUpper(name[0]);

    /// <summary>Whitespace tokens of each name-cased entry (the corpora are tokenized the same way, by spaces).</summary>
    private static string[][] Tokenized(IEnumerable<string> names) =>
        names.Where(IsNameCased).Distinct(StringComparer.Ordinal)
            .Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(t => t.Length is > 0 and <= 6).ToArray();

    /// <summary>A copy of <paramref name="corpus"/> with each PER/LOC/ORG mention replaced with probability <paramref name="probability"/>.</summary>
    public Corpus Replace(Corpus corpus, double probability, int seed)
    {
        var rng = new Random(seed);
        var documents = new List<LabeledDocument>(corpus.Documents.Count);
        foreach (var document in corpus.Documents)
        {
            var sentences = new List<LabeledSentence>(document.Sentences.Count);
            foreach (var sentence in document.Sentences) sentences.Add(Replace(sentence, probability, rng));
            documents.Add(new LabeledDocument(sentences));
        }
        return new Corpus(corpus.Name + " (mentions replaced)", documents, corpus.HasMisc);
    }

    private LabeledSentence Replace(LabeledSentence sentence, double probability, Random rng)
    {
        if (sentence.Spans.Length == 0) return sentence;
        var tokens = new List<string>(sentence.Tokens.Length + 4);
        var spans = new List<TokenSpan>(sentence.Spans.Length);
        int next = 0;
        foreach (var span in sentence.Spans.OrderBy(s => s.Start))
        {
            for (; next < span.Start; next++) tokens.Add(sentence.Tokens[next]);
            int start = tokens.Count;
            if (_names.TryGetValue(span.Type, out var names) && names.Length > 0 && (Only is null || Only == span.Type) && rng.NextDouble() < probability)
                tokens.AddRange(names[rng.Next(names.Length)]);
            else
                for (int k = span.Start; k < span.End; k++) tokens.Add(sentence.Tokens[k]);
            spans.Add(span with { Start = start, End = tokens.Count });
            next = span.End;
        }
        for (; next < sentence.Tokens.Length; next++) tokens.Add(sentence.Tokens[next]);
        return new LabeledSentence([.. tokens], [.. spans]);
    }
}
