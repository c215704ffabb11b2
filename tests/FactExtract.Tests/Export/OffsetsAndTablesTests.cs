using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using FactExtract.Cli;
using FactExtract.Export;
using FactExtract.Tests.TestSupport;
using static FactExtract.Tests.Cli.CliHarness;

namespace FactExtract.Tests.Export;

/// <summary>Issue 13, items 15 (--offsets) and 18 (--tables).</summary>
public sealed class OffsetsAndTablesTests
{
    // Emoji, a flag (two regional indicators), mathematical bold letters (astral), accents.
    private const string Story = "😀 Café prices rose 5% in Paris. 🇫🇷 𝐀𝐁 said 380,000 people came in 2023, Zoë Adams said in Berlin.";

    private static string Slice(string text, OffsetUnit unit, int start, int end) => unit switch
    {
        OffsetUnit.CodePoints => string.Concat(text.EnumerateRunes().Skip(start).Take(end - start).Select(r => r.ToString())),
        OffsetUnit.Utf8 => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)[start..end]),
        _ => text[start..end],
    };

    [Theory]
    [InlineData("utf16", OffsetUnit.Utf16)]
    [InlineData("codepoints", OffsetUnit.CodePoints)]
    [InlineData("utf8", OffsetUnit.Utf8)]
    public void Every_span_slices_the_text_in_the_chosen_unit(string option, object unitValue)
    {
        var unit = (OffsetUnit)unitValue;
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.WriteFile("story.txt", Story);
        var r = Run("extract", input.Path, "--out", output.Path, "--offsets", option, "--quiet");
        Assert.True(r.Code == ExitCodes.Success, r.Err);

        int checkedSpans = 0;
        foreach (var file in new[] { "entities.csv", "quantities.csv" })
        {
            using var csv = new CsvReader(new StreamReader(output.Combine(file)), CultureInfo.InvariantCulture);
            csv.Read();
            csv.ReadHeader();
            while (csv.Read())
            {
                Assert.Equal(csv.GetField("text"), Slice(Story, unit, csv.GetField<int>("start"), csv.GetField<int>("end")));
                checkedSpans++;
            }
        }
        using var article = JsonDocument.Parse(File.ReadAllLines(output.Combine("articles.jsonl")).Single());
        Assert.Equal(option, article.RootElement.GetProperty("offset_unit").GetString());
        foreach (var layer in new[] { "entities", "quantities" })
            foreach (var span in article.RootElement.GetProperty(layer).EnumerateArray())
            {
                Assert.Equal(span.GetProperty("text").GetString(), Slice(Story, unit, span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32()));
                checkedSpans++;
            }
        Assert.True(checkedSpans >= 8, $"only {checkedSpans} spans checked");
    }

    [Theory]
    [InlineData(OffsetUnit.CodePoints)]
    [InlineData(OffsetUnit.Utf8)]
    public void The_converter_agrees_with_the_encoders_at_every_index(object unitValue)
    {
        var unit = (OffsetUnit)unitValue;
        string text = string.Concat(Enumerable.Repeat(Story + "\uD800x", 20)); // past several checkpoints, with a lone surrogate
        var converter = new OffsetConverter(text, unit);
        for (int i = 0; i <= text.Length; i++)
        {
            if (i > 0 && i < text.Length && char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1])) continue; // inside a pair
            string prefix = text[..i];
            int expected = unit == OffsetUnit.Utf8 ? Encoding.UTF8.GetByteCount(prefix) : prefix.EnumerateRunes().Count();
            Assert.Equal(expected, converter.Convert(i));
        }
    }

    [Fact]
    public void Resume_with_another_offset_unit_is_refused()
    {
        var r = Run("extract", "corpus", "--resume", "--offsets", "utf8");
        Assert.Equal(ExitCodes.UsageError, r.Code);
        Assert.Contains("--offsets utf16 only", r.Err);
    }

    [Fact]
    public void Tables_writes_only_the_chosen_tables_plus_errors_and_manifest()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.WriteFile("story.txt", Story);
        var r = Run("extract", input.Path, "--out", output.Path, "--tables", "entities,facts", "--quiet");
        Assert.True(r.Code == ExitCodes.Success, r.Err);
        Assert.Equal(["entities.csv", "entities_index.csv", "errors.csv", "facts.csv", "manifest.json"],
            Directory.GetFileSystemEntries(output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("--tables", "entities,people")]
    [InlineData("--tables", ",")]
    [InlineData("--format", "jsonl", "--tables", "entities")]
    [InlineData("--offsets", "bytes")]
    public void Bad_table_or_offset_choices_are_usage_errors(params string[] options)
    {
        var r = Run(["extract", "corpus", .. options]);
        Assert.Equal(ExitCodes.UsageError, r.Code);
        Assert.StartsWith("factextract extract: ", r.Err);
    }
}
