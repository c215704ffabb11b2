using FactExtract.Text;

namespace FactExtract.Tests.Text;

/// <summary>Expected sentences are separated by " || " in the case tables.</summary>
public sealed class SentenceSplitterTests
{
    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();

    [Theory]
    // plain terminators
    [InlineData("He left. She stayed! Why? Nobody knows.", "He left. || She stayed! || Why? || Nobody knows.")]
    [InlineData("It rose 1.5 per cent to £1.5bn. Then it fell.", "It rose 1.5 per cent to £1.5bn. || Then it fell.")]
    [InlineData("No terminator at all", "No terminator at all")]
    // titles and other abbreviations that never end a sentence
    [InlineData("Mr. Smith went to Washington. He met Dr. Jones.", "Mr. Smith went to Washington. || He met Dr. Jones.")]
    [InlineData("Sen. Warren and Gov. Newsom spoke. It was late.", "Sen. Warren and Gov. Newsom spoke. || It was late.")]
    [InlineData("It happened on Jan. 5 in Paris. Then it rained.", "It happened on Jan. 5 in Paris. || Then it rained.")]
    [InlineData("Arsenal vs. Chelsea ended 3-1 at No. 10 Road.", "Arsenal vs. Chelsea ended 3-1 at No. 10 Road.")]
    [InlineData("Some fruit, e.g. Apples, are red. Others, i.e. The rest, are not.", "Some fruit, e.g. Apples, are red. || Others, i.e. The rest, are not.")]
    [InlineData("J. K. Rowling wrote it. She is rich.", "J. K. Rowling wrote it. || She is rich.")]
    // etc. ends a sentence only before a capital
    [InlineData("Apples, pears, etc. are fruit.", "Apples, pears, etc. are fruit.")]
    [InlineData("He bought apples, pears, etc. The shop was closed.", "He bought apples, pears, etc. || The shop was closed.")]
    // U.S., Inc., p.m.: end before a sentence opener, not before a proper noun or lowercase word
    [InlineData("He works in the U.S. The company said so.", "He works in the U.S. || The company said so.")]
    [InlineData("He works for the U.S. Army in Germany.", "He works for the U.S. Army in Germany.")]
    [InlineData("Shares of Acme Inc. rose. It was good.", "Shares of Acme Inc. rose. || It was good.")]
    [InlineData("He joined Acme Inc. But the firm shrank.", "He joined Acme Inc. || But the firm shrank.")]
    [InlineData("The talks ended at 5 p.m. The leaders then left.", "The talks ended at 5 p.m. || The leaders then left.")]
    [InlineData("She moved to the U.K. in 2019.", "She moved to the U.K. in 2019.")]
    // quotes and brackets close the sentence they end
    [InlineData("Starmer said: \"We cannot fail.\" He left.", "Starmer said: \"We cannot fail.\" || He left.")]
    [InlineData("He said: “We cannot fail.” Then he left.", "He said: “We cannot fail.” || Then he left.")]
    [InlineData("She said: ‘It is over.’ They left.", "She said: ‘It is over.’ || They left.")]
    [InlineData("(It was late.) Then we went home.", "(It was late.) || Then we went home.")]
    [InlineData("He said \" it is over . \" Then he left .", "He said \" it is over . \" || Then he left .")]
    [InlineData("\"Why?\" he asked.", "\"Why?\" he asked.")]
    [InlineData("\"We will win!\" she said. Then she left.", "\"We will win!\" she said. || Then she left.")]
    [InlineData("\"Go!\", he said.", "\"Go!\", he said.")]
    [InlineData("in the U.S.\" He said", "in the U.S.\" || He said")]
    [InlineData("5. John Kocinski (U.S.) Ducati 38:36.306", "5. John Kocinski (U.S.) Ducati 38:36.306")]
    [InlineData("possibly with a.22 rifle.", "possibly with a.22 rifle.")]
    // ellipsis ends a sentence only before a capital
    [InlineData("Wait... what happened?", "Wait... what happened?")]
    [InlineData("He paused… Then he spoke.", "He paused… || Then he spoke.")]
    [InlineData("He paused . . . and went on. . . . Then he spoke.", "He paused . . . and went on. . . . || Then he spoke.")]
    // lines and paragraphs
    [InlineData("one line\n\ntwo line", "one line || two line")]
    [InlineData("Mr.\n\nSmith", "Mr. || Smith")]
    [InlineData("Talks with Mr.\nSmith ended", "Talks with Mr.\nSmith ended")]
    [InlineData("Talks in the U.S.\nSmith ended", "Talks in the U.S. || Smith ended")]
    [InlineData("Starmer hosts summit\nThe Prime Minister said so.", "Starmer hosts summit || The Prime Minister said so.")]
    [InlineData("The government said it is\nredeploying staff.", "The government said it is\nredeploying staff.")]
    [InlineData("The summit is chaired by Meloni. Credit: AP\n\nThe British PM.", "The summit is chaired by Meloni. || Credit: AP || The British PM.")]
    [InlineData("UK and France agree 'one in, one out' migrant deal\nBy Jane Smith, BBC News\nPublished 10 July 2025\n\nThe deal was signed.",
        "UK and France agree 'one in, one out' migrant deal || By Jane Smith, BBC News || Published 10 July 2025 || The deal was signed.")]
    [InlineData("By Jane Smith, Reuters\nLONDON 1996-08-22\nThe talks began.", "By Jane Smith, Reuters || LONDON 1996-08-22 || The talks began.")]
    [InlineData("Leaders from the\nEU met, and\nItaly agreed.", "Leaders from the\nEU met, and\nItaly agreed.")]
    [InlineData("He said:\n\"We will act.\"", "He said: || \"We will act.\"")]
    [InlineData("Scorers:\nGloria Bistrita - Ilie Lazar (32nd)", "Scorers: || Gloria Bistrita - Ilie Lazar (32nd)")]
    [InlineData("He said it was,\nIn his view, over.", "He said it was,\nIn his view, over.")]
    [InlineData("1. Pivotal 100-30\n2. Eveningperformance 16-1", "1. Pivotal 100-30 || 2. Eveningperformance 16-1")]
    [InlineData("It ended.\nthen more", "It ended.\nthen more")]
    [InlineData("Hendrix draft sold\r\nA rare early handwritten draft of a song by U.S. guitar legend Jimi\r\nHendrix was sold for almost $17,000 on Thursday at an auction of some\r\nof the late musician's favourite possessions.",
        "Hendrix draft sold || A rare early handwritten draft of a song by U.S. guitar legend Jimi\r\nHendrix was sold for almost $17,000 on Thursday at an auction of some\r\nof the late musician's favourite possessions.")]
    [InlineData("Rare Hendrix song draft sells for almost $17,000\nLONDON 1996-08-22\nA rare early handwritten draft of a song by U.S. guitar legend Jimi Hendrix was sold for almost $17,000 on Thursday.",
        "Rare Hendrix song draft sells for almost $17,000 || LONDON 1996-08-22 || A rare early handwritten draft of a song by U.S. guitar legend Jimi Hendrix was sold for almost $17,000 on Thursday.")]
    public void Splits(string text, string expected)
    {
        var tokens = _tokenizer.Tokenize(text);
        var sentences = _splitter.Split(text, tokens);

        Assert.Equal(expected.Split(" || "), sentences.Select(s => text[s.Start..s.End]));
        TextAssert.ValidSentences(tokens, sentences);
    }

    [Fact]
    public void No_tokens_no_sentences() => Assert.Empty(_splitter.Split("  ", []));

    [Fact]
    public void Sentences_carry_their_token_ranges()
    {
        const string text = "Italy’s PM spoke. He left.";
        var tokens = _tokenizer.Tokenize(text);

        var sentences = _splitter.Split(text, tokens);

        Assert.Equal([new Sentence(0, 17, 0, 5), new Sentence(18, 26, 5, 8)], sentences);
    }

    [Fact]
    public void Custom_starters_decide_after_a_suffix_abbreviation()
    {
        var splitter = new SentenceSplitter(Abbreviations.Default, new SentenceStarters(["Army"]));
        const string text = "He served the U.S. Army well. He works in the U.S. The end.";
        var tokens = _tokenizer.Tokenize(text);

        var sentences = splitter.Split(text, tokens);

        Assert.Equal(["He served the U.S.", "Army well.", "He works in the U.S. The end."], sentences.Select(s => text[s.Start..s.End]));
    }
}
