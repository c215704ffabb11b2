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

    /// <summary>
    /// What kind of business a company is: written before its name in headlines ("Chipmaker Lumina", "Retailer
    /// Argos") and in running text ("ferry operator Harbourline"), and after "the" standing for it ("after the
    /// chipmaker said").
    /// </summary>
    public static readonly WordSet IndustryNouns = new(
        "steelmaker", "carmaker", "automaker", "chipmaker", "drugmaker", "planemaker", "shipbuilder", "retailer",
        "supermarket", "grocer", "airline", "carrier", "lender", "insurer", "broadcaster", "publisher", "brewer",
        "miner", "builder", "housebuilder", "developer", "utility", "telecoms", "operator", "conglomerate");

    /// <summary>
    /// News agencies, as datelines ("VANCOUVER, July 8 (CP) -") and picture credits ("Credit: PA")
    /// name them. Matched with their capitals: "PA" the agency, not "pa".
    /// </summary>
    public static readonly WordSet NewsAgencies = WordSet.CaseSensitive(
        "AP", "AFP", "Reuters", "PA", "UPI", "CP", "AAP", "PTI", "ANI", "IANS", "DPA", "dpa", "EFE", "ANSA", "Xinhua",
        "Kyodo", "Yonhap", "TASS", "Interfax", "Bernama", "Anadolu", "Bloomberg", "APA", "KUNA", "WAM", "MENA", "IRNA",
        "NTB", "TT", "Belga", "Antara", "Efe", "Notimex", "Agerpres", "Tanjug", "BTA", "CTK", "MTI");

    /// <summary>Labels of a picture or source credit, before a colon ("Credit: AP", "Photo: Reuters").</summary>
    public static readonly WordSet CreditLabels = new(
        "credit", "credits", "photo", "photos", "photograph", "picture", "pictures", "image", "images", "source", "video", "footage");

    /// <summary>Compass words that open region names ("Eastern Mediterranean", "North Korea"). Matched with their capital.</summary>
    public static readonly WordSet CompassWords = WordSet.CaseSensitive(
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower",
        "Northeast", "Northwest", "Southeast", "Southwest", "North-East", "North-West", "South-East", "South-West");

    /// <summary>Compass adjectives that stand before a place in running text ("in southern Rendia").</summary>
    public static readonly WordSet CompassAdjectives = new(
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western");

    /// <summary>Prepositions that put a place after them ("in", "across", "from").</summary>
    public static readonly WordSet PlacePrepositions = new(
        "in", "of", "across", "from", "to", "into", "near", "throughout", "around", "through", "toward", "towards");

    /// <summary>Kinds of region named after a place ("the Harbour district", "Donetsk region").</summary>
    public static readonly WordSet RegionKinds = new(
        "region", "province", "district", "county", "prefecture", "oblast", "governorate", "municipality", "borough",
        "valley", "peninsula", "delta", "basin", "archipelago", "canton", "emirate", "constituency", "ward", "suburb");

    /// <summary>Legal forms written after a company's name and a comma ("Brightline Health, Inc."), without their dot.</summary>
    public static readonly WordSet LegalForms = new(
        "Inc", "Ltd", "LLC", "L.L.C", "Corp", "Co", "PLC", "LP", "L.P", "LLP", "AG", "SA", "S.A", "NV", "N.V", "GmbH", "SE", "AB", "ASA", "Pty");
}
