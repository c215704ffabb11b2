using System.Globalization;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Tests.Quantities;

/// <summary>
/// Runs the quantity stage over a text with both tokenizers and compares with an expectation
/// written as "span|KIND|value|unit|qualifier" (optional "|to=20", "|norm=2023-08-22"), several
/// separated by " ;; ", none as "". Also checks the offset invariants on every quantity.
/// </summary>
internal static class QuantityAssert
{
    public static IReadOnlyList<Quantity> Extract(string text, bool ptb)
    {
        var doc = new Document(text);
        if (ptb)
        {
            var tokens = PtbLikeTokenizer.Tokenize(text);
            doc.SetTokens(tokens);
            doc.SetSentences(new SentenceSplitter().Split(text, tokens));
        }
        else
        {
            new TextStage().Process(doc);
        }
        new QuantityStage().Process(doc);
        CheckInvariants(doc);
        return doc.Quantities;
    }

    public static void CheckInvariants(Document doc)
    {
        int lastStart = -1;
        foreach (var q in doc.Quantities)
        {
            Assert.InRange(q.Start, 0, doc.Text.Length);
            Assert.InRange(q.End, q.Start + 1, doc.Text.Length);
            Assert.Equal(doc.Text[q.Start..q.End], q.Text);
            Assert.True(q.Start > lastStart, "quantities are ordered and do not share a start");
            lastStart = q.Start;
            Assert.Contains(q.Qualifier, Qualifiers.All.Append(Qualifiers.None));
            Assert.Equal(q.Qualifier.Length == 0, q.QualifierStart < 0);
            if (q.QualifierStart >= 0) Assert.InRange(q.QualifierStart, 0, q.Start - 1);
        }
    }

    public static void Matches(string text, string expected)
    {
        foreach (bool ptb in (bool[])[false, true])
        {
            var actual = Extract(text, ptb).Select(Describe).ToArray();
            var wanted = expected.Length == 0 ? [] : expected.Split(" ;; ").Select(Canonical).ToArray();
            Assert.True(wanted.SequenceEqual(actual),
                $"{(ptb ? "PTB-like" : "first-cut")} tokenizer on \"{text}\"\n  expected: {string.Join(" ;; ", wanted)}\n  actual:   {string.Join(" ;; ", actual)}");
        }
    }

    private static string Canonical(string spec)
    {
        var parts = spec.Split('|');
        Assert.True(parts.Length >= 5 && !parts.Take(5).Any(p => p.Contains('=')) && parts.Skip(5).All(p => p.Contains('=')),
            "bad expectation (want span|KIND|value|unit|qualifier[|key=value]): " + spec);
        var extra = parts.Skip(5).OrderBy(p => p, StringComparer.Ordinal);
        return string.Join("|", parts.Take(5).Concat(extra));
    }

    private static string Describe(Quantity q)
    {
        var parts = new List<string>
        {
            q.Text, q.Kind.ToName(), q.Value?.ToString(CultureInfo.InvariantCulture) ?? "", q.Unit, q.Qualifier,
        };
        var extra = new List<string>();
        if (q.ValueTo is { } to) extra.Add("to=" + to.ToString(CultureInfo.InvariantCulture));
        if (q.Normalized is { } norm) extra.Add("norm=" + norm);
        return string.Join("|", parts.Concat(extra.OrderBy(p => p, StringComparer.Ordinal)));
    }
}
