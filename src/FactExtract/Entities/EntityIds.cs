using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FactExtract.Entities;

/// <summary>
/// The corpus-wide id of a real-world entity: a hash of its type and its normalised canonical
/// name. It depends on nothing but those two, so every article, shard, thread count and re-run
/// gives the same entity the same id, without any shared state or second pass.
/// </summary>
internal static class EntityIds
{
    /// <summary>
    /// <c>per-</c>, <c>loc-</c>, <c>org-</c> or <c>misc-</c>, then 16 hex digits (64 bits) of the
    /// SHA-256 of the type name and <see cref="NameKey"/>: collisions stay unlikely (about one in
    /// 10^5) even at ten million distinct entities of one type.
    /// </summary>
    public static string For(EntityType type, string canonical)
    {
        var key = type.ToName() + "\u001f" + NameKey(canonical);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Prefix(type) + Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>
    /// What makes two spellings the same name: Latin accents removed (<c>Müller</c> = <c>Muller</c>), lower case, '.' and apostrophes
    /// dropped (<c>U.S.</c> = <c>US</c>, <c>O'Brien</c> = <c>OBrien</c>), '&amp;' read as "and",
    /// other punctuation and runs of whitespace as one space, a leading "the" ignored.
    /// </summary>
    public static string NameKey(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool pendingSpace = false;
        foreach (char c in name)
        {
            // Combining accents of already decomposed text, and the dropped punctuation.
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '.' or '\'' or '\u2019' or '\u2018' or '\u02bc') continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                LatinFold.AppendFolded(sb, c);
            }
            else if (c == '&')
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append("and");
                pendingSpace = true;
            }
            else pendingSpace = true;
        }
        var key = sb.ToString();
        if (key.StartsWith("the ", StringComparison.Ordinal)) key = key[4..];
        // A name of punctuation only keeps its own (trimmed) text rather than collapsing to "".
        return key.Length > 0 ? key : name.Trim();
    }

    private static string Prefix(EntityType type) => type switch
    {
        EntityType.Person => "per-",
        EntityType.Location => "loc-",
        EntityType.Organization => "org-",
        _ => "misc-",
    };
}
