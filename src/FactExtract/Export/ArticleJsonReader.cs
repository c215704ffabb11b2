using System.Text.Json;
using FactExtract.Entities;
using FactExtract.Facts;
using FactExtract.Quantities;

namespace FactExtract.Export;

/// <summary>
/// Reads the layers back from one line written by <see cref="ArticleJsonWriter"/>, so an
/// unchanged article can reuse its previous results (<c>extract --resume</c>).
/// </summary>
public static class ArticleJsonReader
{
    /// <param name="Text">The decoded article text, or null when the run used <c>--no-text</c>.</param>
    public sealed record Layers(IReadOnlyList<Entity> Entities, IReadOnlyList<Quantity> Quantities, IReadOnlyList<Fact> Facts, string? Text = null);

    public static Layers Read(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        using var json = JsonDocument.ParseValue(ref reader);
        var root = json.RootElement;
        return new Layers(
            root.GetProperty("entities").EnumerateArray().Select(ReadEntity).ToList(),
            root.GetProperty("quantities").EnumerateArray().Select(ReadQuantity).ToList(),
            root.GetProperty("facts").EnumerateArray().Select(ReadFact).ToList(),
            root.TryGetProperty("text", out var text) ? text.GetString() : null);
    }

    private static Entity ReadEntity(JsonElement e) =>
        new(Int(e, "start"), Int(e, "end"), Str(e, "text"),
            ParseName<EntityType>(Str(e, "type"), t => t.ToName()),
            e.GetProperty("confidence").GetDouble(),
            ParseName<EntitySource>(Str(e, "source"), s => s.ToName()),
            Int(e, "sentence"))
        { Canonical = Str(e, "canonical") };

    private static Quantity ReadQuantity(JsonElement q) =>
        new(Int(q, "start"), Int(q, "end"), Str(q, "text"),
            ParseName<QuantityKind>(Str(q, "kind"), k => k.ToName()),
            q.GetProperty("value").ValueKind == JsonValueKind.Null ? null : q.GetProperty("value").GetDecimal(),
            Str(q, "unit"), Str(q, "qualifier"), Int(q, "sentence"))
        {
            ValueTo = q.TryGetProperty("value_to", out var to) ? to.GetDecimal() : null,
            Normalized = q.TryGetProperty("normalized", out var n) ? n.GetString() : null,
        };

    private static Fact ReadFact(JsonElement f)
    {
        string kindName = Str(f, "kind");
        bool isQuantity = Enum.GetValues<QuantityKind>().Any(k => k.ToName() == kindName);
        return new Fact(Int(f, "start"), Int(f, "end"),
            isQuantity ? FactKind.Quantity : ParseName<FactKind>(kindName, k => k.ToName()),
            Int(f, "sentence"))
        {
            QuantityKind = isQuantity ? ParseName<QuantityKind>(kindName, k => k.ToName()) : null,
            Value = Str(f, "value"),
            Unit = Str(f, "unit"),
            Qualifier = Str(f, "qualifier"),
            Measure = Str(f, "measure"),
            Subject = Str(f, "subject"),
            Entities = f.GetProperty("entities").EnumerateArray().Select(x => x.GetString() ?? "").ToList(),
            Time = Str(f, "time"),
            Change = Str(f, "change"),
        };
    }

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();
    private static string Str(JsonElement e, string name) => e.GetProperty(name).GetString() ?? "";

    private static T ParseName<T>(string name, Func<T, string> toName) where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
            if (toName(value) == name) return value;
        throw new JsonException($"unknown {typeof(T).Name} '{name}'");
    }
}
