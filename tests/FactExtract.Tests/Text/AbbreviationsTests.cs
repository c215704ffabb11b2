using FactExtract.Text;

namespace FactExtract.Tests.Text;

public sealed class AbbreviationsTests
{
    [Theory]
    [InlineData("Mr", AbbreviationKind.Prefix)]
    [InlineData("Sen", AbbreviationKind.Prefix)]
    [InlineData("No", AbbreviationKind.Prefix)]
    [InlineData("e.g", AbbreviationKind.Prefix)]
    [InlineData("Inc", AbbreviationKind.Suffix)]
    [InlineData("Jan", AbbreviationKind.Suffix)]
    [InlineData("Calif", AbbreviationKind.Suffix)]
    [InlineData("etc", AbbreviationKind.ListEnd)]
    public void Default_list_classifies_news_abbreviations(string word, object kind)
    {
        Assert.True(Abbreviations.Default.TryGetKind(word, out var actual));
        Assert.Equal((AbbreviationKind)kind, actual);
    }

    [Theory]
    [InlineData("no")]      // the word, not the abbreviation of "number"
    [InlineData("MR")]
    [InlineData("border")]
    [InlineData("Mr.")]
    [InlineData("")]
    public void Matching_is_exact_and_case_sensitive(string word) => Assert.False(Abbreviations.Default.Contains(word));

    [Theory]
    [InlineData("Mr.")]
    [InlineData("")]
    public void Entries_are_spelled_without_their_period(string entry) =>
        Assert.Throws<ArgumentException>(() => new Abbreviations([new(entry, AbbreviationKind.Prefix)]));

    [Fact]
    public void Sentence_starters_are_capitalised_function_words_only()
    {
        Assert.True(SentenceStarters.Default.Contains("The"));
        Assert.True(SentenceStarters.Default.Contains("However"));
        Assert.False(SentenceStarters.Default.Contains("the"));
        Assert.False(SentenceStarters.Default.Contains("Army"));
    }
}
