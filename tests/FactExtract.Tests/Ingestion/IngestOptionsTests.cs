using FactExtract.Ingestion;

namespace FactExtract.Tests.Ingestion;

public class IngestOptionsTests
{
    [Fact]
    public void Defaults_and_validation()
    {
        Assert.Equal(64L * 1024 * 1024, IngestOptions.Default.MaxFileBytes);
        Assert.Null(IngestOptions.Default.Shard);
        Assert.Throws<ArgumentOutOfRangeException>(() => new IngestOptions { MaxFileBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new IngestOptions { MaxFolderDepth = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Shard(3, 2));
        Assert.Equal(new Shard(2, 4), (IngestOptions.Default with { Shard = Shard.Parse("2/4") }).Shard);
    }
}
