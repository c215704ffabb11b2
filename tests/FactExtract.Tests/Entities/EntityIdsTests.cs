using FactExtract.Entities;

namespace FactExtract.Tests.Entities;

public class EntityIdsTests
{
    [Fact]
    public void Id_is_the_documented_hash_of_type_and_name_key()
    {
        // Computed outside .NET: sha256("PERSON\x1fkeir starmer")[:8 bytes], hex. Pins the
        // scheme so ids stay comparable with earlier runs' output.
        Assert.Equal("per-51b2304b87d846d5", EntityIds.For(EntityType.Person, "Keir Starmer"));
    }

    [Theory]
    [InlineData("Keir Starmer", "KEIR  STARMER")]
    [InlineData("U.S.", "US")]
    [InlineData("Müller", "Muller")]
    [InlineData("The Guardian", "Guardian")]
    [InlineData("O'Brien", "O’Brien")]
    [InlineData("Marks & Spencer", "Marks and Spencer")]
    [InlineData("Rolls-Royce", "Rolls Royce")]
    [InlineData("Keir\nStarmer", "Keir Starmer")]
    public void Spellings_of_one_name_share_an_id(string a, string b) =>
        Assert.Equal(EntityIds.For(EntityType.Organization, a), EntityIds.For(EntityType.Organization, b));

    [Theory]
    [InlineData("Keir Starmer", "Starmer")]
    [InlineData("Theresa May", "Theresa")]
    [InlineData("Athens", "Athena")]
    public void Different_names_get_different_ids(string a, string b) =>
        Assert.NotEqual(EntityIds.For(EntityType.Person, a), EntityIds.For(EntityType.Person, b));

    [Fact]
    public void Type_is_part_of_the_id()
    {
        var asPlace = EntityIds.For(EntityType.Location, "Washington");
        var asPerson = EntityIds.For(EntityType.Person, "Washington");
        Assert.NotEqual(asPlace, asPerson);
        Assert.Matches("^loc-[0-9a-f]{16}$", asPlace);
        Assert.Matches("^per-[0-9a-f]{16}$", asPerson);
        Assert.StartsWith("org-", EntityIds.For(EntityType.Organization, "EU"));
        Assert.StartsWith("misc-", EntityIds.For(EntityType.Misc, "Brexit"));
    }

    [Fact]
    public void Punctuation_only_name_keeps_a_key_of_its_own()
    {
        Assert.Equal("--", EntityIds.NameKey(" -- "));
        Assert.NotEqual(EntityIds.For(EntityType.Misc, "--"), EntityIds.For(EntityType.Misc, "?"));
    }
}
