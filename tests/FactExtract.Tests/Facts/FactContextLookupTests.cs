using FactExtract.Entities;
using FactExtract.Facts;

namespace FactExtract.Tests.Facts;

/// <summary>
/// The per-document lookup tables of <see cref="FactContext"/> (token at an offset, entity at a token) must give
/// exactly what a scan over the tokens and entities gives, for every offset, including those before and past the text.
/// </summary>
public sealed class FactContextLookupTests
{
    public static TheoryData<string> Texts() => new()
    {
        "",
        "Norcast shares fell 9 percent to 4.12 euros in Amsterdam.",
        "  Two  spaces,\n\nthen a paragraph: \"quoted\" — and a dash – here.\r\nCRLF line; end",
        "Ünïcödé wörds, naïve café and 😀 emoji in Zürich; 1,200 jobs (4%).",
        "a",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Token_lookups_by_offset_agree_with_a_scan(string text)
    {
        var ctx = new FactContext(new FactDocBuilder(text).Build());
        var tokens = ctx.Tokens;
        for (int offset = -3; offset <= text.Length + 3; offset++)
        {
            int endsAfter = 0;
            while (endsAfter < tokens.Length && tokens[endsAfter].End <= offset) endsAfter++;
            int startsAtOrAfter = 0;
            while (startsAtOrAfter < tokens.Length && tokens[startsAtOrAfter].Start < offset) startsAtOrAfter++;
            Assert.Equal(endsAfter, ctx.TokenAt(offset));
            Assert.Equal(startsAtOrAfter, ctx.TokenAtOrAfterStart(offset));
            Assert.Equal(startsAtOrAfter - 1, ctx.TokenBefore(offset));
        }
    }

    [Fact]
    public void Entity_lookups_by_token_and_end_agree_with_the_general_search()
    {
        var doc = new FactDocBuilder("The Bank of Norway and Harbor Hotels Group met in Oslo; Harbor said Oslo grew.")
            .Entity("Bank of Norway", EntityType.Organization)
            .Entity("Harbor Hotels Group", EntityType.Organization)
            .Entity("Oslo", EntityType.Location)
            .Entity("Harbor", EntityType.Organization, occurrence: 1)
            .Entity("Oslo", EntityType.Location, occurrence: 1)
            .Build();
        var ctx = new FactContext(doc);
        for (int t = 0; t < ctx.Tokens.Length; t++)
            Assert.Same(ctx.EntityCovering(ctx.Tokens[t].Start), ctx.EntityAt(t));
        for (int end = 0; end <= doc.Text.Length; end++)
            Assert.Same(ctx.EntityCovering(end - 1, e => e.End == end), ctx.EntityEndingAt(end));
        for (int e = 0; e < ctx.Entities.Length; e++)
            Assert.Equal((ctx.TokenAt(ctx.Entities[e].Start), ctx.TokenAt(ctx.Entities[e].End - 1)), ctx.TokensOf(e));
    }
}
