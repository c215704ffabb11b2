using System.Text;
using FactExtract.Entities;
using FactExtract.Export;
using FactExtract.Ingestion;
using FactExtract.Tests.Facts;
using FactExtract.Tests.TestSupport;
using FactExtract.Text;
using FactExtract.Quantities;
using FactExtract.Facts;

namespace FactExtract.Tests;

public class FactExtractorTests
{
    private static FactExtractor Extractor => TestPipeline.Shipped;

    private static readonly string[] Texts =
    [
        "More than 380,000 people entered the EU through irregular routes in 2023, Keir Starmer said.",
        "Shares in Barclays fell 4% to 210p on Tuesday after the bank reported a loss of £1.5bn.",
        "Home Secretary Yvette Cooper said: \"We will not let the gangs win.\"",
        "The 47-member European Political Community met in Oxfordshire.",
    ];

    private static string Json(Document doc)
    {
        using var stream = new MemoryStream();
        new ArticleJsonWriter().Write(stream, doc);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static List<Article> Articles(int copies) =>
        Enumerable.Range(0, copies).SelectMany(c => Texts.Select((t, i) => new Article($"a{c}-{i}", $"f{c}-{i}.txt", t))).ToList();

    [Fact]
    public void Extract_returns_every_layer_of_the_text()
    {
        var doc = Extractor.Extract(Texts[0]);

        Assert.True(doc.Has(DocumentLayers.Facts | DocumentLayers.Entities | DocumentLayers.Quantities));
        Assert.Contains(doc.Entities, e => e.Text == "Keir Starmer" && e.Type == EntityType.Person);
        Assert.Contains(doc.Quantities, q => q.Text == "380,000" && q.Value == 380000m && q.Qualifier == QuantityQualifier.MoreThan);
        Assert.Contains(doc.Facts, f => f.Value == "380000" && f.Measure == "people");
    }

    [Fact]
    public void Extract_carries_the_date_into_the_article()
    {
        var doc = Extractor.Extract("Nothing happened.", new DateOnly(2024, 7, 18));
        Assert.Equal(new DateOnly(2024, 7, 18), doc.Article.Date);
    }

    [Fact]
    public void Extract_from_many_threads_at_once_gives_the_sequential_results()
    {
        var articles = Articles(25);
        var sequential = articles.Select(a => Json(Extractor.Extract(a))).ToList();

        var parallel = new string[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => parallel[i] = Json(Extractor.Extract(articles[i])));

        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void ExtractMany_streams_documents_in_input_order(int threads)
    {
        var articles = Articles(10);
        var expected = articles.Select(a => Json(Extractor.Extract(a))).ToList();

        var streamed = Extractor.ExtractMany(articles, threads).Select(Json).ToList();

        Assert.Equal(expected, streamed);
    }

    [Fact]
    public void ExtractMany_stops_cleanly_when_the_caller_stops_reading()
    {
        // An endless input: only a bounded number of articles may be pulled before the caller stops.
        int pulled = 0;
        IEnumerable<Article> Endless()
        {
            for (int i = 0; ; i++) { Interlocked.Increment(ref pulled); yield return new Article($"e{i}", $"e{i}.txt", Texts[i % Texts.Length]); }
        }

        var firstThree = Extractor.ExtractMany(Endless(), threads: 2).Take(3).Select(d => d.Id).ToList();

        Assert.Equal(["e0", "e1", "e2"], firstThree);
        Assert.InRange(Volatile.Read(ref pulled), 3, 100);
    }

    [Fact]
    public void ExtractMany_surfaces_a_failing_input_enumeration()
    {
        IEnumerable<Article> Broken()
        {
            yield return new Article("ok", "ok.txt", Texts[0]);
            throw new IOException("disk gone");
        }

        var ex = Assert.ThrowsAny<Exception>(() => Extractor.ExtractMany(Broken(), threads: 2).ToList());
        Assert.Contains("disk gone", ex.ToString());
    }

    [Fact]
    public void Load_names_a_missing_model_folder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "factextract-no-model-" + Guid.NewGuid().ToString("N"));
        var ex = Assert.Throws<ModelLoadException>(() => FactExtractor.Load(missing));
        Assert.Contains(missing, ex.Message);
    }

    [Fact]
    public void Load_names_a_malformed_user_gazetteer()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "NOT-A-TYPE\tSomething\n");
            var ex = Assert.Throws<GazetteerFileException>(() =>
                FactExtractor.Load(Path.Combine(RepositoryPaths.Models, "ner-en"), [file]));
            Assert.Equal(file, ex.File);
            Assert.StartsWith(file, ex.Message);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void The_fingerprint_depends_on_the_text()
    {
        Assert.NotEqual(Extractor.Fingerprint.Of("a"), Extractor.Fingerprint.Of("b"));
        Assert.Equal(Extractor.Fingerprint.Of("a"), FactExtractor.Load(Extractor.ModelDirectory).Fingerprint.Of("a"));
    }
}
