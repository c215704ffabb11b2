using FactExtract.Entities;

namespace FactExtract.Training;

/// <summary>One predicted model mention with its decoding margins and whether it was exactly right.</summary>
internal readonly record struct CalibrationSample(float MinMargin, float MeanMargin, bool Correct);

/// <summary>Runs the real <see cref="EntityRecognizer"/> over rendered corpus documents and scores it.</summary>
internal static class RecognizerEvaluation
{
    public static NerScores Evaluate(EntityRecognizer recognizer, IReadOnlyList<RenderedDocument> documents,
        IReadOnlyCollection<EntityType>? types = null, List<CalibrationSample>? calibration = null)
    {
        var pairs = new List<(IReadOnlyList<TokenSpan>, IReadOnlyList<TokenSpan>)>();
        var margins = calibration is null ? null : new Dictionary<int, (float Min, float Mean)>();
        foreach (var doc in documents)
        {
            margins?.Clear();
            var entities = recognizer.Recognize(doc.Text, doc.Tokens, doc.Sentences, margins);
            var predicted = doc.ToTokenSpans(entities);
            for (int s = 0; s < doc.Sentences.Length; s++)
            {
                var gold = doc.Document.Sentences[s].Spans;
                pairs.Add((gold, predicted[s]));
                if (calibration is null) continue;
                var goldSet = gold.ToHashSet();
                foreach (var e in entities.Where(e => e.Sentence == s && e.Source == EntitySource.Model))
                {
                    if (!margins!.TryGetValue(e.Start, out var m)) continue;
                    var span = doc.ToTokenSpans([e])[s];
                    calibration.Add(new CalibrationSample(m.Min, m.Mean, span.Count == 1 && goldSet.Contains(span[0])));
                }
            }
        }
        return NerEvaluator.Score(pairs, types);
    }

    /// <summary>Sentences where prediction and gold differ, for error analysis.</summary>
    public static IEnumerable<string> Errors(EntityRecognizer recognizer, IReadOnlyList<RenderedDocument> documents)
    {
        foreach (var doc in documents)
        {
            var predicted = doc.ToTokenSpans(recognizer.Recognize(doc.Text, doc.Tokens, doc.Sentences));
            for (int s = 0; s < doc.Sentences.Length; s++)
            {
                var sent = doc.Document.Sentences[s];
                var gold = sent.Spans.ToHashSet();
                var pred = predicted[s].ToHashSet();
                if (gold.SetEquals(pred)) continue;
                yield return string.Join(' ', sent.Tokens);
                foreach (var g in gold.Except(pred)) yield return $"  MISSED {g.Type.ShortName()} {string.Join(' ', sent.Tokens[g.Start..g.End])}";
                foreach (var p in pred.Except(gold)) yield return $"  WRONG  {p.Type.ShortName()} {string.Join(' ', sent.Tokens[p.Start..p.End])}";
            }
        }
    }

    /// <summary>How many mentions came from the gazetteer source, and how many of them were exactly right.</summary>
    public static (int Mentions, int Correct) GazetteerSourcePrecision(EntityRecognizer recognizer, IReadOnlyList<RenderedDocument> documents)
    {
        int mentions = 0, correct = 0;
        foreach (var doc in documents)
        {
            var entities = recognizer.Recognize(doc.Text, doc.Tokens, doc.Sentences).Where(e => e.Source == EntitySource.Gazetteer).ToList();
            var predicted = doc.ToTokenSpans(entities);
            for (int s = 0; s < predicted.Length; s++)
            {
                mentions += predicted[s].Count;
                correct += predicted[s].Count(doc.Document.Sentences[s].Spans.Contains);
            }
        }
        return (mentions, correct);
    }
}
