using FactExtract.Entities;
using FactExtract.Facts;
using FactExtract.Quantities;
using FactExtract.Tests.TestSupport;
using FactExtract.Text;

namespace FactExtract.Tests.Facts;

public sealed class QuantityFactTests
{
    private static Fact Single(Document doc, string quantityText) =>
        Assert.Single(doc.Facts, f => f.Kind == FactKind.Quantity && doc.Text[f.Start..f.End] == quantityText);

    [Fact]
    public void Count_with_qualifier_subject_time_and_a_relative_increase()
    {
        var doc = new FactDocBuilder(
                "More than 380,000 people are believed to have entered the EU through irregular routes in 2023 – an increase of 17% on the previous year.")
            .Entity("EU", EntityType.Organization)
            .Quantity("380,000", QuantityKind.Number, 380000, qualifier: "more than", qualifierText: "More than")
            .Quantity("2023", QuantityKind.Date, 2023)
            .Quantity("17%", QuantityKind.Percent, 17, "%")
            .Build();

        var people = Single(doc, "380,000");
        Assert.Equal(("380000", "more than", "people", "EU", "2023", ""),
            (people.Value, people.Qualifier, people.Measure, people.Subject, people.TimeText, people.ChangeText));
        Assert.Equal(QuantityKind.Number, people.QuantityKind);

        var percent = Single(doc, "17%");
        Assert.Equal(("17", "%", "", "EU", "2023", "increase"),
            (percent.Value, percent.Unit, percent.Measure, percent.Subject, percent.TimeText, percent.ChangeText));

        // The year is the time of both facts, not a fact of its own.
        Assert.DoesNotContain(doc.Facts, f => f.QuantityKind == QuantityKind.Date);
        SpanAssert.LayersAreConsistent(doc);
    }

    [Fact]
    public void Percent_of_phrase_measure_and_nearest_place_per_clause()
    {
        var doc = new FactDocBuilder(
                "Around 41% of those arrivals are believed to have come in small boats across the Central Mediterranean, 26% on land through the Balkans, and 16% coming across the Eastern Mediterranean.")
            .Entity("Central Mediterranean", EntityType.Location)
            .Entity("Balkans", EntityType.Location)
            .Entity("Eastern Mediterranean", EntityType.Location)
            .Quantity("41%", QuantityKind.Percent, 41, "%", "around", "Around")
            .Quantity("26%", QuantityKind.Percent, 26, "%")
            .Quantity("16%", QuantityKind.Percent, 16, "%")
            .Build();

        Assert.Equal(("arrivals", "Central Mediterranean", "around"), (Single(doc, "41%").Measure, Single(doc, "41%").Subject, Single(doc, "41%").Qualifier));
        Assert.Equal("Balkans", Single(doc, "26%").Subject);
        Assert.Equal("Eastern Mediterranean", Single(doc, "16%").Subject);
        Assert.Equal(["Central Mediterranean", "Balkans", "Eastern Mediterranean"], Single(doc, "16%").EntityNames);
    }

    [Fact]
    public void Number_compound_measures_its_noun_and_takes_the_resolved_entity_it_modifies()
    {
        var doc = new FactDocBuilder(
                "Starmer is hosting the European Political Community (EPC) summit. Leaders from the 47-member EPC will gather as Sir Keir attempts to reset the UK’s relationship.")
            .Entity("Starmer", EntityType.Person)
            .Entity("European Political Community", EntityType.Organization)
            .Entity("EPC", EntityType.Organization)
            .Entity("EPC", EntityType.Organization, occurrence: 1)
            .Entity("Sir Keir", EntityType.Person)
            .Entity("UK’s", EntityType.Location)
            .Quantity("47", QuantityKind.Number, 47)
            .Build();

        var member = Single(doc, "47");
        Assert.Equal(("member", "European Political Community"), (member.Measure, member.Subject));
        Assert.Equal(["European Political Community", "Keir", "UK"], member.EntityNames);
    }

    [Fact]
    public void Head_noun_skips_adjectives_and_adjectival_compounds_look_on_to_the_noun()
    {
        var doc = new FactDocBuilder(
                "The EPC was the brainchild of France’s Emmanuel Macron and involves 20 non-EU nations including the UK as well as the 27-strong EU bloc.")
            .Entity("EPC", EntityType.Organization)
            .Entity("France", EntityType.Location)
            .Entity("Emmanuel Macron", EntityType.Person)
            .Entity("UK", EntityType.Location)
            .Entity("EU", EntityType.Organization, occurrence: 1)
            .Quantity("20", QuantityKind.Number, 20)
            .Quantity("27", QuantityKind.Number, 27)
            .Build();

        var nations = Single(doc, "20");
        Assert.Equal("nations", nations.Measure);
        Assert.NotEqual("UK", nations.Subject); // "including the UK" is an example, not the subject
        Assert.Equal(("bloc", "EU"), (Single(doc, "27").Measure, Single(doc, "27").Subject));
    }

