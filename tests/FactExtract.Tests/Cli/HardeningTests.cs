using System.Text.Json;
using FactExtract.Cli;
using FactExtract.Tests.TestSupport;
using static FactExtract.Tests.Cli.CliHarness;

namespace FactExtract.Tests.Cli;

/// <summary>Issue 13: what a hostile new user broke, item by item, through the CLI entry point.</summary>
public sealed class HardeningTests
{
    private const string Story = "Prices rose 5% in Paris in 2023, officials said.";

    private static string[] ArticleIds(string outputFolder) =>
        File.ReadAllLines(Path.Combine(outputFolder, "articles.jsonl"))
            .Select(line => { using var doc = JsonDocument.Parse(line); return doc.RootElement.GetProperty("id").GetString()!; })
            .ToArray();

    // --- item 1: help flags never start a run -------------------------------------------------

    [Theory]
    [InlineData("extract", "extract", "-h")]
    [InlineData("extract", "extract", "some-file.txt", "-h")]
    [InlineData("extract", "help", "extract")]
    [InlineData("train", "train", "-h")]
    [InlineData("evaluate", "evaluate", "-h")]
    [InlineData("bench", "bench", "-h")]
    public void Help_flags_show_the_command_usage_and_never_run_it(string command, params string[] args)
    {
        using var output = new TempDirectory();
        var r = Run([.. args, "--out", output.Path]);
        Assert.True(r.Code == ExitCodes.Success, r.Err);
        Assert.Contains($"Usage: factextract {command}", r.Out);
        Assert.Empty(Directory.GetFileSystemEntries(output.Path)); // nothing was written
    }

