using FactExtract.Lang;
using FactExtract.Text;

namespace FactExtract.Entities;

internal sealed partial class DocumentConsistency
{
    /// <summary>Confidence of an agency named by a credit or a dateline.</summary>
    private const double CreditConfidence = 0.8;

    /// <summary>
    /// A news agency named where news names its sources: in a dateline's brackets ("VANCOUVER, July 8
    /// (CP) -", "(Reuters)") or after a credit label ("Credit: PA", "Photo: AFP"). The tagger rarely
    /// tags these short words (a line of their own, no sentence around them); the places are
    /// unambiguous, so an untagged agency there, or any untagged all-caps word after a credit label,
    /// is an organisation.
    /// </summary>
    private static void AddAgencyCredits(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<Entity> mentions)
    {
        List<Entity>? added = null;
        int next = 0; // the first mention not ending before the token looked at: mentions are in text order
        for (int s = 0; s < sentences.Length; s++)
        {
            for (int i = sentences[s].FirstToken; i < sentences[s].TokenEnd; i++)
            {
                if (i == 0 || !(IsChar(text, tokens[i - 1], ':') || IsChar(text, tokens[i - 1], '('))) continue; // most tokens stop here
                var t = tokens[i];
                var word = text.AsSpan(t.Start, t.Length);
                bool agency = English.NewsAgencies.Contains(word);
                bool bracketed = i + 1 < tokens.Length && IsChar(text, tokens[i - 1], '(') && IsChar(text, tokens[i + 1], ')');
                bool credited = i >= 2 && IsChar(text, tokens[i - 1], ':') && English.CreditLabels.Contains(text.AsSpan(tokens[i - 2].Start, tokens[i - 2].Length));
                if (!(credited && (agency || English.IsInCapitals(word)) || bracketed && agency)) continue;
                while (next < mentions.Count && mentions[next].End <= t.Start) next++;
                if (next < mentions.Count && mentions[next].Start < t.End) continue; // already tagged
                (added ??= []).Add(new Entity(t.Start, t.End, text.Substring(t.Start, t.Length), EntityType.Organization, CreditConfidence, EntitySource.Gazetteer, s));
            }
        }
        InsertInOrder(mentions, added);
    }

    private static bool IsChar(string text, Token t, char c) => t.Length == 1 && text[t.Start] == c;
}
