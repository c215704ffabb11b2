using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using FactExtract.Export;
using FactExtract.Facts;

namespace FactExtract.Tests.Facts;

/// <summary>One fact as the expected files and the scorer see it (the CSV columns that carry meaning).</summary>
public sealed record FactRecord(string Kind, string Value, string Unit, string Qualifier, string Measure, string Subject, string Time, string Change)
{
    public static FactRecord From(Fact f) =>
        new(RowBuilder.FactKindName(f), f.Value, f.Unit, f.Qualifier, f.Measure, f.Subject, f.Time, f.Change);

    /// <summary>Reads an expected-facts file (header <c>kind,value,unit,qualifier,measure,subject,time,change</c>).</summary>
    public static List<FactRecord> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.None });
        csv.Read();
        csv.ReadHeader();
        var expectedHeader = new[] { "kind", "value", "unit", "qualifier", "measure", "subject", "time", "change" };
        if (!csv.HeaderRecord!.SequenceEqual(expectedHeader))
            throw new InvalidDataException($"{path}: header must be {string.Join(',', expectedHeader)}");
        var rows = new List<FactRecord>();
        while (csv.Read())
            rows.Add(new FactRecord(csv.GetField(0)!, csv.GetField(1)!, csv.GetField(2)!, csv.GetField(3)!,
                csv.GetField(4)!, csv.GetField(5)!, csv.GetField(6)!, csv.GetField(7)!));
        return rows;
    }
}

/// <summary>Counts for one or more articles; precision and recall over matched facts, agreement per secondary field.</summary>
public sealed class FactScore
{
    public static readonly string[] Fields = ["qualifier", "subject", "time", "change"];

    public int Expected { get; private set; }
    public int Produced { get; private set; }
    public int Matched { get; private set; }

    /// <summary>Expected facts nothing matched, and produced facts that matched nothing (for reports).</summary>
    public List<FactRecord> Missing { get; } = [];
    public List<FactRecord> Spurious { get; } = [];

    private readonly int[] _agree = new int[Fields.Length];

    public double Precision => Produced == 0 ? 0 : (double)Matched / Produced;
    public double Recall => Expected == 0 ? 0 : (double)Matched / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Share of matched facts whose <paramref name="field"/> (qualifier, subject, time, change) agrees.</summary>
    public double Agreement(string field) => Matched == 0 ? 0 : (double)_agree[Array.IndexOf(Fields, field)] / Matched;

    internal void Count(int expected, int produced) { Expected += expected; Produced += produced; }

    internal void CountMatch(FactRecord expected, FactRecord produced)
    {
        Matched++;
        if (FactScorer.Same(expected.Qualifier, produced.Qualifier)) _agree[0]++;
        if (FactScorer.Same(expected.Subject, produced.Subject)) _agree[1]++;
        if (FactScorer.Same(expected.Time, produced.Time)) _agree[2]++;
        if (FactScorer.Same(expected.Change, produced.Change)) _agree[3]++;
    }

    public void Add(FactScore other)
    {
        Expected += other.Expected;
        Produced += other.Produced;
        Matched += other.Matched;
        for (int i = 0; i < _agree.Length; i++) _agree[i] += other._agree[i];
    }

    public override string ToString() =>
        FormattableString.Invariant($"expected {Expected}, produced {Produced}, matched {Matched}: P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}; ")
        + string.Join(", ", Fields.Select(f => FormattableString.Invariant($"{f} {Agreement(f):0.00}")));
}

/// <summary>
/// Matches produced facts to expected ones one-to-one on kind + value + unit + measure
/// (case-insensitive; whitespace, apostrophes and surrounding punctuation normalised), preferring
/// pairs that also agree on every other field, and scores them.
/// </summary>
public static class FactScorer
{
    public static FactScore Score(IReadOnlyList<FactRecord> expected, IReadOnlyList<FactRecord> produced)
    {
        var score = new FactScore();
        score.Count(expected.Count, produced.Count);
        var expectedUsed = new bool[expected.Count];
        var producedUsed = new bool[produced.Count];
        foreach (bool exact in new[] { true, false })
            for (int p = 0; p < produced.Count; p++)
            {
                if (producedUsed[p]) continue;
                for (int e = 0; e < expected.Count; e++)
                {
                    if (expectedUsed[e] || Key(expected[e]) != Key(produced[p])) continue;
                    if (exact && !AllFieldsAgree(expected[e], produced[p])) continue;
                    expectedUsed[e] = producedUsed[p] = true;
                    score.CountMatch(expected[e], produced[p]);
                    break;
                }
            }
        for (int e = 0; e < expected.Count; e++) if (!expectedUsed[e]) score.Missing.Add(expected[e]);
        for (int p = 0; p < produced.Count; p++) if (!producedUsed[p]) score.Spurious.Add(produced[p]);
        return score;
    }

    public static string Key(FactRecord r) =>
        string.Join('\u001f', Normalize(r.Kind), Normalize(r.Value), Normalize(r.Unit), Normalize(r.Measure));

    internal static bool Same(string a, string b) => Normalize(a) == Normalize(b);

    private static bool AllFieldsAgree(FactRecord a, FactRecord b) =>
        Same(a.Qualifier, b.Qualifier) && Same(a.Subject, b.Subject) && Same(a.Time, b.Time) && Same(a.Change, b.Change);

    /// <summary>Lower case, one space between words, straight apostrophes and quotes, no surrounding punctuation.</summary>
    public static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var raw in s)
        {
            char c = raw switch { '\u2019' or '\u2018' => '\'', '\u201C' or '\u201D' => '"', _ => char.ToLowerInvariant(raw) };
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString().Trim(' ', '.', ',', ';', ':', '!', '?', '"', '\'');
    }
}
