using FactExtract.Entities;
using FactExtract.Training;

namespace FactExtract.Tests.Training;

public class CorpusReaderTests
{
    private static TokenSpan[] Decode(params string[] tags) => CorpusReader.Decode(tags);

    [Fact]
    public void Iob1_InsideTagsAfterOutsideStartAMention()
    {
        Assert.Equal([new TokenSpan(0, 2, EntityType.Person)], Decode("I-PER", "I-PER", "O"));
    }

    [Fact]
    public void Iob1_BeginSplitsAdjacentMentionsOfOneType()
    {
        Assert.Equal([new TokenSpan(0, 1, EntityType.Location), new TokenSpan(1, 3, EntityType.Location)],
            Decode("I-LOC", "B-LOC", "I-LOC"));
    }

    [Fact]
    public void TypeChangeWithoutBeginStartsANewMention()
    {
        Assert.Equal([new TokenSpan(0, 1, EntityType.Organization), new TokenSpan(1, 2, EntityType.Person)],
            Decode("I-ORG", "I-PER"));
    }

    [Fact]
    public void Iob2_MentionAtSentenceEndIsClosed()
    {
        Assert.Equal([new TokenSpan(1, 3, EntityType.Misc)], Decode("O", "B-MISC", "I-MISC"));
    }

    [Fact]
    public void Conll_DocumentsSentencesAndSpans()
    {
        var corpus = TinyCorpus.Read();
        Assert.Equal(2, corpus.Documents.Count);
        Assert.Equal([2, 3], corpus.Documents.Select(d => d.Sentences.Count));
        Assert.False(corpus.HasMisc);
        var first = corpus.Documents[0].Sentences[0];
        Assert.Equal(["Zandor", "Quill", "visited", "Velmora", "."], first.Tokens);
        Assert.Equal([new TokenSpan(0, 2, EntityType.Person), new TokenSpan(3, 4, EntityType.Location)], first.Spans);
    }

    [Fact]
    public void TokenTag_MapsGmbClassesAndDropsOthers()
    {
        string[] lines = ["Iraqi\tB-gpe", "officials\tO", "in\tO", "Baghdad\tB-geo", "met\tO", "on\tO", "Monday\tB-tim", "Ali\tB-per", "Hassan\tI-per", "", "UN\tB-org", "staff\tO"];
        Assert.Equal(CorpusFormat.TokenTag, CorpusReader.Detect(lines));
        var corpus = CorpusReader.Parse("gmb", lines, CorpusFormat.TokenTag);
        Assert.Equal(2, corpus.Documents.Count); // no document markers: one document per sentence
        Assert.True(corpus.HasMisc);
        Assert.Equal(
            [new TokenSpan(0, 1, EntityType.Misc), new TokenSpan(3, 4, EntityType.Location), new TokenSpan(7, 9, EntityType.Person)],
            corpus.Documents[0].Sentences[0].Spans);
        Assert.Equal([new TokenSpan(0, 1, EntityType.Organization)], corpus.Documents[1].Sentences[0].Spans);
    }

    [Fact]
    public void Uner_SkipsCommentsAndSplitsDocuments()
    {
        string[] lines =
        [
            "# newdoc id = a", "# sent_id = a-1", "# text = I love tampa bay",
            "1\tI\tO\t-\t-", "2\tlove\tO\t-\t-", "3\ttampa\tB-LOC\t-\tx", "4\tbay\tI-LOC\t-\tx", "",
            "# sent_id = a-2", "1\tBob\tB-PER\t-\tx", "",
            "# newdoc id = b", "1\tIBM\tB-ORG\t-\tx", "",
        ];
        Assert.Equal(CorpusFormat.Uner, CorpusReader.Detect(lines));
        var corpus = CorpusReader.Parse("uner", lines, CorpusFormat.Uner);
        Assert.Equal([2, 1], corpus.Documents.Select(d => d.Sentences.Count));
        Assert.Equal(["I", "love", "tampa", "bay"], corpus.Documents[0].Sentences[0].Tokens);
        Assert.Equal([new TokenSpan(2, 4, EntityType.Location)], corpus.Documents[0].Sentences[0].Spans);
        Assert.Equal([new TokenSpan(0, 1, EntityType.Organization)], corpus.Documents[1].Sentences[0].Spans);
    }

    [Fact]
    public void ToBilou_EncodesUnitsAndMultiTokenMentions()
    {
        var tags = CorpusReader.ToBilou(5, [new TokenSpan(0, 1, EntityType.Person), new TokenSpan(2, 5, EntityType.Organization)]);
        Assert.Equal([BilouTag.UPer, BilouTag.O, BilouTag.BOrg, BilouTag.IOrg, BilouTag.LOrg], tags);
    }
}
