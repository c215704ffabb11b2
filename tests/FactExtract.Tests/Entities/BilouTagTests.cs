using FactExtract.Entities;

namespace FactExtract.Tests.Entities;

public class BilouTagTests
{
    [Fact]
    public void MakeTypeAndPositionRoundTrip()
    {
        foreach (var type in Enum.GetValues<EntityType>())
            foreach (var pos in Enum.GetValues<BilouPosition>())
            {
                var tag = BilouTags.Make(pos, type);
                Assert.Equal(type, tag.Type());
                Assert.Equal(pos, tag.Position());
            }
        Assert.Equal(BilouTags.Count, Enum.GetValues<BilouTag>().Length);
        Assert.Equal("L-MISC", BilouTag.LMisc.ToName());
    }

    [Theory]
    [InlineData(BilouTag.O, BilouTag.BPer, true)]
    [InlineData(BilouTag.O, BilouTag.IPer, false)]
    [InlineData(BilouTag.O, BilouTag.LPer, false)]
    [InlineData(BilouTag.BPer, BilouTag.IPer, true)]
    [InlineData(BilouTag.BPer, BilouTag.LPer, true)]
    [InlineData(BilouTag.BPer, BilouTag.LOrg, false)]
    [InlineData(BilouTag.BPer, BilouTag.O, false)]
    [InlineData(BilouTag.IPer, BilouTag.UPer, false)]
    [InlineData(BilouTag.LPer, BilouTag.UPer, true)]
    [InlineData(BilouTag.UOrg, BilouTag.BOrg, true)]
    [InlineData(BilouTag.UOrg, BilouTag.IOrg, false)]
    public void GrammarAllowsOnlyWellFormedSequences(object previous, object next, bool allowed) =>
        Assert.Equal(allowed, BilouTags.CanFollow((BilouTag)previous, (BilouTag)next));
}
