using System.Globalization;
using FactExtract.Entities;

namespace FactExtract.Training;

/// <summary>True positives, false positives and false negatives of one type (or all).</summary>
internal sealed record TypeScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Gold => TruePositives + FalseNegatives;
    public int Predicted => TruePositives + FalsePositives;
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

internal sealed record NerScores(IReadOnlyDictionary<EntityType, TypeScore> PerType, TypeScore Micro)
{
    public string Format()
    {
        var ci = CultureInfo.InvariantCulture;
        var lines = new List<string> { string.Format(ci, "{0,-6} {1,7} {2,7} {3,7} {4,6} {5,6}", "type", "P", "R", "F1", "gold", "pred") };
        foreach (var (type, s) in PerType.OrderBy(p => p.Key))
            lines.Add(string.Format(ci, "{0,-6} {1,7:F4} {2,7:F4} {3,7:F4} {4,6} {5,6}", type.ShortName(), s.Precision, s.Recall, s.F1, s.Gold, s.Predicted));
        lines.Add(string.Format(ci, "{0,-6} {1,7:F4} {2,7:F4} {3,7:F4} {4,6} {5,6}", "micro", Micro.Precision, Micro.Recall, Micro.F1, Micro.Gold, Micro.Predicted));
        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>
/// Exact-span scoring with conlleval semantics: a predicted mention counts only when its start,
/// end and type all equal a gold mention's. Optionally restricted to some types (mentions of
/// other types are ignored on both sides).
/// </summary>
internal static class NerEvaluator
{
    public static NerScores Score(IEnumerable<(IReadOnlyList<TokenSpan> Gold, IReadOnlyList<TokenSpan> Predicted)> sentences,
        IReadOnlyCollection<EntityType>? types = null)
    {
        var tp = new Dictionary<EntityType, int>();
        var fp = new Dictionary<EntityType, int>();
        var fn = new Dictionary<EntityType, int>();
        bool Keep(EntityType t) => types is null || types.Contains(t);
        foreach (var t in Enum.GetValues<EntityType>().Where(Keep)) { tp[t] = 0; fp[t] = 0; fn[t] = 0; }
        foreach (var (gold, predicted) in sentences)
        {
            var goldSet = gold.Where(s => Keep(s.Type)).ToHashSet();
            foreach (var p in predicted.Where(s => Keep(s.Type)).Distinct())
            {
                if (goldSet.Remove(p)) Count(tp, p.Type);
                else Count(fp, p.Type);
            }
            foreach (var g in goldSet) Count(fn, g.Type);
        }
        // Types beyond the built-in four (a model's own label set) appear as they are met.
        var perType = tp.Keys.Union(fp.Keys).Union(fn.Keys).ToDictionary(t => t,
            t => new TypeScore(tp.GetValueOrDefault(t), fp.GetValueOrDefault(t), fn.GetValueOrDefault(t)));
        var micro = new TypeScore(tp.Values.Sum(), fp.Values.Sum(), fn.Values.Sum());
        return new NerScores(perType, micro);
    }

    private static void Count(Dictionary<EntityType, int> counts, EntityType type) => counts[type] = counts.GetValueOrDefault(type) + 1;

    /// <summary>Parses "PER,LOC,ORG" (also full names).</summary>
    public static IReadOnlyCollection<EntityType> ParseTypes(string list)
    {
        var result = new List<EntityType>();
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!EntityTypeNames.TryParse(part, out var t)) throw new FormatException($"Unknown entity type '{part}'.");
            result.Add(t);
        }
        return result;
    }

    public static readonly IReadOnlyCollection<EntityType> CoreTypes = [EntityType.Person, EntityType.Location, EntityType.Organization];
}
