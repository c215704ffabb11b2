using FactExtract.Entities;
using FactExtract.Text;

namespace FactExtract.Tests.Entities;

/// <summary>Scores every listed feature through the table, as the trainer's scorer does (the reference for inference's sums).</summary>
internal sealed class ListingScorer(FeatureTable table) : IFeatureScorer
{
    public bool ListsFeatures => true;
    public bool Describe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenInfo> infos) => false;
    public void BeginSentence(ReadOnlySpan<char> text, Span<TokenInfo> infos, bool headline) { }
    public void ScoreToken(int i, in TokenInfo token, int prev1, int prev2, byte memory, ReadOnlySpan<ulong> features,
        Span<float> scores) => table.Score(features, scores);
    public void Observe(int position, ReadOnlySpan<ulong> features, int predicted) { }
}
