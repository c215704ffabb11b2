namespace FactExtract.Export;

/// <summary>The output folder cannot be created or written at all (a file, read-only, /proc…).</summary>
internal sealed class OutputFolderException(string folder, Exception inner)
    : Exception($"cannot write to output folder {folder}: {Describe(folder, inner)}", inner)
{
    private static string Describe(string folder, Exception inner) =>
        File.Exists(folder) ? "it is a file" : inner.Message;
}

/// <summary>Writing the output failed part-way (disk full, I/O error); nothing was replaced.</summary>
internal sealed class OutputWriteException(string folder, Exception inner)
    : Exception($"could not write the output in {folder}: {inner.Message}; previous output left intact", inner);

/// <summary>Finds the I/O failure behind an exception: CsvHelper wraps what the stream throws in its own exception type.</summary>
internal static class IoFailure
{
    public static IOException? Find(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
            if (x is IOException io) return io;
        return null;
    }
}
