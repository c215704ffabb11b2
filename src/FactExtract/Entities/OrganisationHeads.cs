using FactExtract.Text;
using FactExtract.Lang;

namespace FactExtract.Entities;

/// <summary>
/// Head nouns that make a capitalised name an organisation ("... Community", "... Council",
/// "... Command"): the last word of most institution names in news.
/// </summary>
internal static class OrganisationHeads
{
    public static bool IsHead(string text, Token token) => English.OrganisationHeads.Contains(text.AsSpan(token.Start, token.Length));
}
