namespace FactExtract.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The run completed but some inputs were skipped (see errors.csv).</summary>
    public const int SomeInputsSkipped = 1;
    public const int UsageError = 2;
    /// <summary>The model is missing, unreadable or of the wrong version.</summary>
    public const int ModelError = 3;
    /// <summary>The output could not be written (disk full, I/O error); previous output left intact.</summary>
    public const int OutputError = 4;
    /// <summary>Interrupted (Ctrl-C); previous output left intact.</summary>
    public const int Interrupted = 130;
}
