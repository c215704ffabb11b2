using FactExtract.Entities;

namespace FactExtract.Tests.Entities;

public sealed class CanonicalNameResolverTests
{
    /// <summary>Mentions given in text order, each found after the previous one, resolved.</summary>
    private static List<string> Resolve(string text, params (string Surface, EntityType Type)[] mentions)
    {
        var entities = new List<Entity>();
        int cursor = 0;
        foreach (var (surface, type) in mentions)
        {
            int at = text.IndexOf(surface, cursor, StringComparison.Ordinal);
            Assert.True(at >= 0, surface);
            cursor = at + surface.Length;
            entities.Add(new Entity(at, at + surface.Length, surface, type, 1.0, EntitySource.Model, 0));
        }
        var resolved = new CanonicalNameResolver().Resolve(text, entities);
        for (int i = 0; i < resolved.Count; i++)
            Assert.Equal(text[resolved[i].Start..resolved[i].End], resolved[i].Text); // offsets untouched
        return resolved.Select(e => e.Canonical).ToList();
    }

    [Fact]
    public void Surname_and_first_name_mentions_take_the_full_name()
    {
        var text = "Sir Keir Starmer arrived. Starmer spoke. Later Sir Keir left.";
        Assert.Equal(["Keir Starmer", "Keir Starmer", "Keir Starmer"],
            Resolve(text, ("Sir Keir Starmer", EntityType.Person), ("Starmer", EntityType.Person), ("Sir Keir", EntityType.Person)));
    }

    [Theory]
    [InlineData("Home Secretary Yvette Cooper", "Yvette Cooper")]
    [InlineData("Prime Minister Giorgia Meloni", "Giorgia Meloni")]
    [InlineData("Dr. Jane Goodall", "Jane Goodall")]
    [InlineData("Gen. Mark Milley", "Mark Milley")]
    [InlineData("Sen. Elizabeth Warren", "Elizabeth Warren")]
    [InlineData("Pope Francis", "Francis")]
    [InlineData("President", "President")]
    public void Titles_are_not_part_of_a_person_name(string mention, string canonical)
    {
        Assert.Equal([canonical], Resolve("x " + mention + " y", (mention, EntityType.Person)));
    }

    [Fact]
    public void Two_people_sharing_a_surname_leave_the_surname_alone()
    {
        var text = "Anna Smith and John Smith met. Smith said no.";
        Assert.Equal(["Anna Smith", "John Smith", "Smith"],
            Resolve(text, ("Anna Smith", EntityType.Person), ("John Smith", EntityType.Person), ("Smith", EntityType.Person)));
    }

    [Fact]
    public void Acronym_defined_in_brackets_takes_the_long_name()
    {
        var text = "the European Political Community (EPC) summit. Leaders from the 47-member EPC will gather.";
        Assert.Equal(["European Political Community", "European Political Community", "European Political Community"],
            Resolve(text, ("European Political Community", EntityType.Organization), ("EPC", EntityType.Organization), ("EPC", EntityType.Organization)));
    }

    [Fact]
    public void Acronym_matching_the_initials_of_one_name_in_the_article_takes_it()
    {
        var text = "The World Health Organization warned on Monday. The WHO said cases rose. The NHS coped.";
        Assert.Equal(["World Health Organization", "World Health Organization", "NHS"],
            Resolve(text, ("World Health Organization", EntityType.Organization), ("WHO", EntityType.Organization), ("NHS", EntityType.Organization)));
    }

    [Fact]
    public void Possessive_leading_the_and_extra_whitespace_are_dropped()
    {
        var text = "Italy’s leader, the EU and Europe's borders; the  Bank of\nEngland.";
        Assert.Equal(["Italy", "EU", "Europe", "Bank of England"],
            Resolve(text, ("Italy’s", EntityType.Location), ("the EU", EntityType.Organization), ("Europe's", EntityType.Location),
                ("the  Bank of\nEngland", EntityType.Organization)));
    }

    [Fact]
    public void A_place_is_not_stripped_of_title_like_words()
    {
        Assert.Equal(["King's Lynn"], Resolve("in King's Lynn today", ("King's Lynn", EntityType.Location)));
    }

    [Fact]
    public void Acronym_initials_may_contain_an_acronym()
    {
        var text = "The UK Health Security Agency (UKHSA) said. The UKHSA added.";
        Assert.Equal(["UK Health Security Agency", "UK Health Security Agency"],
            Resolve(text, ("UK Health Security Agency", EntityType.Organization), ("UKHSA", EntityType.Organization)));
    }

    [Fact]
    public void A_one_word_organisation_takes_the_one_longer_name_of_its_type()
    {
        var text = "Riverside City lost. Riverside fans left. Eastbridge Council and the University of Eastbridge. Eastbridge voted.";
        Assert.Equal(["Riverside City", "Riverside City", "Eastbridge Council", "University of Eastbridge", "Eastbridge"],
            Resolve(text, ("Riverside City", EntityType.Organization), ("Riverside", EntityType.Organization),
                ("Eastbridge Council", EntityType.Organization), ("University of Eastbridge", EntityType.Organization),
                ("Eastbridge", EntityType.Organization)));
    }

    [Fact]
    public void Acronym_defined_in_the_text_resolves_even_when_the_long_form_was_not_tagged_whole()
    {
        var text = "according to the Office for National Statistics (ONS). The ONS said.";
        Assert.Equal(["National Statistics", "Office for National Statistics", "Office for National Statistics"],
            Resolve(text, ("National Statistics", EntityType.Organization), ("ONS", EntityType.Organization), ("ONS", EntityType.Organization)));
    }

    [Fact]
    public void An_adjective_like_misc_word_is_not_expanded_to_a_longer_name()
    {
        var text = "the European Political Community met; European leaders came.";
        Assert.Equal(["European Political Community", "European"],
            Resolve(text, ("European Political Community", EntityType.Misc), ("European", EntityType.Misc)));
    }
}
