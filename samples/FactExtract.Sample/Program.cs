// Prints the entities and facts of one article: dotnet run -- path/to/article.txt [yyyy-MM-dd]
using FactExtract;
using FactExtract.Sample;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: FactExtract.Sample ARTICLE.txt [PUBLICATION-DATE yyyy-MM-dd]");
    return 2;
}
DateOnly? date = args.Length == 2 ? DateOnly.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : null;

// Loads the model shipped in the package (copied beside this program); thread-safe, load once.
var extractor = FactExtractor.Load();
ArticleReport.Print(extractor.Extract(File.ReadAllText(args[0]), date), Console.Out);
return 0;
