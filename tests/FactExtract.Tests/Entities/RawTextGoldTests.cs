using FactExtract.Tests.TestSupport;
using System.Globalization;
using FactExtract.Entities;
using FactExtract.Pipeline;
using FactExtract.Text;
using Xunit.Abstractions;

namespace FactExtract.Tests.Entities;

/// <summary>
/// Exact-span PER/LOC/ORG scores of the shipped model, through the project's tokenizer and
/// sentence splitter, on the team's own articles in corpus/ (hand-annotated in Entities/Gold/,
/// CoNLL conventions: titles outside PERSON spans; nationalities and events are MISC, not scored).
/// </summary>
public class RawTextGoldTests(ITestOutputHelper output)
{
    private static readonly string[] Articles = ["seed-article", "company-earnings", "court-fraud", "migration-figures"];

    private static HashSet<(int, int, EntityType)> ReadGold(string path, string text)
    {
        var gold = new HashSet<(int, int, EntityType)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            int start = int.Parse(f[0], CultureInfo.InvariantCulture), end = int.Parse(f[1], CultureInfo.InvariantCulture);
            Assert.True(EntityTypeNames.TryParse(f[2], out var type), line);
            Assert.Equal(f[3], text[start..end]); // the gold file and the article still agree
            gold.Add((start, end, type));
        }
        return gold;
    }

    [Fact]
    public void ShippedModelScoresOnHandAnnotatedArticles()
    {
        string root = RepositoryPaths.Root;
        var (perArticle, overall) = Score(Articles.Select(name => (name, Path.Combine(root, "corpus", name + ".txt"),
            Path.Combine(root, "tests", "FactExtract.Tests", "Entities", "Gold", name + ".tsv"))));
        // Floors under the measured figures (seed 0.967, overall 0.952 with the news-convention rules of session 4;
        // 0.899 / 0.909 before them; 0.847 / 0.843 without DocumentConsistency): a real regression fails.
        Assert.True(perArticle["seed-article"] >= 0.95, $"seed-article F1 {perArticle["seed-article"]:F3}");
        Assert.True(overall >= 0.93, $"overall F1 {overall:F3}");
    }

    /// <summary>
    /// Short articles in the style of 2020s news (platforms, start-ups, universities, clubs, agencies;
    /// Chinese, Korean, Arabic, Indian, African and Latin American names; possessives; all-caps press-release
    /// lines), written and annotated by hand before the model was run on them. <c>news-2020s</c> (13 articles)
    /// has since informed three document rules (session 4), so it is no longer a clean check;
    /// <c>news-2020s-heldout</c> (12 articles, session 5) has been scored, never tuned on.
    /// </summary>
    [Theory]
    [InlineData("news-2020s", 0.84)] // measured 0.885 (0.872 before rule 14, 0.832 before the session-4 rules; 0.778 with the previous model)
    [InlineData("news-2020s-heldout", TodaysNewsHeldOutFloor)]
    public void ShippedModelScoresOnTodaysNewsGoldSets(string set, double floor)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "FactExtract.Tests", "Entities", "Gold", set);
        var articles = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileNameWithoutExtension(path), path, Path.ChangeExtension(path, ".tsv"))).ToList();
        Assert.True(articles.Count >= 12, $"{articles.Count} articles");
        var (_, overall) = Score(articles);
        Assert.True(overall >= floor, $"overall F1 {overall:F3}");
    }

    /// <summary>Floor under the measured overall F1 of the shipped model on the held-out set (see models/README.md).</summary>
    private const double TodaysNewsHeldOutFloor = 0.80; // measured 0.824 on first scoring (session 5), 0.837 with rule 14

    private (Dictionary<string, double> PerArticle, double Overall) Score(IEnumerable<(string Name, string TextPath, string GoldPath)> articles)
    {
        var (model, gazetteer) = NerModelFiles.Load(Path.Combine(RepositoryPaths.Root, NerModelFiles.DefaultDirectory));
        var pipeline = new NlpPipeline([new TextStage(), new EntityRecognizerStage(model, gazetteer, new CanonicalNameResolver())]);
        int tp = 0, predicted = 0, goldCount = 0;
        var perArticle = new Dictionary<string, double>();
        foreach (var (name, textPath, goldPath) in articles)
        {
            string text = File.ReadAllText(textPath);
            var gold = ReadGold(goldPath, text);
            var doc = new Document(text, name);
            pipeline.Process(doc);
            var pred = doc.Entities.Where(e => e.Type != EntityType.Misc).Select(e => (e.Start, e.End, e.Type)).ToHashSet();
            int hit = pred.Count(gold.Contains);
            foreach (var miss in gold.Except(pred)) output.WriteLine($"  {name} missed {miss.Item3} {text[miss.Item1..miss.Item2]}");
            foreach (var wrong in pred.Except(gold)) output.WriteLine($"  {name} wrong  {wrong.Item3} {text[wrong.Item1..wrong.Item2]}");
            perArticle[name] = Report(name, hit, pred.Count, gold.Count);
            tp += hit; predicted += pred.Count; goldCount += gold.Count;
        }
        return (perArticle, Report("overall", tp, predicted, goldCount));
    }

    private double Report(string name, int tp, int predicted, int gold)
    {
        double p = predicted == 0 ? 0 : (double)tp / predicted, r = gold == 0 ? 0 : (double)tp / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-18} P {1:F3} R {2:F3} F1 {3:F3} (gold {4}, predicted {5}, right {6})",
            name, p, r, f, gold, predicted, tp));
        return f;
    }
}
