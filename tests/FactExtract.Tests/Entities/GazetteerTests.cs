using FactExtract.Entities;

namespace FactExtract.Tests.Entities;

public class GazetteerTests
{
    private static string WriteTemp(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gaz-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, content);
        return path;
    }

    private static ulong[] Hashes(params string[] words) => words.Select(w => FeatureHash.Word(w, WordForm.Lower)).ToArray();

    [Fact]
    public void UserFileSkipsCommentsAndBlankLines()
    {
        var path = WriteTemp("# my names\nPERSON\tZandor Quill\n\nORGANIZATION\tKrell Institute\nLOC\tVelmora\n");
        try
        {
            var gaz = Gazetteer.LoadUserFile(path);
            Assert.Equal(3, gaz.Count);
            var matches = new List<GazetteerMatch>();
            gaz.FindMatches(Hashes("the", "KRELL", "institute", "hired", "Zandor", "Quill"), matches);
            Assert.Equal(2, matches.Count);
            Assert.Contains(matches, m => m.Start == 1 && m.Length == 2 && m.Has(GazetteerKind.Organization));
            Assert.Contains(matches, m => m.Start == 4 && m.Length == 2 && m.Has(GazetteerKind.Person));
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("DATE\tMonday\n", "1")]
    [InlineData("PERSON Zandor\n", "1")]
    [InlineData("# ok\nPERSON\t \n", "2")]
    public void UserFileErrorsNameTheLine(string content, string line)
    {
        var path = WriteTemp(content);
        try
        {
            var e = Assert.Throws<FormatException>(() => Gazetteer.LoadUserFile(path));
            Assert.Contains($":{line}:", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void NestedEntriesAllMatchAndBitsCarryPositions()
    {
        var gaz = Gazetteer.Build([(GazetteerKind.Country, "New Zealand"), (GazetteerKind.City, "New York City"), (GazetteerKind.City, "York")]);
        var matches = new List<GazetteerMatch>();
        gaz.FindMatches(Hashes("in", "New", "York", "City", "and", "New", "Zealand"), matches);
        Assert.Equal(3, matches.Count);
        var bits = new ulong[7];
        Gazetteer.MatchBits(matches, bits);
        ulong Bit(GazetteerKind k, BilouPosition p) => 1UL << (4 * (int)k + (int)p);
        Assert.Equal(Bit(GazetteerKind.City, BilouPosition.Begin), bits[1]);
        Assert.Equal(Bit(GazetteerKind.City, BilouPosition.Inside) | Bit(GazetteerKind.City, BilouPosition.Unit), bits[2]);
        Assert.Equal(Bit(GazetteerKind.Country, BilouPosition.Last), bits[6]);
        Assert.Equal(0UL, bits[0]);
    }

    [Fact]
    public void CompiledFileRoundTrips()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gaz-{Guid.NewGuid():N}.txt.gz");
        try
        {
            Gazetteer.WriteCompiled(path, [(GazetteerKind.FirstName, "Zandor"), (GazetteerKind.Title, "Dr."), (GazetteerKind.Person, "Mira Tosk")]);
            var gaz = Gazetteer.Load(path);
            var matches = new List<GazetteerMatch>();
            gaz.FindMatches(Hashes("mira", "tosk"), matches);
            Assert.Single(matches);
            Assert.True(matches[0].Has(GazetteerKind.Person));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void CorruptCompiledFileThrowsModelLoadException()
    {
        var path = WriteTemp("not gzip at all");
        try { Assert.Throws<ModelLoadException>(() => Gazetteer.Load(path)); }
        finally { File.Delete(path); }
    }
}
