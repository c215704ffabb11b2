namespace FactExtract.Ingestion;

/// <summary>
/// How sources read their inputs. Immutable; validated on construction so a bad limit fails at
/// the composition root, not half-way through a batch.
/// </summary>
internal sealed record IngestOptions
{
    /// <summary>64 MiB: far above any news article, small enough that one file never exhausts memory.</summary>
    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The largest file read whole (and, for JSON Lines, the longest single line).</summary>
    public long MaxFileBytes
    {
        get => _maxFileBytes;
        init => _maxFileBytes = value > 0 && value <= Array.MaxLength
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxFileBytes), value, "must be between 1 and Array.MaxLength");
    }

    private readonly long _maxFileBytes = DefaultMaxFileBytes;

    /// <summary>Only inputs whose key falls in this shard are read; null reads everything.</summary>
    public Shard? Shard { get; init; }

    /// <summary>Deeper folders are reported rather than walked: a guard against pathological trees.</summary>
    public int MaxFolderDepth
    {
        get => _maxFolderDepth;
        init => _maxFolderDepth = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxFolderDepth));
    }

    private readonly int _maxFolderDepth = 256;

    /// <summary>
    /// Files and folders a folder walk passes over silently, by real path (symbolic links
    /// resolved): the run's own output folder, so a second run never reads the first one's output.
    /// </summary>
    public IReadOnlySet<string> ExcludedPaths { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Counts and warnings of the run; null when nobody listens.</summary>
    public IngestReport? Report { get; init; }

    public static IngestOptions Default { get; } = new();
}
