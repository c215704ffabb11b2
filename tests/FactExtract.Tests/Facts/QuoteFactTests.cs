using FactExtract.Entities;
using FactExtract.Facts;
using FactExtract.Tests.TestSupport;
using FactExtract.Text;

namespace FactExtract.Tests.Facts;

public sealed class QuoteFactTests
{
    private const string Speeches =
        "Sir Keir Starmer is hoping to use a major European summit.\n\n" +
        "The government said it is redeploying staff to focus on a \"rapid returns unit\" to send people home.\n\n" +
        "Starmer said: \"We cannot let the challenges of the recent past define our relationships of the future.\n\n" +
        "The PM wants to use the summit to secure Europe's borders. Credit: PA\n\n" +
        "\"That is why European security will be at the forefront of this Government’s priorities.\"\n\n" +
        "He added: \"We will only be able to secure our borders if we work together.\"\n\n" +
        "A new Border Security Command will fight organised immigration crime, working \"across Europe and beyond\", Home Secretary Yvette Cooper said.\n\n" +
        "\"Dangerous small boat crossings are undermining our border security,\" she said.\n";

    private static Document SpeechesDoc() =>
        new FactDocBuilder(Speeches)
            .Entity("Sir Keir Starmer", EntityType.Person)
            .Entity("Starmer", EntityType.Person, occurrence: 1)
            .Entity("Europe", EntityType.Location, occurrence: 1)
            .Entity("Border Security Command", EntityType.Organization)
            .Entity("Europe", EntityType.Location, occurrence: 2)
            .Entity("Yvette Cooper", EntityType.Person)
            .Build();

    private static List<Fact> Quotes(Document doc) => doc.Facts.Where(f => f.Kind == FactKind.Quote).ToList();

    [Fact]
    public void Speakers_come_from_said_before_after_pronouns_and_paragraph_continuation()
    {
        var doc = SpeechesDoc();
        var quotes = Quotes(doc);

        Assert.Equal(
            [
                ("Keir Starmer", "We cannot let the challenges of the recent past define our relationships of the future."),
                ("Keir Starmer", "That is why European security will be at the forefront of this Government’s priorities."),
                ("Keir Starmer", "We will only be able to secure our borders if we work together."),
                ("Yvette Cooper", "across Europe and beyond"),
                ("Yvette Cooper", "Dangerous small boat crossings are undermining our border security"),
            ],
            quotes.Select(q => (q.Subject, q.Value)));
        SpanAssert.LayersAreConsistent(doc);
    }

    [Fact]
    public void Quote_span_is_inside_the_marks_and_scare_quotes_are_not_quotes()
    {
        var doc = SpeechesDoc();
        foreach (var q in Quotes(doc))
        {
            Assert.Equal(q.Value, doc.Text[q.Start..q.End]);
            Assert.NotEqual('"', doc.Text[q.Start]);
        }
        Assert.DoesNotContain(Quotes(doc), q => q.Value.Contains("rapid returns"));
    }

    [Fact]
    public void Curly_quotes_with_speaker_after_the_verb_and_a_second_quote_in_the_same_paragraph()
    {
        var doc = new FactDocBuilder("“We have waited far too long for this road,” said Councillor Anna Price. “It is a good day for us.”\n\n“Nobody asked us at all,” a neighbour added.")
            .Entity("Anna Price", EntityType.Person)
            .Build();
        Assert.Equal(
            [("Anna Price", "We have waited far too long for this road"), ("Anna Price", "It is a good day for us.")],
            Quotes(doc).Select(q => (q.Subject, q.Value)));
    }

    [Fact]
    public void A_quote_with_no_speaker_in_reach_is_not_reported()
    {
        var doc = new FactDocBuilder("The sign read \"no entry for anyone after dark\" for years.")
            .Build();
        Assert.Empty(Quotes(doc));
    }

    [Fact]
    public void A_person_before_an_appositive_is_the_speaker_not_the_organisation_in_it()
    {
        var doc = new FactDocBuilder("Dr Helen Okoro, a consultant epidemiologist at the UKHSA, said: \"Measles spreads very easily among those who are not vaccinated.\"")
            .Entity("Helen Okoro", EntityType.Person)
            .Entity("UKHSA", EntityType.Organization)
            .Build();
        Assert.Equal("Helen Okoro", Assert.Single(Quotes(doc)).Subject);
    }

    [Fact]
    public void Speakers_named_after_a_title_or_before_a_long_apposition()
    {
        var doc = new FactDocBuilder(
                "\"The voters have sent us a clear message,\" said the assembly's leader, Marta Kovac, who held her seat.\n\n" +
                "Anna Vos, a spokeswoman for the FNV union, said the company had \"broken every promise it made\".\n")
            .Entity("Marta Kovac", EntityType.Person)
            .Entity("Anna Vos", EntityType.Person)
            .Entity("FNV", EntityType.Organization)
            .Build();

        Assert.Equal([("The voters have sent us a clear message", "Marta Kovac"), ("broken every promise it made", "Anna Vos")],
            Quotes(doc).Select(q => (q.Value, q.Subject)));
    }
}
