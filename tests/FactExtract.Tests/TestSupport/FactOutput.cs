using FactExtract.Export.Schemas;
using FactExtract.Facts;
using FactExtract.Quantities;

namespace FactExtract.Tests.TestSupport;

/// <summary>
/// A fact's typed values as facts.csv writes them (through the schema's own formatting, without
/// the spreadsheet escaping), so tests can state expectations the way a reader sees the output.
/// </summary>
internal static class FactOutput
{
    extension(Fact fact)
    {
        /// <summary>The <c>kind</c> column: NUMBER, PERCENT…, QUOTE, ROLE.</summary>
        public string KindName => FactSchema.KindName(fact);

        /// <summary>The <c>value</c> column: <c>380000</c>, <c>10-20</c>, or the quote's words / role phrase.</summary>
        public string Value => FactSchema.ValueText(fact);

        public string Unit => fact.Quantity?.Unit ?? "";

        public string Qualifier => fact.Quantity?.Qualifier.ToName() ?? "";

        /// <summary>The <c>time</c> column: <c>2023</c>, <c>2023-08-22</c>, or empty.</summary>
        public string TimeText => FactSchema.TimeText(fact.Time);

        /// <summary>The <c>change</c> column: <c>increase</c>, <c>decrease</c> or empty.</summary>
        public string ChangeText => fact.Change.ToName();

        /// <summary>The <c>entities</c> column as a list: canonical names.</summary>
        public IReadOnlyList<string> EntityNames => fact.Entities.Select(e => e.Canonical).ToList();
    }
}
