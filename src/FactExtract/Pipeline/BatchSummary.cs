namespace FactExtract.Pipeline;

/// <summary>Counts for one batch run, for the summary line and the bench report.</summary>
internal sealed record BatchSummary(
    long Articles, long Skipped, long Words, long Entities, long Quantities, long Facts, TimeSpan Elapsed)
{
    public double WordsPerSecond => Elapsed.TotalSeconds > 0 ? Words / Elapsed.TotalSeconds : 0;

    public string ToSummaryLine() =>
        FormattableString.Invariant(
            $"articles {Articles:N0}, skipped {Skipped:N0}, words {Words:N0}, entities {Entities:N0}, quantities {Quantities:N0}, facts {Facts:N0}, {Elapsed.TotalSeconds:0.00} s, {WordsPerSecond:N0} words/s");
}
