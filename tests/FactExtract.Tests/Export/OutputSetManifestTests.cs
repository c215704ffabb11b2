using System.Security.Cryptography;
using System.Text.Json;
using FactExtract.Cli;
using FactExtract.Export;
using FactExtract.Tests.TestSupport;
using static FactExtract.Tests.Cli.CliHarness;

namespace FactExtract.Tests.Export;

/// <summary>Issue 13, item 5: the output set is one unit, described by manifest.json.</summary>
public sealed class OutputSetManifestTests
{
    private sealed record Listed(string Name, long Rows, long Bytes, string Sha256);

    private static List<Listed> Manifest(string folder)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        return doc.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => new Listed(f.GetProperty("name").GetString()!, f.GetProperty("rows").GetInt64(), f.GetProperty("bytes").GetInt64(), f.GetProperty("sha256").GetString()!))
            .ToList();
    }

    [Fact]
    public void Manifest_lists_every_file_written_with_rows_bytes_and_hash()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.WriteFile("a.txt", "Prices rose 5% in Paris in 2023.");
        input.WriteFile("b.txt", "Ten ships left Oslo.");
        input.WriteFile("c.txt", "");
        Assert.Equal(ExitCodes.SomeInputsSkipped, Run("extract", input.Path, "--out", output.Path, "--quiet").Code);

        var files = Manifest(output.Path);
        Assert.Equal(["entities.csv", "quantities.csv", "facts.csv", "sentences.csv", "articles.jsonl", "errors.csv", "entities_index.csv"], files.Select(f => f.Name));
        foreach (var f in files)
        {
            var bytes = File.ReadAllBytes(output.Combine(f.Name));
            Assert.Equal(bytes.Length, f.Bytes);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), f.Sha256);
        }
        Assert.Equal(2, files.Single(f => f.Name == "articles.jsonl").Rows);
        Assert.Equal(1, files.Single(f => f.Name == "errors.csv").Rows);
        Assert.Equal(File.ReadAllLines(output.Combine("quantities.csv")).Length - 1, files.Single(f => f.Name == "quantities.csv").Rows);
    }

    [Fact]
    public void Switching_format_removes_the_previous_sets_files()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.WriteFile("a.txt", "Prices rose 5% in Paris in 2023.");
        string unrelated = output.WriteFile("notes.txt", "the user's own file");
        Assert.Equal(ExitCodes.Success, Run("extract", input.Path, "--out", output.Path, "--quiet").Code);
        Assert.True(File.Exists(output.Combine("entities.csv")));

        Assert.Equal(ExitCodes.Success, Run("extract", input.Path, "--out", output.Path, "--format", "jsonl", "--quiet").Code);

        Assert.Equal(["articles.jsonl", "errors.csv", "manifest.json", "notes.txt"],
            Directory.GetFileSystemEntries(output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["articles.jsonl", "errors.csv"], Manifest(output.Path).Select(f => f.Name));
        Assert.Equal("the user's own file", File.ReadAllText(unrelated));
    }

    [Fact]
    public void A_table_named_only_in_the_previous_manifest_is_removed_too()
    {
        using var output = new TempDirectory();
        output.WriteFile("sentences.csv", "an older run's table\r\n");
        output.WriteFile("manifest.json", """{"files":[{"name":"sentences.csv"},{"name":"../outside.txt"}]}""");
        using (var set = new OutputSet(output.Path, OutputFormats.Jsonl)) set.Commit();
        Assert.False(File.Exists(output.Combine("sentences.csv")));
    }

    [Fact]
    public void An_abandoned_set_leaves_the_folder_as_it_was()
    {
        using var output = new TempDirectory();
        output.WriteFile("entities.csv", "previous\r\n");
        using (var set = new OutputSet(output.Path, OutputFormats.All)) { }
        Assert.Equal(["entities.csv"], Directory.GetFileSystemEntries(output.Path).Select(Path.GetFileName));
    }
}
