using FactExtract.Cli;
using FactExtract.Export;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Cli;

/// <summary>Two runs into one output folder: the second is refused while the first writes, and nothing of the first is touched.</summary>
public class OutputFolderLockTests
{
    private const string Story = "Acme Corp said on Monday that sales rose 12% to $4.5 million.";

    [Fact]
    public void A_second_lock_on_the_same_folder_is_refused_until_the_first_is_released()
    {
        using var dir = new TempDirectory();
        using (OutputFolderLock.Acquire(dir.Path))
        {
            var refused = Assert.Throws<OutputFolderException>(() => OutputFolderLock.Acquire(dir.Path));
            Assert.Contains("another factextract run is writing to this folder", refused.Message);
        }
        using var again = OutputFolderLock.Acquire(dir.Path);
    }

    [Fact]
    public void Extract_into_a_folder_another_run_holds_exits_2_and_leaves_its_files_alone()
    {
        using var input = StoryFolder();
        string output = input.Combine("output");
        Assert.Equal(ExitCodes.Success, Extract(input, output).Code);
        var before = Snapshot(output);

        using (OutputFolderLock.Acquire(output))
        {
            var r = Extract(input, output);
            Assert.Equal(ExitCodes.UsageError, r.Code);
            Assert.Contains("another factextract run is writing to this folder", r.Err);
            var report = CliHarness.Run("report", output);
            Assert.Equal(ExitCodes.UsageError, report.Code);
        }
        Assert.Equal(before, Snapshot(output));
        Assert.Equal(ExitCodes.Success, Extract(input, output).Code);
    }

    [Fact]
    public void A_run_leaves_no_lock_file_behind()
    {
        using var input = StoryFolder();
        string output = input.Combine("output");
        Assert.Equal(ExitCodes.Success, Extract(input, output).Code);
        Assert.False(File.Exists(Path.Combine(output, OutputFolderLock.FileName)));
    }

    private static TempDirectory StoryFolder()
    {
        var input = new TempDirectory();
        input.WriteFile("story.txt", Story);
        return input;
    }

    private static CliHarness.Result Extract(TempDirectory input, string output) =>
        CliHarness.Run("extract", input.Path, "--out", output, "--quiet");

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder).Where(f => Path.GetFileName(f) != OutputFolderLock.FileName)
            .ToDictionary(f => Path.GetFileName(f)!, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
