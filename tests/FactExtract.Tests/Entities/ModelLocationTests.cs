using FactExtract.Entities;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Entities;

public class ModelLocationTests
{
    private static string MakeModel(TempDirectory temp, string relative)
    {
        temp.WriteFile(Path.Combine(relative, EntityModel.FileName), "x");
        return temp.Combine(relative);
    }

    [Fact]
    public void Explicit_folder_wins_over_everything_else()
    {
        using var temp = new TempDirectory();
        var chosen = MakeModel(temp, "chosen");
        var env = MakeModel(temp, "env");
        var work = temp.Combine("work");
        MakeModel(temp, "work/models/ner-en");
        Assert.Equal(chosen, ModelLocation.Resolve(chosen, env, work, temp.Combine("program")));
    }

    [Fact]
    public void Environment_variable_wins_over_working_directory_and_program_folder()
    {
        using var temp = new TempDirectory();
        var env = MakeModel(temp, "env");
        MakeModel(temp, "work/models/ner-en");
        MakeModel(temp, "program/models/ner-en");
        Assert.Equal(env, ModelLocation.Resolve(null, env, temp.Combine("work"), temp.Combine("program")));
    }

    [Fact]
    public void Relative_explicit_folder_is_taken_from_the_working_directory()
    {
        using var temp = new TempDirectory();
        var chosen = MakeModel(temp, "work/mine");
        Assert.Equal(chosen, ModelLocation.Resolve("mine", null, temp.Combine("work"), temp.Combine("program")));
    }

    [Fact]
    public void Working_directory_ancestor_is_found_before_the_program_copy()
    {
        using var temp = new TempDirectory();
        var checkout = MakeModel(temp, "repo/models/ner-en");
        MakeModel(temp, "program/models/ner-en");
        var deep = temp.Combine("repo", "src", "deep");
        Directory.CreateDirectory(deep);
        Assert.Equal(checkout, ModelLocation.Resolve(null, null, deep, temp.Combine("program")));
    }

    [Fact]
    public void Program_copy_is_found_from_an_unrelated_working_directory()
    {
        using var temp = new TempDirectory();
        var shipped = MakeModel(temp, "program/models/ner-en");
        var elsewhere = temp.Combine("elsewhere");
        Directory.CreateDirectory(elsewhere);
        Assert.Equal(shipped, ModelLocation.Resolve(null, null, elsewhere, temp.Combine("program")));
    }

    [Fact]
    public void Missing_model_error_names_every_place_looked()
    {
        using var temp = new TempDirectory();
        var work = temp.Combine("work");
        var program = temp.Combine("program");
        Directory.CreateDirectory(work);
        var e = Assert.Throws<ModelLoadException>(() => ModelLocation.Resolve(null, null, work, program));
        Assert.Contains("--model", e.Message);
        Assert.Contains(ModelLocation.EnvironmentVariable, e.Message);
        Assert.Contains(Path.Combine(work, "models", "ner-en"), e.Message);
        Assert.Contains(Path.Combine(program, "models", "ner-en"), e.Message);
    }

    [Fact]
    public void Wrong_override_fails_naming_it_instead_of_falling_back()
    {
        using var temp = new TempDirectory();
        MakeModel(temp, "program/models/ner-en");
        var missing = temp.Combine("typo");
        var e = Assert.Throws<ModelLoadException>(() => ModelLocation.Resolve(null, missing, temp.Path, temp.Combine("program")));
        Assert.Contains(missing, e.Message);
        Assert.Contains(ModelLocation.EnvironmentVariable, e.Message);
    }

    [Fact]
    public void Build_output_carries_the_shipped_model()
    {
        // The copy beside the test binary comes from the library project's build items.
        var shipped = Path.Combine(AppContext.BaseDirectory, NerModelFiles.DefaultDirectory);
        var repository = Path.Combine(RepositoryPaths.Root, NerModelFiles.DefaultDirectory);
        foreach (var file in Directory.GetFiles(repository))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(shipped, Path.GetFileName(file))));
    }
}
