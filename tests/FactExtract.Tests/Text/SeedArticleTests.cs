using FactExtract.Text;

namespace FactExtract.Tests.Text;

/// <summary>The article the project was started with (corpus/seed-article.txt in the repository).</summary>
public sealed class SeedArticleTests
{
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(TestSupport.RepositoryPaths.SeedArticle));

    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();

    [Fact]
    public void Has_one_sentence_per_paragraph_plus_the_credit_lines()
    {
        var text = Text.Value;
        var tokens = _tokenizer.Tokenize(text);
        var sentences = _splitter.Split(text, tokens);

        TextAssert.ValidTokens(text, tokens);
        TextAssert.ValidSentences(tokens, sentences);
        Assert.Equal(23, sentences.Length);
        Assert.Contains(sentences, s => text[s.Start..s.End] == "Credit: AP");
        Assert.Contains(sentences, s => text[s.Start..s.End] ==
            "Starmer said: \"We cannot let the challenges of the recent past define our relationships of the future.");
    }

    [Theory]
    [InlineData("Italy’s", "Italy ’s")]
    [InlineData("Europe's", "Europe 's")]
    [InlineData("380,000", "380,000")]
    [InlineData("17%", "17 %")]
    [InlineData("non-EU", "non-EU")]
    [InlineData("27-strong", "27-strong")]
    [InlineData("Thomas-Symonds,", "Thomas-Symonds ,")]
    [InlineData("nations'", "nations '")]
    public void Splits_article_words_the_CoNLL_way(string fragment, string expected)
    {
        var text = Text.Value;
        var tokens = _tokenizer.Tokenize(text);
        int at = text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{fragment}' is not in the seed article");

        var covering = tokens.Where(t => t.Start >= at && t.End <= at + fragment.Length);

        Assert.Equal(expected.Split(' '), TextAssert.Texts(text, covering));
    }
}
