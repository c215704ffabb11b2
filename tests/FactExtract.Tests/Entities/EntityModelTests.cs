using FactExtract.Entities;
using FactExtract.Tests.Training;
using FactExtract.Text;

namespace FactExtract.Tests.Entities;

public class EntityModelTests
{
    private static byte[] Bytes(EntityModel model)
    {
        using var ms = new MemoryStream();
        model.Save(ms);
        return ms.ToArray();
    }

    private static List<Entity> Tag(EntityModel model, string text)
    {
        var doc = new Document(text);
        new TextStage().Process(doc);
        return new EntityRecognizer(model, Gazetteer.Empty).Recognize(doc.Text, doc.Tokens, doc.Sentences);
    }

    [Fact]
    public void SaveLoadRoundTripIsByteIdenticalAndPredictsTheSame()
    {
        var model = TinyCorpus.Train();
        var bytes = Bytes(model);
        var loaded = EntityModel.Load(new MemoryStream(bytes));
        Assert.Equal(bytes, Bytes(loaded));
        const string text = "Zandor Quill visited Ostrava . The Krell Institute hired Mira Tosk .";
        var before = Tag(model, text);
        Assert.NotEmpty(before);
        Assert.Equal(before, Tag(loaded, text));
    }

    [Fact]
    public void SaveToPathWritesTheSameBytes()
    {
        var model = TinyCorpus.Train();
        var path = Path.Combine(Path.GetTempPath(), $"model-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            Assert.Equal(Bytes(model), File.ReadAllBytes(path));
            Assert.Equal(Bytes(model), Bytes(EntityModel.Load(path)));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void MissingFileThrowsModelLoadException()
    {
        var e = Assert.Throws<ModelLoadException>(() => EntityModel.Load("/nonexistent/model.bin"));
        Assert.Contains("not found", e.Message);
    }

    [Fact]
    public void WrongMagicThrowsModelLoadException() =>
        Assert.Throws<ModelLoadException>(() => EntityModel.Load(new MemoryStream("hello, this is not a model"u8.ToArray())));

    [Fact]
    public void TruncatedOrCorruptFileThrowsModelLoadException()
    {
        var bytes = Bytes(TinyCorpus.Train());
        Assert.Throws<ModelLoadException>(() => EntityModel.Load(new MemoryStream(bytes[..(bytes.Length / 2)])));
        var corrupt = (byte[])bytes.Clone();
        for (int i = bytes.Length / 2; i < bytes.Length / 2 + 16; i++) corrupt[i] ^= 0x5A;
        Assert.Throws<ModelLoadException>(() => EntityModel.Load(new MemoryStream(corrupt)));
    }

    [Fact]
    public void OtherFeatureVersionIsRefusedWithAClearMessage()
    {
        var bytes = Bytes(TinyCorpus.Train());
        // Header: 8 magic bytes, int32 format version, int32 feature version.
        BitConverter.GetBytes(EntityModel.FeatureVersion + 1).CopyTo(bytes, 12);
        var e = Assert.Throws<ModelLoadException>(() => EntityModel.Load(new MemoryStream(bytes)));
        Assert.Contains("feature version", e.Message);
    }

    [Fact]
    public void OtherTokenizerVersionIsRefusedWithAClearMessage()
    {
        var bytes = Bytes(TinyCorpus.Train());
        // Header: 8 magic bytes, int32 format version, int32 feature version, int32 tokenizer version.
        Assert.Equal(EntityModel.TokenizerVersion, BitConverter.ToInt32(bytes, 16));
        BitConverter.GetBytes(EntityModel.TokenizerVersion + 1).CopyTo(bytes, 16);
        var e = Assert.Throws<ModelLoadException>(() => EntityModel.Load(new MemoryStream(bytes)));
        Assert.Contains("tokenizer version", e.Message);
    }

    [Fact]
    public void MalformedLabelSetIsRefusedWithAClearMessage()
    {
        var bytes = Bytes(TinyCorpus.Train());
        // The first label after O is stored as the length-prefixed string "B-PER"; make it "X-PER".
        int at = IndexOf(bytes, "B-PER"u8.ToArray());
        bytes[at] = (byte)'X';
        var e = Assert.Throws<ModelLoadException>(() => EntityModel.Load(new MemoryStream(bytes)));
        Assert.Contains("label set", e.Message);
    }

    [Fact]
    public void FastScoringGivesTheTagsOfScoringEveryFeature()
    {
        // Inference sums word features once per word (WordScoreCache); the trainer lists every
        // feature. Both must decode the same tags, or training and inference have drifted.
        var model = TinyCorpus.Train();
        var doc = new Document("Zandor Quill visited Ostrava on Monday . The Krell Institute hired Mira Tosk from Velmora in 2024 .");
        new TextStage().Process(doc);
        var fast = new SentenceTagger(Gazetteer.Empty, model.Clusters, model.Labels);
        var listed = new SentenceTagger(Gazetteer.Empty, model.Clusters, model.Labels);
        var fastScorer = new ModelScorer(model);
        var listingScorer = new ListingScorer(model.Weights);
        foreach (var sentence in doc.Sentences)
        {
            var tokens = doc.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
            fast.Tag(doc.Text, tokens, ref fastScorer, new DocumentMemory());
            listed.Tag(doc.Text, tokens, ref listingScorer, new DocumentMemory());
            Assert.Equal(listed.Tags.ToArray(), fast.Tags.ToArray());
            for (int i = 0; i < tokens.Length; i++) Assert.Equal(listed.Margins[i], fast.Margins[i], 3);
        }
        Assert.Contains(BilouTag.BPer, fast.Tags.ToArray().Concat(listed.Tags.ToArray()));
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (int i = 0; i + needle.Length <= haystack.Length; i++)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        throw new InvalidOperationException("not found");
    }
}