    [Fact]
    public void Short_quiet_flag_is_an_option_not_a_file()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        string file = input.WriteFile("story.txt", Story);
        var r = Run("extract", file, "-q", "--out", output.Path);
        Assert.True(r.Code == ExitCodes.Success, r.Err);
        Assert.Single(ArticleIds(output.Path));
    }

    [Fact]
    public void An_unknown_short_option_is_a_usage_error()
    {
        using var input = new TempDirectory();
        var r = Run("extract", input.WriteFile("story.txt", Story), "-x");
        Assert.Equal(ExitCodes.UsageError, r.Code);
        Assert.Contains("factextract extract: unknown option -x", r.Err);
    }

    // --- item 2: a run that finds nothing leaves the previous output alone ---------------------

    public static TheoryData<string> NothingToRead() => new() { "missing", "empty", "unsupported" };

    [Theory]
    [MemberData(nameof(NothingToRead))]
    public void No_inputs_found_exits_two_and_keeps_the_previous_output(string kind)
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        string previous = output.WriteFile("entities.csv", "previous run's rows\r\n");
        string target = kind switch
        {
            "missing" => input.Combine("nonexistent.txt"),
            "empty" => input.Path,
            _ => input.Path,
        };
        if (kind == "unsupported")
        {
            input.WriteFile("a.pdf", "%PDF-1.4");
            input.WriteFile("b.pdf", "%PDF-1.4");
            input.WriteFile("notes.docx", "PK");
        }

        var r = Run("extract", target, "--out", output.Path, "--quiet");

        Assert.Equal(ExitCodes.UsageError, r.Code);
        Assert.Contains("factextract extract: no inputs found", r.Err);
        Assert.Contains("previous output left intact", r.Err);
        Assert.Equal("previous run's rows\r\n", File.ReadAllText(previous));
        Assert.Equal(["entities.csv"], Directory.GetFileSystemEntries(output.Path).Select(Path.GetFileName));
        if (kind == "unsupported")
            Assert.Contains("3 files ignored for their extension (.docx 1, .pdf 2;", r.Err);
    }

    [Fact]
    public void Files_ignored_for_their_extension_are_counted_in_a_normal_run()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.WriteFile("story.txt", Story);
        input.WriteFile("picture.png", "not an article");
        var r = Run("extract", input.Path, "--out", output.Path, "--quiet");
        Assert.Equal(ExitCodes.Success, r.Code);
        Assert.Contains("1 file ignored for their extension (.png 1;", r.Err);
    }

    // --- item 3: the output folder is never read as input --------------------------------------

    [Fact]
    public void Extracting_a_folder_twice_never_reads_its_own_output()
    {
        using var input = new TempDirectory();
        input.WriteFile("story.txt", Story);
        string output = input.Combine("output");
        for (int run = 1; run <= 3; run++)
        {
            var r = Run("extract", input.Path, "--out", output, "--quiet");
            Assert.True(r.Code == ExitCodes.Success, $"run {run}: {r.Err}");
            Assert.Equal([Path.GetFileName(input.Path) + "/story"], ArticleIds(output));
        }
    }

    [Fact]
    public void Output_files_written_into_the_input_folder_itself_are_not_read()
    {
        using var input = new TempDirectory();
        input.WriteFile("story.txt", Story);
        Assert.Equal(ExitCodes.Success, Run("extract", input.Path, "--out", input.Path, "--quiet").Code);
        var second = Run("extract", input.Path, "--out", input.Path, "--quiet");
        Assert.True(second.Code == ExitCodes.Success, second.Err);
        Assert.Single(ArticleIds(input.Path));
    }

    // --- item 4: a damaged --resume cache line is a cache miss ---------------------------------

    [Fact]
    public void Resume_with_a_damaged_cache_line_processes_the_article_afresh()
    {
        using var input = new TempDirectory();
        using var resumed = new TempDirectory();
        using var fresh = new TempDirectory();
        input.WriteFile("a.txt", Story);
        input.WriteFile("b.txt", "More than 380,000 people arrived in Rome.");
        Assert.Equal(ExitCodes.Success, Run("extract", input.Path, "--out", resumed.Path, "--quiet").Code);
        // Damage the first line after its file, id and fingerprint, so the index still finds it.
        string jsonl = resumed.Combine("articles.jsonl");
        var lines = File.ReadAllLines(jsonl);
        Assert.Contains("\"entities\":[", lines[0]);
        lines[0] = lines[0].Replace("\"entities\":[", "\"entities\":[}", StringComparison.Ordinal);
        File.WriteAllLines(jsonl, lines);

        var r = Run("extract", input.Path, "--out", resumed.Path, "--resume", "--quiet");

        Assert.True(r.Code == ExitCodes.Success, r.Err);
        Assert.Contains("reused 1 of 2 articles", r.Err);
        Assert.Equal(ExitCodes.Success, Run("extract", input.Path, "--out", fresh.Path, "--quiet").Code);
        foreach (var file in new[] { "entities.csv", "quantities.csv", "facts.csv", "articles.jsonl" })
            Assert.Equal(File.ReadAllText(fresh.Combine(file)), File.ReadAllText(resumed.Combine(file)));
    }

    // --- item 7: duplicate inputs and ids -------------------------------------------------------

    [Fact]
    public void The_same_folder_or_file_given_twice_is_read_once_with_a_warning()
    {
        using var input = new TempDirectory();
        input.WriteFile("a.txt", Story);
        input.WriteFile("sub/b.txt", "Ten ships left Oslo.");
        using var output = new TempDirectory();

        var twice = Run("extract", input.Path, input.Path, "--out", output.Path, "--quiet");
        Assert.True(twice.Code == ExitCodes.Success, twice.Err);
        Assert.Equal(2, ArticleIds(output.Path).Length);
        Assert.Contains("already read as part of input", twice.Err);

        var fileAfter = Run("extract", input.Path, input.Combine("a.txt"), "--out", output.Path, "--quiet");
        Assert.Equal(2, ArticleIds(output.Path).Length);
        Assert.Contains("warning:", fileAfter.Err);

        var fileBefore = Run("extract", input.Combine("sub"), input.Path, "--out", output.Path, "--quiet");
        Assert.Equal(2, ArticleIds(output.Path).Length);
        Assert.Contains("already read as input", fileBefore.Err);
    }

    [Fact]
    public void Repeated_json_ids_are_made_unique_with_a_warning()
    {
        using var input = new TempDirectory();
        input.WriteFile("feed.jsonl", """
            {"id":"1","text":"Prices rose 5% in Paris."}
            {"id":"1","text":"Ten ships left Oslo."}
            {"id":"1","text":"Rome hired 40 teachers."}
            {"id":"1#2","text":"A user id that looks generated."}
            """);
        using var output = new TempDirectory();
        var r = Run("extract", input.Path, "--out", output.Path, "--quiet");
        Assert.True(r.Code == ExitCodes.Success, r.Err);
        Assert.Equal(["1", "1#2", "1#3", "1#2#2"], ArticleIds(output.Path));
        Assert.Contains("duplicate article id '1' renamed '1#2'", r.Err);
    }

    // --- item 9: an output folder that cannot be written -----------------------------------------

    [Fact]
    public void Output_folder_that_is_a_file_or_under_proc_is_a_usage_error()
    {
        using var input = new TempDirectory();
        string story = input.WriteFile("story.txt", Story);
        string aFile = input.WriteFile("taken", "x");
        foreach (var outDir in new[] { aFile, "/proc/factextract-cannot-exist/out" })
        {
            var r = Run("extract", story, "--out", outDir, "--quiet");
            Assert.Equal(ExitCodes.UsageError, r.Code);
            Assert.Contains($"factextract extract: cannot write to output folder {outDir}", r.Err);
        }
        Assert.Equal("x", File.ReadAllText(aFile));
    }

    // --- item 10: empty arguments ----------------------------------------------------------------

    [Theory]
    [InlineData("extract", "")]
    [InlineData("extract", "corpus", "--out", "")]
    [InlineData("extract", "corpus", "--model", "")]
    [InlineData("extract", "corpus", "--gazetteer", "")]
    [InlineData("extract", "corpus", "--out=")]
    [InlineData("extract", "-", "-")]
    [InlineData("train", "--data", "", "--out", "x")]
    [InlineData("evaluate", "--gold", "")]
    public void Empty_arguments_and_stdin_twice_are_usage_errors(params string[] args)
    {
        var r = Run(args);
        Assert.Equal(ExitCodes.UsageError, r.Code);
        Assert.StartsWith($"factextract {args[0]}: ", r.Err);
    }

    // --- item 14: train and evaluate check their values before working -------------------------

    [Theory]
    [InlineData("--epochs", "0")]
    [InlineData("--ensemble", "0")]
    [InlineData("--clusters", "0,0")]
    [InlineData("--clusters", "64,256,1024,4096")]
    [InlineData("--vocab", "0")]
    public void Train_rejects_impossible_values_before_writing_anything(string option, string value)
    {
        using var dir = new TempDirectory();
        string data = dir.WriteFile("tiny.conll", FactExtract.Tests.Training.TinyCorpus.Conll);
        string model = dir.Combine("model");
        var r = Run("train", "--data", data, "--out", model, option, value);
        Assert.Equal(ExitCodes.UsageError, r.Code);
        Assert.StartsWith("factextract train: ", r.Err);
        Assert.False(Directory.Exists(model), "a model folder was started");
    }

    [Fact]
    public void Evaluate_rejects_an_empty_type_list_and_an_impossible_dump_path_at_once()
    {
        using var dir = new TempDirectory();
        string gold = dir.WriteFile("tiny.conll", FactExtract.Tests.Training.TinyCorpus.Conll);
        var types = Run("evaluate", "--gold", gold, "--types", ",");
        Assert.Equal(ExitCodes.UsageError, types.Code);
        Assert.Contains("--types needs at least one type", types.Err);

        var dump = Run("evaluate", "--gold", gold, "--dump", dir.Combine("no", "such", "folder", "errors.txt"));
        Assert.Equal(ExitCodes.UsageError, dump.Code);
        Assert.StartsWith("factextract evaluate: --dump ", dump.Err);
        Assert.Empty(dump.Out); // failed before evaluating
    }

    // --- item 19: plain text on stdin that starts with '{' ---------------------------------------

    [Fact]
    public void Plain_text_on_stdin_starting_with_a_brace_is_an_article()
    {
        const string text = "{Editor's note: updated} Prices rose 5% in Paris.\nOfficials said so on Monday.";
        var r = RunWithInput(text, CancellationToken.None, "extract", "-", "--format", "jsonl", "--quiet");
        Assert.True(r.Code == ExitCodes.Success, r.Err);
        using var doc = JsonDocument.Parse(Assert.Single(r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("stdin", doc.RootElement.GetProperty("id").GetString());
        Assert.Contains(doc.RootElement.GetProperty("quantities").EnumerateArray(), q => q.GetProperty("text").GetString() == "5%");
    }

    // --- item 20: one message style ----------------------------------------------------------------

    [Fact]
    public void Errors_of_every_command_share_one_style()
    {
        foreach (var command in new[] { "extract", "train", "evaluate", "bench" })
        {
            var r = Run(command, "--no-such-option");
            Assert.Equal(ExitCodes.UsageError, r.Code);
            Assert.StartsWith($"factextract {command}: ", r.Err);
            Assert.Contains($"Run 'factextract {command} --help' for usage.", r.Err);
        }
    }

    [Fact]
    public void General_help_lists_version_and_help_command()
    {
        var r = Run("--help");
        Assert.Contains("--version", r.Out);
        Assert.Contains("help COMMAND", r.Out);
        Assert.Equal(ExitCodes.Success, Run("--version").Code);
    }

    [Fact]
    public void A_gazetteer_that_is_a_folder_is_named_as_such()
    {
        using var dir = new TempDirectory();
        var r = Run("extract", dir.WriteFile("story.txt", Story), "--gazetteer", dir.Path, "--out", dir.Combine("out"));
        Assert.Equal(ExitCodes.UsageError, r.Code);
        Assert.Contains("is a directory", r.Err);
    }

    [Fact]
    public void Interrupting_a_run_to_stdout_does_not_claim_an_output_folder()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var toStdout = RunWithInput("{\"text\":\"Ten ships.\"}\n", cancelled.Token, "extract", "-", "--format", "jsonl", "--quiet");
        Assert.Equal(ExitCodes.Interrupted, toStdout.Code);
        Assert.Contains("interrupted", toStdout.Err);
        Assert.DoesNotContain("previous output", toStdout.Err);

        using var dir = new TempDirectory();
        var toFolder = RunWithInput("", cancelled.Token, "extract", dir.WriteFile("s.txt", Story), "--out", dir.Combine("out"), "--quiet");
        Assert.Equal(ExitCodes.Interrupted, toFolder.Code);
        Assert.Contains("previous output left intact", toFolder.Err);
    }
}
