using FactExtract.Entities;
using FactExtract.Facts;
using FactExtract.Text;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Facts;

public sealed class RoleFactTests
{
    private static List<(string Subject, string Value)> Roles(Document doc) =>
        doc.Facts.Where(f => f.Kind == FactKind.Role).Select(f => (f.Subject, f.Value)).ToList();

    [Fact]
    public void Title_before_the_name()
    {
        var doc = new FactDocBuilder("Crime will fall, Home Secretary Yvette Cooper said. The summit is co-chaired by Italian Prime Minister Giorgia Meloni.")
            .Entity("Yvette Cooper", EntityType.Person)
            .Entity("Italian", EntityType.Misc)
            .Entity("Giorgia Meloni", EntityType.Person)
            .Build();
        Assert.Equal([("Yvette Cooper", "Home Secretary"), ("Giorgia Meloni", "Italian Prime Minister")], Roles(doc));
        var role = doc.Facts.First(f => f.Kind == FactKind.Role);
        Assert.Equal("Home Secretary", doc.Text[role.Start..role.End]);
    }

    [Fact]
    public void Possessive_owner_is_part_of_the_role_but_a_bare_possessive_is_no_role()
    {
        var doc = new FactDocBuilder("It is co-chaired by Italy’s right-wing leader Giorgia Meloni. The EPC was the brainchild of France’s Emmanuel Macron.")
            .Entity("Italy", EntityType.Location)
            .Entity("Giorgia Meloni", EntityType.Person)
            .Entity("EPC", EntityType.Organization)
            .Entity("France", EntityType.Location)
            .Entity("Emmanuel Macron", EntityType.Person)
            .Build();
        Assert.Equal([("Giorgia Meloni", "Italy’s right-wing leader")], Roles(doc));
    }

    [Fact]
    public void An_organisation_named_with_a_plural_possessive_owns_the_role_and_its_words_are_no_role()
    {
        var doc = new FactDocBuilder("\"We are not worried,\" said Mary Barra, General Motors' chief executive.")
            .Entity("Mary Barra", EntityType.Person)
            .Entity("General Motors", EntityType.Organization)
            .Build();
        Assert.Equal([("Mary Barra", "General Motors' chief executive")], Roles(doc));
    }

    [Fact]
    public void An_untagged_name_after_at_completes_the_role()
    {
        var doc = new FactDocBuilder("Hiring slowed, said Dana Reyes, chief economist at Brightwave Labs, on Friday.")
            .Entity("Dana Reyes", EntityType.Person)
            .Build();
        Assert.Equal([("Dana Reyes", "chief economist at Brightwave Labs")], Roles(doc));
    }

    [Fact]
    public void A_role_word_with_a_verbs_s_after_who_is_the_verb()
    {
        var doc = new FactDocBuilder("The deal was announced by Sundar Pichai, who heads Alphabet.")
            .Entity("Sundar Pichai", EntityType.Person)
            .Entity("Alphabet", EntityType.Organization)
            .Build();
        Assert.Empty(Roles(doc));
    }

    [Fact]
    public void Appositive_and_relative_clause_roles()
    {
        var doc = new FactDocBuilder(
                "Starmer will meet Polish counterpart Donald Tusk – who was president of the European Council at the height of the drama. " +
                "Nick Thomas-Symonds, the minister for European relations at the heart of the plan, will also attend.")
            .Entity("Starmer", EntityType.Person)
            .Entity("Polish", EntityType.Misc)
            .Entity("Donald Tusk", EntityType.Person)
            .Entity("European Council", EntityType.Organization)
            .Entity("Nick Thomas-Symonds", EntityType.Person)
            .Build();
        Assert.Equal(
            [
                ("Donald Tusk", "Polish counterpart"),
                ("Donald Tusk", "president of the European Council"),
                ("Nick Thomas-Symonds", "minister for European relations"),
            ],
            Roles(doc));
    }

    [Fact]
    public void Honorifics_are_not_roles_and_a_repeated_role_is_reported_once()
    {
        var doc = new FactDocBuilder("Sir Keir Starmer spoke first. Later Home Secretary Yvette Cooper and then Home Secretary Yvette Cooper again.")
            .Entity("Sir Keir Starmer", EntityType.Person)
            .Entity("Yvette Cooper", EntityType.Person)
            .Entity("Yvette Cooper", EntityType.Person, occurrence: 1)
            .Build();
        Assert.Equal([("Yvette Cooper", "Home Secretary")], Roles(doc));
    }

    [Fact]
    public void Role_complements_keep_a_named_organisation_and_descriptive_adjectives()
    {
        var doc = new FactDocBuilder(
                "Peter Lund, the chief economist at the ONS, said prices rose. Professor Alan Reece, a political scientist at the University of Eastbridge, agreed. " +
                "The appeal was organised by retired teacher Margaret Hollis. The new council leader, Priya Nair, said so.")
            .Entity("Peter Lund", EntityType.Person)
            .Entity("ONS", EntityType.Organization)
            .Entity("Alan Reece", EntityType.Person)
            .Entity("University of Eastbridge", EntityType.Organization)
            .Entity("Margaret Hollis", EntityType.Person)
            .Entity("Priya Nair", EntityType.Person)
            .Build();
        Assert.Equal(
            [
                ("Peter Lund", "chief economist at the ONS"),
                ("Alan Reece", "political scientist at the University of Eastbridge"),
                ("Margaret Hollis", "retired teacher"),
                ("Priya Nair", "council leader"),
            ],
            Roles(doc));
    }

    [Fact]
    public void A_verb_before_the_role_is_not_part_of_it()
    {
        var doc = new FactDocBuilder(
                "Dole accused President Bill Clinton of lying. The clips, first reported by a newspaper, depicted candidate Ricardo Alves. " +
                "Netanyahu has accused opposition leader Shimon Peres of bad faith.")
            .Entity("Dole", EntityType.Person)
            .Entity("Bill Clinton", EntityType.Person)
            .Entity("Ricardo Alves", EntityType.Person)
            .Entity("Netanyahu", EntityType.Person)
            .Entity("Shimon Peres", EntityType.Person)
            .Build();
        Assert.Equal([("Bill Clinton", "President"), ("Ricardo Alves", "candidate"), ("Shimon Peres", "opposition leader")], Roles(doc));
    }

    [Fact]
    public void A_title_right_before_the_next_name_is_that_persons_not_an_appositive()
    {
        var doc = new FactDocBuilder("Tsang will meet Prime Minister Jim Bolger, Deputy Prime Minister Don McKinnon and others.")
            .Entity("Tsang", EntityType.Person)
            .Entity("Jim Bolger", EntityType.Person)
            .Entity("Don McKinnon", EntityType.Person)
            .Build();
        Assert.Equal([("Jim Bolger", "Prime Minister"), ("Don McKinnon", "Deputy Prime Minister")], Roles(doc));
    }
}
