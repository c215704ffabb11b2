using System.Globalization;
using FactExtract.Export.Schemas;
using FactExtract.Quantities;
using FactExtract.Text;

namespace FactExtract.Tests.Quantities;

/// <summary>Which tokenizer cuts the text before the quantity stage runs.</summary>
internal enum Cut
{
    /// <summary>The project's <see cref="TextStage"/> (PTB-style tokenizer and sentence splitter).</summary>
    Project,
    /// <summary><see cref="CrudeTokenizer"/>: whitespace chunks with edge punctuation split off.</summary>
    Crude,
    /// <summary><see cref="PtbLikeTokenizer"/>: an independent PTB-style cut.</summary>
    PtbLike,
}

/// <summary>
/// Runs the quantity stage over a text with every <see cref="Cut"/> and compares with an expectation
/// written as "span|KIND|value|unit|qualifier" (optional "|to=20", "|norm=2023-08-22"), several
/// separated by " ;; ", none as "". Also checks the offset invariants on every quantity.
/// </summary>
internal static class QuantityAssert
{
    public static IReadOnlyList<Quantity> Extract(string text, Cut cut, string? articleDate = null)
    {
        var doc = new Document(new FactExtract.Ingestion.Article("doc", "doc", text) .WithDateText(articleDate));
        if (cut == Cut.Project)
        {
            new TextStage().Process(doc);
        }
        else
        {
            var tokens = cut == Cut.Crude ? CrudeTokenizer.Tokenize(text) : PtbLikeTokenizer.Tokenize(text);
            doc.SetTokens(tokens);
            doc.SetSentences(new SentenceSplitter().Split(text, tokens));
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
            Assert.True(Enum.IsDefined(q.Qualifier), $"qualifier {q.Qualifier}");
            Assert.Equal(q.Qualifier == QuantityQualifier.None, q.QualifierStart < 0);
            // A qualifier is written before the number ("more than 20") or right after it ("20 or more", "50+").
            if (q.QualifierStart >= 0) Assert.True(q.QualifierStart < q.Start || q.QualifierStart >= q.End && q.QualifierStart < doc.Text.Length);
        }
    }

    public static void Matches(string text, string expected, string? articleDate = null)
    {
        foreach (var cut in Enum.GetValues<Cut>())
        {
            var actual = Extract(text, cut, articleDate).Select(Describe).ToArray();
            var wanted = expected.Length == 0 ? [] : expected.Split(" ;; ").Select(Canonical).ToArray();
            Assert.True(wanted.SequenceEqual(actual),
                $"{cut} tokenizer on \"{text}\"\n  expected: {string.Join(" ;; ", wanted)}\n  actual:   {string.Join(" ;; ", actual)}");
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

    internal static string Describe(Quantity q)
    {
        var parts = new List<string>
        {
            q.Text, q.Kind.ToName(), q.Value?.ToString(CultureInfo.InvariantCulture) ?? "", q.Unit, q.Qualifier.ToName(),
        };
        var extra = new List<string>();
        if (q.ValueTo is { } to) extra.Add("to=" + to.ToString(CultureInfo.InvariantCulture));
        // The normal form as the outputs write it: the typed value through the schema's one formatter.
        if (NormalFormFormat.Text(NormalForm.Of(q)) is { } norm) extra.Add("norm=" + norm);
        return string.Join("|", parts.Concat(extra.OrderBy(p => p, StringComparer.Ordinal)));
    }
}
