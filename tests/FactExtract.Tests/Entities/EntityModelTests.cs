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
}
