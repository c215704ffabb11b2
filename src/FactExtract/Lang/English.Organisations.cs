namespace FactExtract.Lang;

internal static partial class English
{
    /// <summary>
    /// Head nouns that make a capitalised name an organisation ("... Community", "... Council",
    /// "... Command"): the last word of most institution names in news. Matched with their capital.
    /// </summary>
    public static readonly WordSet OrganisationHeads = WordSet.CaseSensitive(
        "Agency", "Alliance", "Assembly", "Association", "Authority", "Bank", "Board", "Bureau", "Cabinet", "Center", "Centre",
        "Command", "Commission", "Committee", "Community", "Company", "Congress", "Corporation", "Council",
        "Court", "Department", "Directorate", "Federation", "Foundation", "Fund", "Government", "Group",
        "Inc", "Institute", "Ltd", "Ministry", "Office", "Organisation", "Organization",
        "Parliament", "Party", "Police", "Service", "Society", "Tribunal", "Union", "University");
}
