using FactExtract.Entities;

namespace FactExtract.Training;

internal enum CorpusFormat
{
    /// <summary>CoNLL-2003: <c>token POS chunk NER</c>, space-separated, IOB1, <c>-DOCSTART-</c> lines.</summary>
    Conll2003,
    /// <summary><c>token&lt;TAB&gt;tag</c>, IOB2 (WikiANN, WikiGold, GMB).</summary>
    TokenTag,
    /// <summary>Universal NER: <c>#</c> comments, <c>id&lt;TAB&gt;token&lt;TAB&gt;tag&lt;TAB&gt;...</c>.</summary>
    Uner,
}

/// <summary>
/// Reads the three labelled corpus formats into sentences with gold spans. IOB1 and IOB2 are
/// decoded by one rule: a tag starts a new mention when it is B-, or its type differs from the
/// open mention's, or nothing is open; otherwise I- continues. BIOES E-/S- are accepted too.
/// GMB's lower-case classes map per→PER, geo→LOC, org→ORG, gpe→MISC; its other classes are O.
/// Other upper-case classes (B-PRODUCT) become <see cref="ExtraEntityTypes"/>.
/// </summary>
internal static class CorpusReader
{
    public static Corpus Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var format = Detect(lines) ?? throw new FormatException($"{path}: cannot recognise the corpus format.");
        return Parse(Path.GetFileName(path), lines, format);
    }

    public static CorpusFormat? Detect(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (line.StartsWith('#')) return CorpusFormat.Uner;
            if (line.StartsWith("-DOCSTART-")) return CorpusFormat.Conll2003;
            var tabs = line.Split('\t');
            if (tabs.Length >= 3 && int.TryParse(tabs[0], out _)) return CorpusFormat.Uner;
            if (tabs.Length == 2) return CorpusFormat.TokenTag;
            if (line.Split(' ').Length == 4) return CorpusFormat.Conll2003;
            return null;
        }
        return null;
    }

    public static Corpus Parse(string name, IEnumerable<string> lines, CorpusFormat format)
    {
        var documents = new List<LabeledDocument>();
        var sentences = new List<LabeledSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        bool hasMisc = false;
        // Corpora without document markers: every sentence is its own document.
        bool perSentence = format == CorpusFormat.TokenTag;

        void EndSentence()
        {
            if (tokens.Count == 0) return;
            var spans = Decode(tags);
            hasMisc |= spans.Any(s => s.Type == EntityType.Misc);
            sentences.Add(new LabeledSentence(tokens.ToArray(), spans));
            tokens.Clear();
            tags.Clear();
            if (perSentence) EndDocument();
        }
        void EndDocument()
        {
            if (sentences.Count > 0) documents.Add(new LabeledDocument(sentences.ToArray()));
            sentences.Clear();
        }

        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0) { EndSentence(); continue; }
            switch (format)
            {
                case CorpusFormat.Conll2003:
                {
                    if (line.StartsWith("-DOCSTART-")) { EndSentence(); EndDocument(); continue; }
                    var f = line.Split(' ');
                    tokens.Add(f[0]);
                    tags.Add(f[^1]);
                    break;
                }
                case CorpusFormat.Uner:
                {
                    if (line.StartsWith('#'))
                    {
                        if (line.StartsWith("# newdoc")) { EndSentence(); EndDocument(); }
                        continue;
                    }
                    var f = line.Split('\t');
                    if (f.Length < 3 || f[0].Contains('-') || f[0].Contains('.')) continue; // multiword/empty nodes
                    tokens.Add(f[1]);
                    tags.Add(f[2]);
                    break;
                }
                default:
                {
                    var f = line.Split('\t');
                    tokens.Add(f[0]);
                    tags.Add(f.Length > 1 ? f[^1] : "O");
                    break;
                }
            }
        }
        EndSentence();
        EndDocument();
        return new Corpus(name, documents, hasMisc);
    }

    /// <summary>IOB1/IOB2/BIOES tags to spans (see the class comment).</summary>
    public static TokenSpan[] Decode(IReadOnlyList<string> tags)
    {
        var spans = new List<TokenSpan>();
        int start = -1;
        EntityType type = default;
        void Close(int end)
        {
            if (start >= 0) spans.Add(new TokenSpan(start, end, type));
            start = -1;
        }
        for (int i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag == "O" || tag.Length < 3 || tag[1] != '-' || !TryMapType(tag[2..], out var t)) { Close(i); continue; }
            char prefix = tag[0];
            bool continues = start >= 0 && t == type && prefix is 'I' or 'E';
            if (!continues) { Close(i); start = i; type = t; }
            if (prefix is 'E' or 'S') Close(i + 1);
        }
        Close(tags.Count);
        return spans.ToArray();
    }

    private static bool TryMapType(string name, out EntityType type)
    {
        switch (name)
        {
            case "per": type = EntityType.Person; return true;
            case "geo": type = EntityType.Location; return true;
            case "org": type = EntityType.Organization; return true;
            case "gpe": type = EntityType.Misc; return true;
            case "PER" or "LOC" or "ORG" or "MISC" or "PERSON" or "LOCATION" or "ORGANIZATION" or "ORGANISATION":
                return EntityTypeNames.TryParse(name, out type);
            default:
                // Any other upper-case class is a type of its own (a model may be trained with it: TrainerOptions.Labels).
                bool valid = ExtraEntityTypes.IsValidName(name);
                type = valid ? ExtraEntityTypes.Register(name) : default;
                return valid;
        }
    }

    /// <summary>BILOU tags for a sentence's gold spans.</summary>
    public static BilouTag[] ToBilou(int length, IEnumerable<TokenSpan> spans)
    {
        var tags = new BilouTag[length];
        foreach (var s in spans)
        {
            if (s.End - s.Start == 1) { tags[s.Start] = BilouTags.Make(BilouPosition.Unit, s.Type); continue; }
            tags[s.Start] = BilouTags.Make(BilouPosition.Begin, s.Type);
            for (int i = s.Start + 1; i < s.End - 1; i++) tags[i] = BilouTags.Make(BilouPosition.Inside, s.Type);
            tags[s.End - 1] = BilouTags.Make(BilouPosition.Last, s.Type);
        }
        return tags;
    }
}
