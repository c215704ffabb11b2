using System.IO.Compression;
using System.Text;
using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>What a gazetteer entry is. Lexicon classes are features only; the four typed
/// kinds (user files) also act as a high-precision source.</summary>
internal enum GazetteerKind : byte
{
    FirstName,
    Country,
    Capital,
    City,
    Region,
    Demonym,
    Title,
    OrgSuffix,
    Person,
    Location,
    Organization,
    Misc,
    /// <summary>Names harvested from silver-annotated corpora (features only, never a source).</summary>
    PersonName,
    LocationName,
    OrganizationName,
    /// <summary>Common forenames and surnames of many countries (Chinese, Korean, Arabic, Indian...), features only.</summary>
    NamePart,
}

/// <summary>One multi-token gazetteer hit: tokens [Start, Start+Length) of a sentence.</summary>
internal readonly record struct GazetteerMatch(int Start, int Length, ushort Kinds)
{
    public bool Has(GazetteerKind kind) => (Kinds & (1 << (int)kind)) != 0;
}

/// <summary>
/// Phrase lexicon matched case-insensitively over tokens (so headlines match too). Immutable
/// after construction and safe to share. Loaded explicitly from the compiled file shipped with
/// the model (<c>gazetteer.txt.gz</c>: <c>kind&lt;TAB&gt;name</c> lines) and optionally merged
/// with a user file of <c>TYPE&lt;TAB&gt;name</c> lines.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>At most 16: kinds are bits of a ushort, and 4 BILOU bits per kind fill a ulong.</summary>
    public const int KindCount = 16;
    public const int MaxPhraseTokens = 8;

    private static readonly string[] KindNames =
        ["first-name", "country", "capital", "city", "region", "demonym", "title", "org-suffix", "PERSON", "LOCATION", "ORGANIZATION", "MISC", "name-per", "name-loc", "name-org", "name-part"];

    private readonly Dictionary<ulong, ushort> _phrases;
    private readonly HashSet<ulong> _prefixes;
    private readonly PhraseTable _table;

    private Gazetteer(Dictionary<ulong, ushort> phrases, HashSet<ulong> prefixes, int maxTokens)
    {
        _phrases = phrases;
        _prefixes = prefixes;
        _table = new PhraseTable(phrases, prefixes);
        MaxTokens = maxTokens;
    }

    public static Gazetteer Empty { get; } = new(new(), new(), 0);

    /// <summary>Number of distinct phrases.</summary>
    public int Count => _phrases.Count;
    public int MaxTokens { get; }

    public static string KindName(GazetteerKind kind) => KindNames[(int)kind];

    public static bool TryParseKind(string name, out GazetteerKind kind)
    {
        int i = Array.IndexOf(KindNames, name);
        if (i < 0 && EntityTypeNames.TryParse(name, out var type)) i = (int)GazetteerKind.Person + (int)type;
        kind = (GazetteerKind)Math.Max(i, 0);
        return i >= 0;
    }

    public static GazetteerKind KindOf(EntityType type) => (GazetteerKind)((int)GazetteerKind.Person + (int)type);

    /// <summary>Builds a gazetteer from (kind, name) pairs; names are tokenized with the project tokenizer.</summary>
    public static Gazetteer Build(IEnumerable<(GazetteerKind Kind, string Name)> entries)
    {
        var tokenizer = new Tokenizer();
        var phrases = new Dictionary<ulong, ushort>();
        var prefixes = new HashSet<ulong>();
        int max = 0;
        foreach (var (kind, name) in entries)
        {
            var tokens = tokenizer.Tokenize(name);
            if (tokens.Length == 0 || tokens.Length > MaxPhraseTokens) continue;
            ulong h = PhraseSeed;
            for (int i = 0; i < tokens.Length; i++)
            {
                if (i > 0) prefixes.Add(h);
                h = FeatureHash.Combine(h, FeatureHash.Word(name.AsSpan(tokens[i].Start, tokens[i].Length), WordForm.Lower));
            }
            phrases[h] = (ushort)(phrases.GetValueOrDefault(h) | (1 << (int)kind));
            max = Math.Max(max, tokens.Length);
        }
        return new Gazetteer(phrases, prefixes, max);
    }

    /// <summary>Loads a compiled gazetteer (gzip text, <c>kind&lt;TAB&gt;name</c> per line).</summary>
    public static Gazetteer Load(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var gz = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new StreamReader(gz, Encoding.UTF8);
            return Build(ParseLines(reader, path, typedOnly: false));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or UnauthorizedAccessException)
        {
            throw new ModelLoadException($"Cannot load gazetteer '{path}': {e.Message}", e);
        }
    }

    /// <summary>
    /// Loads a user name list: one <c>TYPE&lt;TAB&gt;name</c> per line, TYPE one of PERSON,
    /// LOCATION, ORGANIZATION, MISC; blank lines and lines starting with '#' are skipped.
    /// Throws <see cref="FormatException"/> naming the line for anything else.
    /// </summary>
    public static Gazetteer LoadUserFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Build(ParseLines(reader, path, typedOnly: true).ToList());
    }

    /// <summary>Writes entries in the compiled format (sorted by the caller for a deterministic file).</summary>
    public static void WriteCompiled(string path, IEnumerable<(GazetteerKind Kind, string Name)> entries)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (kind, name) in entries) writer.WriteLine($"{KindName(kind)}\t{name}");
    }

    private static IEnumerable<(GazetteerKind, string)> ParseLines(TextReader reader, string path, bool typedOnly)
    {
        int lineNo = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            int tab = line.IndexOf('\t');
            string name = tab < 0 ? "" : line[(tab + 1)..].Trim();
            if (tab < 0 || name.Length == 0)
                throw new FormatException($"{path}:{lineNo}: expected TYPE<TAB>name.");
            string kindText = line[..tab].Trim();
            bool ok;
            GazetteerKind kind;
            if (typedOnly)
            {
                ok = EntityTypeNames.TryParse(kindText, out var type) && type <= EntityType.Misc;
                kind = KindOf(type);
            }
            else ok = TryParseKind(kindText, out kind);
            if (!ok) throw new FormatException($"{path}:{lineNo}: unknown type '{kindText}' (use PERSON, LOCATION, ORGANIZATION or MISC).");
            yield return (kind, name);
        }
    }

    /// <summary>A new gazetteer holding the entries of both.</summary>
    public Gazetteer Merge(Gazetteer other)
    {
        var phrases = new Dictionary<ulong, ushort>(_phrases);
        foreach (var (k, v) in other._phrases) phrases[k] = (ushort)(phrases.GetValueOrDefault(k) | v);
        var prefixes = new HashSet<ulong>(_prefixes);
        prefixes.UnionWith(other._prefixes);
        return new Gazetteer(phrases, prefixes, Math.Max(MaxTokens, other.MaxTokens));
    }

    private const ulong PhraseSeed = 0x51ED270B27E1F3A5UL;

    /// <summary>
    /// Every phrase hit in a sentence, given the tokens' <see cref="WordForm.Lower"/> hashes.
    /// Walks forward from each token while the phrase so far is a known prefix.
    /// </summary>
    public void FindMatches(ReadOnlySpan<ulong> lowerHashes, List<GazetteerMatch> matches)
    {
        matches.Clear();
        if (_phrases.Count == 0) return;
        var unigrams = UnigramCache();
        for (int start = 0; start < lowerHashes.Length; start++)
        {
            // One-word lookups repeat with every common word: answered from a small per-thread cache.
            ulong h = FeatureHash.Combine(PhraseSeed, lowerHashes[start]);
            ref var entry = ref unigrams[(int)(h & (UnigramSlots - 1))];
            if (entry.Key != h || !entry.Filled)
            {
                var (unitKinds, prefix) = _table.Find(h);
                entry = new UnigramEntry { Key = h, Kinds = unitKinds, Prefix = prefix, Filled = true };
            }
            if (entry.Kinds != 0) matches.Add(new GazetteerMatch(start, 1, entry.Kinds));
            if (!entry.Prefix) continue;
            int limit = Math.Min(MaxTokens, lowerHashes.Length - start);
            for (int len = 2; len <= limit; len++)
            {
                h = FeatureHash.Combine(h, lowerHashes[start + len - 1]);
                var (kinds, longer) = _table.Find(h);
                if (kinds != 0) matches.Add(new GazetteerMatch(start, len, kinds));
                if (!longer) break;
            }
        }
    }

    private const int UnigramSlots = 1 << 14;

    private struct UnigramEntry
    {
        public ulong Key;
        public ushort Kinds;
        public bool Prefix, Filled;
    }

    [ThreadStatic] private static UnigramEntry[]? t_unigrams;
    [ThreadStatic] private static Gazetteer? t_unigramOwner;

    private UnigramEntry[] UnigramCache()
    {
        if (t_unigrams is null || !ReferenceEquals(t_unigramOwner, this))
        {
            t_unigrams = new UnigramEntry[UnigramSlots];
            t_unigramOwner = this;
        }
        return t_unigrams;
    }

    /// <summary>
    /// Per-token feature bits: for each kind, bit 4*kind + BILOU position of every match covering the token.
    /// </summary>
    public static void MatchBits(List<GazetteerMatch> matches, Span<ulong> bits)
    {
        bits.Clear();
        foreach (var m in matches)
        {
            for (int k = 0; k < KindCount; k++)
            {
                if (!m.Has((GazetteerKind)k)) continue;
                if (m.Length == 1) { bits[m.Start] |= 1UL << (4 * k + (int)BilouPosition.Unit); continue; }
                bits[m.Start] |= 1UL << (4 * k + (int)BilouPosition.Begin);
                for (int i = m.Start + 1; i < m.Start + m.Length - 1; i++) bits[i] |= 1UL << (4 * k + (int)BilouPosition.Inside);
                bits[m.Start + m.Length - 1] |= 1UL << (4 * k + (int)BilouPosition.Last);
            }
        }
    }
}
