using FactExtract.Text;
using static FactExtract.Export.Schemas.CommonColumns;

namespace FactExtract.Export.Schemas;

/// <summary>
/// <c>sentences.csv</c>: one row per sentence, so every other table's <c>sentence</c> column can
/// be joined to its text. CSV only: <c>articles.jsonl</c> carries the text, and the text stage
/// recomputes sentences on resume, so nothing needs restoring.
/// </summary>
internal static class SentenceSchema
{
    public static LayerSchema<(int Index, Sentence Sentence)> Schema { get; } = new("sentences",
        [
            ArticleId<(int Index, Sentence Sentence)>(),
            File<(int Index, Sentence Sentence)>(),
            Int<(int Index, Sentence Sentence)>("index", s => s.Index),
            Offset<(int Index, Sentence Sentence)>("start", s => s.Sentence.Start),
            Offset<(int Index, Sentence Sentence)>("end", s => s.Sentence.End),
            new Column<(int Index, Sentence Sentence), string>("text", (c, s) => c.Doc.Text[s.Sentence.Start..s.Sentence.End], ValueFormats.Text),
        ],
        rows: d => d.TryGet(TextLayers.Sentences, out var sentences) ? sentences.Select((s, i) => (i, s)) : [],
        count: d => d.TryGet(TextLayers.Sentences, out var sentences) ? sentences.Length : 0);
}
