using FactExtract.Training;

namespace FactExtract.Tests.Training;

public class GazetteerCompilerTests
{
    [Theory]
    [InlineData("Wells Fargo & Company", "Wells Fargo")]
    [InlineData("Moody's Corporation", "Moody's")]
    [InlineData("Uber Technologies, Inc.", "Uber Technologies")]
    public void LegalFormIsDropped(string listed, string expected) => Assert.Equal(expected, GazetteerCompiler.ShortCompanyName(listed));

    [Theory]
    [InlineData("Uber Technologies", "Uber")]
    [InlineData("Meta Platforms", "Meta")]
    [InlineData("Amazon.com", "Amazon")]
    [InlineData("Verizon Communications", "Verizon")]
    [InlineData("Apple Hospitality REIT, Inc. Common Shares", "Apple Hospitality REIT")]
    [InlineData("General Motors", "General Motors")]
    [InlineData("American Software", "American Software")] // the rest would be a generic word
    [InlineData("Tesla", "Tesla")]
    public void BrandNameDropsOneDescriptiveWord(string shortName, string expected) => Assert.Equal(expected, GazetteerCompiler.BrandName(shortName));

    [Theory]
    [InlineData("Spotify Technology S.A.", "Spotify")]
    [InlineData("NVIDIA Corporation", "NVIDIA")]
    [InlineData("Moody's Corporation", "Moody's")]
    public void ListedNameToBrand(string listed, string expected) =>
        Assert.Equal(expected, GazetteerCompiler.BrandName(GazetteerCompiler.ShortCompanyName(listed)));
}
