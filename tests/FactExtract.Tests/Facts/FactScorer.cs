using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using FactExtract.Export;
using FactExtract.Facts;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Facts;

/// <summary>One fact as the expected files and the scorer see it (the CSV columns that carry meaning).</summary>
public sealed record FactRecord(string Kind, string Value, string Unit, string Qualifier, string Measure, string Subject, string Time, string Change)
{
    public static FactRecord From(Fact f) =>
        new(f.KindName, f.Value, f.Unit, f.Qualifier, f.Measure, f.Subject, f.TimeText, f.ChangeText);

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

/// <summary>
/// Counts for one or more articles: how many facts were expected, produced and matched (found), and
/// for matched pairs how often each field agrees. <c>time</c> and <c>change</c> are also counted
/// only where the expected fact has one (<c>time stated</c>, <c>change stated</c>): the time right
/// where the sentence states one, the rise or fall right where the text states one.
/// </summary>
public sealed class FactScore
{
    public static readonly string[] Fields = ["value", "qualifier", "measure", "subject", "time", "time stated", "change", "change stated"];

    public int Expected { get; private set; }
    public int Produced { get; private set; }
    public int Matched { get; private set; }

    /// <summary>Expected facts nothing matched, and produced facts that matched nothing (for reports).</summary>
    public List<FactRecord> Missing { get; } = [];
    public List<FactRecord> Spurious { get; } = [];

    /// <summary>Matched pairs where a field disagrees (for reports).</summary>
    public List<(FactRecord Expected, FactRecord Produced)> Mismatched { get; } = [];

    private readonly int[] _agree = new int[Fields.Length];
    private readonly int[] _counted = new int[Fields.Length];

    public double Precision => Produced == 0 ? 0 : (double)Matched / Produced;
    public double Recall => Expected == 0 ? 0 : (double)Matched / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Share of the counted matched pairs whose <paramref name="field"/> agrees (1 when none was counted).</summary>
    public double Agreement(string field)
    {
        int i = Array.IndexOf(Fields, field);
        if (i < 0) throw new ArgumentException($"unknown field {field}", nameof(field));
        return _counted[i] == 0 ? 1 : (double)_agree[i] / _counted[i];
    }

    /// <summary>How many matched pairs <see cref="Agreement"/> of <paramref name="field"/> counted.</summary>
    public int Counted(string field) => _counted[Array.IndexOf(Fields, field)];

    internal void Count(int expected, int produced) { Expected += expected; Produced += produced; }

    // Per field over matched pairs: how many produced a value, how many expected one, and how many produced the expected one.
    private static readonly string[] FilledFields = ["measure", "subject", "time", "change"];
    private readonly int[] _producedFilled = new int[FilledFields.Length];
    private readonly int[] _expectedFilled = new int[FilledFields.Length];
    private readonly int[] _bothRight = new int[FilledFields.Length];

    /// <summary>
    /// Precision and recall of a field over the matched pairs: of the values produced, the share that are right;
    /// of the values expected, the share produced. An empty field is "no value", not a value.
    /// </summary>
    public (double Precision, double Recall) FieldPrecisionRecall(string field)
    {
        int i = Array.IndexOf(FilledFields, field);
        if (i < 0) throw new ArgumentException($"no precision/recall for {field}", nameof(field));
        return (_producedFilled[i] == 0 ? 1 : (double)_bothRight[i] / _producedFilled[i],
            _expectedFilled[i] == 0 ? 1 : (double)_bothRight[i] / _expectedFilled[i]);
    }

    private void CountFilled(int i, string expected, string produced)
    {
        bool e = FactScorer.Normalize(expected).Length > 0, p = FactScorer.Normalize(produced).Length > 0;
        if (e) _expectedFilled[i]++;
        if (p) _producedFilled[i]++;
        if (e && p && FactScorer.Same(expected, produced)) _bothRight[i]++;
    }

