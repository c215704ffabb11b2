using FactExtract.Entities;
using FactExtract.Text;

namespace FactExtract.Training;

/// <summary>
/// Scores the recognizer as users run it: corpus sentences are detokenized into plain text
/// (no space before closing punctuation and "'s", none after opening brackets), run through
/// the project's own tokenizer and sentence splitter, and the predicted character spans are
/// compared with the gold spans' character offsets. Exposes tokenization mismatches.
/// </summary>
internal static class RawTextEvaluation
{
    public static NerScores Evaluate(EntityRecognizer recognizer, Corpus corpus, IReadOnlyCollection<EntityType>? types)
    {
        var stage = new TextStage();
        var pairs = new List<(IReadOnlyList<TokenSpan>, IReadOnlyList<TokenSpan>)>();
        foreach (var doc in corpus.Documents)
        {
            var sb = new System.Text.StringBuilder();
            var gold = new List<TokenSpan>();
            foreach (var s in doc.Sentences)
            {
                var starts = new int[s.Tokens.Length];
                var ends = new int[s.Tokens.Length];
                for (int i = 0; i < s.Tokens.Length; i++)
                {
                    var tok = s.Tokens[i];
                    bool glue = i > 0 && (tok is "," or "." or ":" or ";" or "?" or "!" or ")" or "'s" or "n't" or "%" or "'" || s.Tokens[i - 1] is "(" or "$");
                    if (sb.Length > 0 && !glue) sb.Append(i == 0 ? "\n\n" : " ");
                    starts[i] = sb.Length;
                    sb.Append(tok);
                    ends[i] = sb.Length;
                }
                // Character offsets stand in for token indices on both sides.
                gold.AddRange(s.Spans.Select(g => new TokenSpan(starts[g.Start], ends[g.End - 1], g.Type)));
            }
            var document = new Document(sb.ToString());
            stage.Process(document);
            var predicted = recognizer.Recognize(document.Text, document.Tokens, document.Sentences)
                .Select(e => new TokenSpan(e.Start, e.End, e.Type)).ToList();
            pairs.Add((gold, predicted));
        }
        return NerEvaluator.Score(pairs, types);
    }
}