    [Theory]
    [InlineData("The leaders will attend a reception in a library lined with more than 10,000 books.", "10,000", "books")]
    [InlineData("Police said 3 people died and 12 were injured.", "3", "people")]
    [InlineData("The council will build 250 new council homes by 2030.", "250", "homes")]
    [InlineData("Turnout was 64.2% in the capital.", "64.2%", "Turnout")]
    [InlineData("The firm reported profits of £2.5bn for the year.", "£2.5bn", "profits")]
    [InlineData("It signed a £5m contract with the city.", "£5m", "contract")]
    [InlineData("The app brought in $3bn in revenue.", "$3bn", "revenue")]
    [InlineData("About a third of 5,000 surveyed voters backed the plan.", "5,000", "voters")]
    [InlineData("Sales fell 5% to £3bn.", "5%", "Sales")]
    [InlineData("Unemployment held steady at 4.1% in June.", "4.1%", "Unemployment")]
    [InlineData("Services inflation remained stubborn at 5.9%.", "5.9%", "inflation")]
    [InlineData("The number of homes sold fell to 84,000 in August.", "84,000", "homes")]
    [InlineData("The deficit fell to £715m in the second quarter.", "£715m", "deficit")]
    [InlineData("The main index closed up 6.48 at the bell.", "6.48", "index")]
    [InlineData("Unsecured claims are estimated at 90 million.", "90 million", "claims")]
    [InlineData("The central bank kept rates unchanged at 5.25%.", "5.25%", "rates")]
    [InlineData("Data from the statistics office showed consumer prices rose 3.6% in February.", "3.6%", "prices")]
    [InlineData("The survey found that 40% of voters backed the plan.", "40%", "voters")]
    public void Measure_is_the_noun_counted_or_measured(string text, string quantity, string measure)
    {
        var kind = quantity.Contains('%') ? QuantityKind.Percent : quantity.Contains('£') || quantity.Contains('$') ? QuantityKind.Money : QuantityKind.Number;
        var doc = new FactDocBuilder(text).Quantity(quantity, kind, 1).Build();
        Assert.Equal(measure, Single(doc, quantity).Measure);
    }

    [Theory]
    [InlineData("Sales fell 5% last year.", "5%", "decrease")]
    [InlineData("Prices rose by 3.2% in May.", "3.2%", "increase")]
    [InlineData("Shares were up 5% at noon.", "5%", "increase")]
    [InlineData("The budget was cut by £2m this year.", "£2m", "decrease")]
    [InlineData("Exports saw a drop of 12% over the summer.", "12%", "decrease")]
    [InlineData("Turnout was 61%, down from 66% at the last vote.", "61%", "decrease")]
    [InlineData("Membership surged to 40,000 this spring.", "40,000", "increase")]
    [InlineData("It announced a 4% pay rise for staff.", "4%", "increase")]
    [InlineData("Up to 20 people can attend.", "20", "")]
    [InlineData("They set up 3 new clinics.", "3", "")]
    [InlineData("The team has 25 players.", "25", "")]
    [InlineData("Police lifted the ban two hours later.", "two hours", "")]
    [InlineData("The council raised fees three years ago.", "three years", "")]
    [InlineData("Shares rose 5% earlier in the day.", "5%", "increase")]
    public void Change_is_read_from_change_words_around_the_number(string text, string quantity, string change)
    {
        var kind = quantity.Contains('%') ? QuantityKind.Percent : quantity.Contains('£') ? QuantityKind.Money
            : quantity.Contains(' ') ? QuantityKind.Duration : QuantityKind.Number;
        var doc = new FactDocBuilder(text).Quantity(quantity, kind, 1).Build();
        Assert.Equal(change, Single(doc, quantity).ChangeText);
    }

    [Fact]
    public void Time_is_what_the_sentence_states_not_the_article_date_and_a_lone_date_is_its_own_fact()
    {
        var doc = new FactDocBuilder("The club has 900 members. It was founded in 1998.", date: "2024-05-02")
            .Quantity("900", QuantityKind.Number, 900)
            .Quantity("1998", QuantityKind.Date, 1998)
            .Build();

        Assert.Equal("", Single(doc, "900").TimeText);
        var founded = Single(doc, "1998");
        Assert.Equal((QuantityKind.Date, "1998", "1998", ""), (founded.QuantityKind!.Value, founded.Value, founded.TimeText, founded.Measure));
    }

    [Fact]
    public void Ordinals_give_no_fact_and_ranges_are_written_low_high()
    {
        var doc = new FactDocBuilder("It was the third rise this year, lifting costs by 10-20% for 4,000 firms.")
            .Quantity("third", QuantityKind.Ordinal, 3)
            .Quantity("10-20%", QuantityKind.Percent, 10, "%", valueTo: 20)
            .Quantity("4,000", QuantityKind.Number, 4000)
            .Build();

        Assert.DoesNotContain(doc.Facts, f => f.QuantityKind == QuantityKind.Ordinal);
        Assert.Equal(("10-20", "increase"), (Single(doc, "10-20%").Value, Single(doc, "10-20%").ChangeText));
        Assert.Equal("firms", Single(doc, "4,000").Measure);
    }

    [Fact]
    public void Stage_declares_its_layers_and_refuses_a_document_without_them()
    {
        var stage = new FactStage();
        Assert.Equal(DocumentLayers.Facts, stage.Produces);
        Assert.True(stage.Requires.Contains(DocumentLayers.Entities | DocumentLayers.Quantities));
        var doc = new Document("No layers here.");
        new TextStage().Process(doc);
        Assert.Throws<InvalidOperationException>(() => stage.Process(doc));
    }
}