    internal void CountMatch(FactRecord expected, FactRecord produced)
    {
        Matched++;
        CountFilled(0, expected.Measure, produced.Measure);
        CountFilled(1, expected.Subject, produced.Subject);
        CountFilled(2, expected.Time, produced.Time);
        CountFilled(3, expected.Change, produced.Change);
        bool all = true;
        all &= Tally(0, true, FactScorer.Same(expected.Value, produced.Value));
        all &= Tally(1, true, FactScorer.Same(expected.Qualifier, produced.Qualifier));
        all &= Tally(2, true, FactScorer.Same(expected.Measure, produced.Measure));
        all &= Tally(3, true, FactScorer.Same(expected.Subject, produced.Subject));
        bool time = FactScorer.Same(expected.Time, produced.Time), change = FactScorer.Same(expected.Change, produced.Change);
        all &= Tally(4, true, time);
        Tally(5, expected.Time.Length > 0, time);
        all &= Tally(6, true, change);
        Tally(7, expected.Change.Length > 0, change);
        if (!all) Mismatched.Add((expected, produced));
    }

    private bool Tally(int field, bool counted, bool agrees)
    {
        if (!counted) return true;
        _counted[field]++;
        if (agrees) _agree[field]++;
        return agrees;
    }

    public void Add(FactScore other)
    {
        Expected += other.Expected;
        Produced += other.Produced;
        Matched += other.Matched;
        for (int i = 0; i < _agree.Length; i++) { _agree[i] += other._agree[i]; _counted[i] += other._counted[i]; }
        for (int i = 0; i < FilledFields.Length; i++)
        {
            _producedFilled[i] += other._producedFilled[i];
            _expectedFilled[i] += other._expectedFilled[i];
            _bothRight[i] += other._bothRight[i];
        }
    }

    /// <summary>Found figures and the agreement of the given fields, one line.</summary>
    public string Describe(params string[] fields) =>
        FormattableString.Invariant($"expected {Expected,4}, produced {Produced,4}, found {Matched,4}: P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}")
        + string.Concat(fields.Select(f => FormattableString.Invariant($"; {f} {Agreement(f):0.000} (n={Counted(f)})")));

    /// <summary>Precision and recall of the given fields, one line.</summary>
    public string DescribePrecisionRecall(params string[] fields) =>
        string.Join("; ", fields.Select(f => FieldPrecisionRecall(f) is var (p, r) ? FormattableString.Invariant($"{f} P {p:0.000} R {r:0.000}") : ""));

    public override string ToString() => Describe(Fields);
}

/// <summary>
/// Finds which produced fact is which expected one, kind by kind, and scores them. Both lists are in
/// text order, so pairs are found by an order-keeping alignment (the best total pair score, as in a
/// sequence alignment), then left-over compatible pairs are matched out of order (two figures of one
/// sentence listed the other way round). A quantity pair is compatible when kind and unit agree and
/// the value or the (non-empty) measure does, so a fact with a wrong value or a wrong measure still
/// counts as found and the field counts as wrong; a quote when its words mostly agree; a role when the
/// person agrees and the role's words overlap.
/// </summary>
public static class FactScorer
{
    public static FactScore Score(IReadOnlyList<FactRecord> expected, IReadOnlyList<FactRecord> produced)
    {
        var score = new FactScore();
        score.Count(expected.Count, produced.Count);
        var expectedUsed = new bool[expected.Count];
        var producedUsed = new bool[produced.Count];
        foreach (var kind in expected.Select(r => Normalize(r.Kind)).Concat(produced.Select(r => Normalize(r.Kind))).Distinct())
        {
            var e = Enumerable.Range(0, expected.Count).Where(i => Normalize(expected[i].Kind) == kind).ToArray();
            var p = Enumerable.Range(0, produced.Count).Where(i => Normalize(produced[i].Kind) == kind).ToArray();
            foreach (var (ei, pi) in Align(e.Select(i => expected[i]).ToArray(), p.Select(i => produced[i]).ToArray()))
            {
                expectedUsed[e[ei]] = producedUsed[p[pi]] = true;
                score.CountMatch(expected[e[ei]], produced[p[pi]]);
            }
            // Out of order: the best remaining compatible partner.
            foreach (var ei in e)
            {
                if (expectedUsed[ei]) continue;
                int best = -1, bestWeight = 0;
                foreach (var pi in p)
                {
                    if (producedUsed[pi]) continue;
                    int w = Weight(expected[ei], produced[pi]);
                    if (w > bestWeight) { best = pi; bestWeight = w; }
                }
                if (best < 0) continue;
                expectedUsed[ei] = producedUsed[best] = true;
                score.CountMatch(expected[ei], produced[best]);
            }
        }
        for (int e = 0; e < expected.Count; e++) if (!expectedUsed[e]) score.Missing.Add(expected[e]);
        for (int p = 0; p < produced.Count; p++) if (!producedUsed[p]) score.Spurious.Add(produced[p]);
        return score;
    }

