using FactExtract.Text;

namespace FactExtract.Tests.Text;

/// <summary>
/// Token texts (space-separated, since tokens never hold whitespace) and kinds
/// (W word, N number, P punctuation, S symbol, U url, E e-mail) for Penn Treebank / CoNLL style input.
/// </summary>
public sealed class TokenizerTests
{
    private readonly Tokenizer _tokenizer = new();

    [Theory]
    // clitics
    [InlineData("Italy’s leader", "Italy ’s leader", "WWW")]
    [InlineData("Europe's borders", "Europe 's borders", "WWW")]
    [InlineData("don't", "do n't", "WW")]
    [InlineData("can't won't", "ca n't wo n't", "WWWW")]
    [InlineData("DON'T", "DO N'T", "WW")]
    [InlineData("we'll they're I've she'd I'm", "we 'll they 're I 've she 'd I 'm", "WWWWWWWWWW")]
    [InlineData("O'Brien's plan", "O'Brien 's plan", "WWW")]
    [InlineData("it’s 1990's", "it ’s 1990 's", "WWNW")]
    [InlineData("nations' support", "nations ' support", "WPW")]
    [InlineData("the U.S.'s and Acme Inc.’s", "the U.S. 's and Acme Inc. ’s", "WWWWWWW")]
    [InlineData("the '90s boom", "the '90s boom", "WNW")]
    // hyphenated words stay whole
    [InlineData("people-smuggling non-EU co-chaired", "people-smuggling non-EU co-chaired", "WWW")]
    [InlineData("the 27-strong bloc and 47-member EPC", "the 27-strong bloc and 47-member EPC", "WNWWNW")]
    [InlineData("Nick Thomas-Symonds", "Nick Thomas-Symonds", "WW")]
    [InlineData("COVID-19 U.S.-led", "COVID-19 U.S.-led", "WW")]
    [InlineData("pre- and post-war", "pre - and post-war", "WPWW")]
    // quotes, dashes, ellipses
    [InlineData("a \"rapid returns unit\" to", "a \" rapid returns unit \" to", "WPWWWPW")]
    [InlineData("“Yes,” she said", "“ Yes , ” she said", "PWPPWW")]
    [InlineData("‘no’ «non»", "‘ no ’ « non »", "PWPPWP")]
    [InlineData("``Hello''", "`` Hello ''", "PWP")]
    [InlineData("2023 – an increase", "2023 – an increase", "NPWW")]
    [InlineData("war—and peace", "war — and peace", "WPWW")]
    [InlineData("yes -- no", "yes -- no", "WPW")]
    [InlineData("wait... what…now", "wait ... what … now", "WPWPW")]
    [InlineData("Really?! Yes!", "Really ?! Yes !", "WPWP")]
    [InlineData("(EPC) summit; done:", "( EPC ) summit ; done :", "PWPWPWP")]
    // numbers and their symbols
    [InlineData("380,000 people", "380,000 people", "NW")]
    [InlineData("1,234.56 and 0.5", "1,234.56 and 0.5", "NWN")]
    [InlineData("fell to -3 from +4", "fell to -3 from +4", "WWNWN")]
    [InlineData("an increase of 17%", "an increase of 17 %", "WWWNS")]
    [InlineData("£1.5bn and $2m", "£ 1.5bn and $ 2m", "SNWSN")]
    [InlineData("US$5 HK$10 €20", "US$ 5 HK$ 10 € 20", "SNSNSN")]
    [InlineData("3bn 10k 21st 1990s", "3bn 10k 21st 1990s", "NNNN")]
    [InlineData("1996-08-22 at 10:30 won 3-1", "1996-08-22 at 10:30 won 3-1", "NWNWN")]
    [InlineData("24/7 and .5", "24/7 and .5", "NWN")]
    [InlineData("5 + 3 = 8", "5 + 3 = 8", "NSNSN")]
    [InlineData("AT&T and R&D & more", "AT&T and R&D & more", "WWWSW")]
    [InlineData("in 2023.", "in 2023 .", "WNP")]
    [InlineData("the $17,000.", "the $ 17,000 .", "WSNP")]
    // abbreviations keep their period, a sentence-final period stands alone
    [InlineData("the U.K. and U.S. economy", "the U.K. and U.S. economy", "WWWWW")]
    [InlineData("Mr. Smith met Dr. Jones", "Mr. Smith met Dr. Jones", "WWWWW")]
    [InlineData("on Jan. 5 at Acme Inc. and Foo Corp.", "on Jan. 5 at Acme Inc. and Foo Corp.", "WWNWWWWWW")]
    [InlineData("St. Paul and Sen. Warren", "St. Paul and Sen. Warren", "WWWWW")]
    [InlineData("J. K. Rowling", "J. K. Rowling", "WWW")]
    [InlineData("e.g. this, i.e. that, 5 p.m.", "e.g. this , i.e. that , 5 p.m.", "WWPWWPNW")]
    [InlineData("securing the border.", "securing the border .", "WWWP")]
    [InlineData("in the U.S.", "in the U.S.", "WWW")]
    [InlineData("apples, pears, etc.", "apples , pears , etc.", "WPWPW")]
    [InlineData("more than I.", "more than I .", "WWWP")]
    [InlineData("I. Salisbury", "I. Salisbury", "WW")]
    [InlineData("Ph.D. students", "Ph.D. students", "WW")]
    [InlineData("No. 10 Downing", "No. 10 Downing", "WNW")]
    [InlineData("said no. The", "said no . The", "WWPW")]
    [InlineData("border.The", "border . The", "WPW")]
    [InlineData("Mr.Smith and the U.S.The", "Mr. Smith and the U.S. The", "WWWWWW")]
    [InlineData("U.S.A. and Ph.D", "U.S.A. and Ph.D", "WWW")]
    [InlineData("S.AFRICAN GOLD", "S.AFRICAN GOLD", "WW")]
    [InlineData("bbc.co.uk reported", "bbc.co.uk reported", "WW")]
    [InlineData("1. Pivotal\n2. Eveningperformance", "1. Pivotal 2. Eveningperformance", "NWNW")]
    // addresses, handles, tags
    [InlineData("see https://example.com/a?b=1.", "see https://example.com/a?b=1 .", "WUP")]
    [InlineData("www.bbc.co.uk/news, then", "www.bbc.co.uk/news , then", "UPW")]
    [InlineData("(http://x.org/a_(b))", "( http://x.org/a_(b) )", "PUP")]
    [InlineData("\"https://t.co/x\"", "\" https://t.co/x \"", "PUP")]
    [InlineData("mail john.smith@example.com.", "mail john.smith@example.com .", "WEP")]
    [InlineData("John.Smith@news.co.uk wrote", "John.Smith@news.co.uk wrote", "EW")]
    [InlineData("not@an-address here", "not @ an-address here", "WSWW")]
    [InlineData("@BBCNews #MeToo #1", "@BBCNews #MeToo # 1", "WWSN")]
    // other scripts and symbols
    [InlineData("Zürich’s café", "Zürich ’s café", "WWW")]
    [InlineData("😀ok 👍", "😀 ok 👍", "SWS")]
    [InlineData("a\u00ADb x\u200By", "a\u00ADb x y", "WWW")]
    [InlineData("do\u00ADn't", "do\u00AD n't", "WW")]
    public void Tokenizes(string text, string expectedTokens, string expectedKinds)
    {
        var tokens = _tokenizer.Tokenize(text);

        Assert.Equal(expectedTokens.Split(' '), TextAssert.Texts(text, tokens));
        Assert.Equal(expectedKinds, TextAssert.Kinds(tokens));
        TextAssert.ValidTokens(text, tokens);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\0\u0001\u200B\uFEFF")]
    public void Blank_text_has_no_tokens(string text) => Assert.Empty(_tokenizer.Tokenize(text));

    [Fact]
    public void Offsets_point_into_the_unmodified_text()
    {
        const string text = "  Meloni’s  “plan”\r\ncost £1.5bn.";
        var tokens = _tokenizer.Tokenize(text);

        Assert.Equal(new[] { (2, 8), (8, 10), (12, 13), (13, 17), (17, 18), (20, 24), (25, 26), (26, 31), (31, 32) },
            tokens.Select(t => (t.Start, t.End)));
        TextAssert.ValidTokens(text, tokens);
    }

    [Fact]
    public void SpaceBefore_marks_tokens_after_whitespace_or_at_the_start()
    {
        const string text = "Italy’s (EPC) 17%";
        var tokens = _tokenizer.Tokenize(text);

        Assert.Equal(new[] { true, false, true, false, false, true, false }, tokens.Select(t => t.SpaceBefore));
    }

    [Fact]
    public void Custom_abbreviations_replace_the_default_list()
    {
        var tokenizer = new Tokenizer(new Abbreviations([new("Xyz", AbbreviationKind.Prefix)]));

        Assert.Equal(["Xyz.", "Mr", "."], TextAssert.Texts("Xyz. Mr.", tokenizer.Tokenize("Xyz. Mr.")));
    }

    [Fact]
    public void Very_long_tokens_stay_whole()
    {
        var word = new string('a', 100_000);
        var number = string.Concat(Enumerable.Repeat("123,", 10_000)) + "4";
        var text = word + " " + number;

        var tokens = _tokenizer.Tokenize(text);

        Assert.Equal([(0, word.Length, TokenKind.Word), (word.Length + 1, text.Length, TokenKind.Number)],
            tokens.Select(t => (t.Start, t.End, t.Kind)));
    }

    [Fact]
    public void Pathological_inputs_keep_their_shape()
    {
        // These once took quadratic time (look-aheads repeated per token); they pin the linear rewrites.
        var parens = "http://a" + new string(')', 50_000);
        var dotted = string.Concat(Enumerable.Repeat("abc.Abc", 20_000));
        var domain = "a@" + string.Concat(Enumerable.Repeat("b.", 50_000)) + "com";

        var parenTokens = _tokenizer.Tokenize(parens);
        Assert.Equal((0, 8, TokenKind.Url), (parenTokens[0].Start, parenTokens[0].End, parenTokens[0].Kind));
        Assert.Equal(50_001, parenTokens.Length);
        Assert.Equal(2 * 20_000 + 1, _tokenizer.Tokenize(dotted).Length); // abc . Abcabc . Abcabc ...
        Assert.DoesNotContain(_tokenizer.Tokenize(domain), t => t.Kind == TokenKind.Email);
    }

    [Fact]
    public void Is_safe_to_share_between_threads()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"Mr. Smith’s firm paid £{i}.5bn on Jan. {i % 28 + 1}, 2023. It’s done!").ToArray();
        var expected = texts.Select(_tokenizer.Tokenize).ToArray();

        var actual = new Token[texts.Length][];
        Parallel.For(0, texts.Length * 20, i => actual[i % texts.Length] = _tokenizer.Tokenize(texts[i % texts.Length]));

        for (int i = 0; i < texts.Length; i++) Assert.Equal(expected[i], actual[i]);
    }
}
