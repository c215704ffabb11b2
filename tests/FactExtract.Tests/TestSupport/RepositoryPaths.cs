namespace FactExtract.Tests.TestSupport;

/// <summary>Locates the repository (the folder holding FactExtract.sln) from the test binary.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");
    public static string Models => Path.Combine(Root, "models");
    public static string SeedArticle => Path.Combine(Corpus, "seed-article.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FactExtract.sln"))) return dir.FullName;
        throw new InvalidOperationException("FactExtract.sln not found above " + AppContext.BaseDirectory);
    }
}
