using System.Globalization;

namespace FactExtract.Ingestion;

/// <summary>
/// The reasons ingestion gives for skipping an input, in one place so errors.csv stays stable and
/// callers (and tests) can tell categories apart by prefix.
/// </summary>
internal static class IngestReasons
{
    public const string Binary = "binary file";
    public const string Empty = "empty file";
    public const string TooLargePrefix = "file too large";
    public const string NotFound = "file not found";
    public const string InputNotFound = "input not found";
    public const string PermissionDenied = "permission denied";
    public const string ReadErrorPrefix = "read error";
    public const string FolderPermissionDenied = "cannot list folder: permission denied";
    public const string SymlinkLoopPrefix = "symbolic link loop";
    public const string SymlinkUnresolvable = "symbolic link loop (target cannot be resolved)";
    public const string TooDeepPrefix = "folder nesting too deep";
    public const string InvalidJsonPrefix = "invalid JSON";
    public const string MissingText = "missing string field 'text'";
    public const string EmptyText = "empty text";
    public const string LineTooLongPrefix = "line too long";
    public const string NotAnObject = "JSON value is not an object";
    public const string NoArticleObjects = "JSON array holds no objects";
    public const string NoVisibleText = "no visible text";
    public const string InputTooLargePrefix = "input too large";
    public const string NotRegularFile = "not a regular file";
    public const string ProcessingFailedPrefix = "processing failed";

    public static string InputTooLarge(long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{InputTooLargePrefix} (more than {limit} characters)");

    public static string TooLarge(long bytes, long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{TooLargePrefix} ({bytes} bytes > {limit})");

    public static string LineTooLong(long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{LineTooLongPrefix} (more than {limit} characters)");

    public static string TooDeep(int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{TooDeepPrefix} (more than {limit} levels)");

    public static string SymlinkLoop(string target) => $"{SymlinkLoopPrefix} (points to ancestor {target})";

    public static string ReadError(string message) => $"{ReadErrorPrefix}: {message}";

    public static string InvalidJson(string message) => $"{InvalidJsonPrefix}: {message}";

    /// <summary>An article that was read but whose processing threw (the batch skips it and goes on).</summary>
    public static string ProcessingFailed(Exception e) => $"{ProcessingFailedPrefix}: {e.GetType().Name}: {e.Message}";
}
