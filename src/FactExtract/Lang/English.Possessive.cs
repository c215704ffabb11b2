using FactExtract.Text;

namespace FactExtract.Lang;

internal static partial class English
{
    /// <summary>
    /// A possessive token as the tokenizer splits it off: <c>'s</c> / <c>’s</c> (any case) or
    /// the bare apostrophe of a plural possessive (<c>workers'</c>).
    /// </summary>
    public static bool IsPossessive(ReadOnlySpan<char> token) =>
        token.Length switch
        {
            1 => TextChars.IsApostrophe(token[0]),
            2 => TextChars.IsApostrophe(token[0]) && token[1] is 's' or 'S',
            _ => false,
        };
}
