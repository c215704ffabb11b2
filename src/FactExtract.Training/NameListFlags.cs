using FactExtract.Entities;

namespace FactExtract.Training;

/// <summary>
/// The large forename and surname lists (one name per line) as per-word flags for the
/// recognizer's features (<see cref="WordClusters.NameFlags"/>). Each list holds single words;
/// lines without a letter (separators) are skipped.
/// </summary>
internal static class NameListFlags
{
    public static Dictionary<ulong, ulong> Load(string? forenames, string? surnames)
    {
        var flags = new Dictionary<ulong, ulong>();
        void Add(string? path, WordClusters.NameFlags flag)
        {
            if (path is null) return;
            foreach (var line in File.ReadLines(path))
            {
                var name = line.Trim();
                if (!name.Any(char.IsLetter)) continue;
                ulong key = WordClusters.EmbeddingKeyOf(name);
                flags[key] = flags.GetValueOrDefault(key) | (ulong)flag;
            }
        }
        Add(forenames, WordClusters.NameFlags.Forename);
        Add(surnames, WordClusters.NameFlags.Surname);
        return flags;
    }
}
