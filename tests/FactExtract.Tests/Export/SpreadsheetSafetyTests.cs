using FactExtract.Export;

namespace FactExtract.Tests.Export;

public sealed class SpreadsheetSafetyTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("Keir Starmer", "Keir Starmer")]
    [InlineData("", "")]
    public void Formula_like_cells_get_an_apostrophe_but_numbers_do_not(string cell, string expected) =>
        Assert.Equal(expected, SpreadsheetSafety.Escape(cell));
}
