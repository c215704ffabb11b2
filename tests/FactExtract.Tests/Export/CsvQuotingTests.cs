using System.Globalization;
using CsvHelper;
using FactExtract.Cli;
using FactExtract.Tests.TestSupport;
using static FactExtract.Tests.Cli.CliHarness;

namespace FactExtract.Tests.Export;

/// <summary>Issue 13, item 6: every free-text column gets the same quoting and formula guard.</summary>
public sealed class CsvQuotingTests
{
    private static List<string[]> Rows(string path)
    {
        using var reader = new CsvReader(new StreamReader(path), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.Parser.Count).Select(i => reader.GetField(i)!).ToArray());
        return rows;
    }

    [Fact]
    public void Newlines_in_file_names_and_ids_are_quoted_and_formula_ids_neutralised()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.WriteFile("line\nbreak.txt", "Prices rose 5% in Paris in 2023.");
        input.WriteFile("feed.jsonl", """
            {"id":"two\nlines\rhere","text":"Ten ships left Oslo in 2020."}
            {"id":"=1+2","text":"Rome hired 40 teachers."}
            {"id":"+SUM(A1)","text":"Berlin built 7 bridges."}
            {"id":"@cmd","text":"Madrid sold 12 trams."}
            {"id":"-7","text":"Lisbon saw 3 storms."}
            """);

        var r = Run("extract", input.Path, "=missing.txt", "--out", output.Path, "--quiet");
        Assert.Equal(ExitCodes.SomeInputsSkipped, r.Code);

        foreach (var file in new[] { "entities.csv", "quantities.csv", "facts.csv", "errors.csv" })
        {
            var rows = Rows(output.Combine(file));
            int width = rows[0].Length;
            Assert.All(rows, row => Assert.Equal(width, row.Length)); // no row split by a bare newline
        }
        var quantities = Rows(output.Combine("quantities.csv")).Skip(1).ToList();
        var ids = quantities.Select(q => q[0]).Distinct().ToList();
        Assert.Contains("two\nlines\rhere", ids);
        Assert.Contains("'=1+2", ids);
        Assert.Contains("'+SUM(A1)", ids);
        Assert.Contains("'@cmd", ids);
        Assert.Contains("-7", ids); // a plain number stays a number
        Assert.Contains(quantities, q => q[1].EndsWith("line\nbreak.txt", StringComparison.Ordinal));
        Assert.Equal(["'=missing.txt", "input not found"], Rows(output.Combine("errors.csv"))[1]);
    }
}