    /// <summary>Order-keeping alignment of compatible pairs with the largest total weight.</summary>
    private static List<(int Expected, int Produced)> Align(FactRecord[] expected, FactRecord[] produced)
    {
        int n = expected.Length, m = produced.Length;
        var best = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
            {
                int w = Weight(expected[i], produced[j]);
                best[i, j] = Math.Max(Math.Max(best[i + 1, j], best[i, j + 1]), w > 0 ? w + best[i + 1, j + 1] : 0);
            }
        var pairs = new List<(int, int)>();
        for (int i = 0, j = 0; i < n && j < m;)
        {
            int w = Weight(expected[i], produced[j]);
            if (w > 0 && best[i, j] == w + best[i + 1, j + 1]) { pairs.Add((i, j)); i++; j++; }
            else if (best[i, j] == best[i + 1, j]) i++;
            else j++;
        }
        return pairs;
    }

    /// <summary>0 when the two cannot be the same fact; else larger the more fields agree.</summary>
    internal static int Weight(FactRecord e, FactRecord p)
    {
        if (Normalize(e.Kind) != Normalize(p.Kind)) return 0;
        int agreeing = (Same(e.Qualifier, p.Qualifier) ? 1 : 0) + (Same(e.Subject, p.Subject) ? 1 : 0)
            + (Same(e.Time, p.Time) ? 1 : 0) + (Same(e.Change, p.Change) ? 1 : 0);
        switch (Normalize(e.Kind))
        {
            case "quote":
                if (!Same(e.Value, p.Value) && WordOverlap(e.Value, p.Value) < 0.5) return 0;
                return 10 + (Same(e.Value, p.Value) ? 4 : 0) + agreeing;
            case "role":
                if (!Same(e.Subject, p.Subject) || (!Same(e.Value, p.Value) && WordOverlap(e.Value, p.Value) < 0.5)) return 0;
                return 10 + (Same(e.Value, p.Value) ? 4 : 0) + agreeing;
            default:
                bool value = Same(e.Value, p.Value), measure = Same(e.Measure, p.Measure) && e.Measure.Length > 0;
                if (!Same(e.Unit, p.Unit) || !(value || measure)) return 0;
                return 10 + (value ? 4 : 0) + (Same(e.Measure, p.Measure) ? 4 : 0) + agreeing;
        }
    }

    /// <summary>Shared words over the words of the shorter text (a plural 's' ignored).</summary>
    private static double WordOverlap(string a, string b)
    {
        static HashSet<string> Words(string s) => Normalize(s).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ';', ':', '!', '?', '"', '\'').TrimEnd('s')).Where(w => w.Length > 0).ToHashSet();
        var x = Words(a);
        var y = Words(b);
        int smaller = Math.Min(x.Count, y.Count);
        return smaller == 0 ? 0 : (double)x.Count(y.Contains) / smaller;
    }

    internal static bool Same(string a, string b) => Normalize(a) == Normalize(b);

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
