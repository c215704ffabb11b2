using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>
/// Head nouns that make a capitalised name an organisation ("... Community", "... Council",
/// "... Command"): the last word of most institution names in news.
/// </summary>
internal static class OrganisationHeads
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "Agency", "Alliance", "Assembly", "Association", "Authority", "Bank", "Board", "Bureau", "Cabinet", "Center", "Centre",
        "Command", "Commission", "Committee", "Community", "Company", "Congress", "Corporation", "Council",
        "Court", "Department", "Directorate", "Federation", "Foundation", "Fund", "Government", "Group",
        "Inc", "Institute", "Ltd", "Ministry", "Office", "Organisation", "Organization",
        "Parliament", "Party", "Police", "Service", "Society", "Tribunal", "Union", "University",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsHead(string text, Token token) => Lookup.Contains(text.AsSpan(token.Start, token.Length));
}
