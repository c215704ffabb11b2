namespace FactExtract.Lang;

internal static partial class English
{
    /// <summary>Honorifics: part of how a person is addressed, not a role.</summary>
    public static readonly WordSet Honorifics = new(
        "sir", "dame", "lord", "lady", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.",
        "professor", "rev", "rev.", "reverend");

    /// <summary>
    /// Words that stand before a person's name as a title or honorific ("Sir", "Home Secretary",
    /// "Gen."); a person's canonical name drops them.
    /// </summary>
    public static readonly WordSet PersonTitles = new(
        "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor",
        "President", "PM", "Chancellor", "Secretary", "Minister", "King", "Queen", "Prince", "Princess", "Pope",
        "Senator", "Sen", "Gov", "Governor", "Rep", "Representative", "General", "Gen", "Col", "Colonel", "Captain",
        "Capt", "Lt", "Lieutenant", "Sgt", "Sergeant", "Major", "Maj", "Admiral", "Adm", "Cmdr", "Commander",
        "Judge", "Justice", "Mayor", "Rev", "Reverend", "Father", "Sister", "Brother", "Bishop", "Archbishop",
        "Cardinal", "Rabbi", "Imam", "Sheikh", "Chairman", "Chief", "Inspector", "Detective", "Officer", "Constable",
        "Coach", "Leader", "Speaker", "Ambassador", "Commissioner", "Premier", "Chairwoman", "Director", "Emperor",
        "Crown", "Duke", "Duchess", "Earl", "Count", "Countess", "St", "Lawmaker", "Legislator", "Congressman",
        "Congresswoman", "Assemblyman", "Assemblywoman", "Councillor", "Councilor", "Councilman", "Councilwoman", "Alderman");

    /// <summary>Head nouns of a role or title (`Home Secretary`, `right-wing leader`, `minister for …`).</summary>
    public static readonly WordSet RoleHeads = new(
        "secretary", "minister", "president", "leader", "counterpart", "chancellor", "pm", "premier", "chief",
        "chairman", "chairwoman", "chair", "chairperson", "spokesman", "spokeswoman", "spokesperson",
        "director", "executive", "ceo", "cfo", "coo", "founder", "co-founder", "governor", "mayor", "senator",
        "judge", "justice", "coach", "manager", "captain", "striker", "midfielder", "goalkeeper", "defender",
        "professor", "economist", "analyst", "editor", "commissioner", "ambassador", "general", "officer",
        "inspector", "superintendent", "king", "queen", "prince", "princess", "pope", "prosecutor", "lawyer",
        "barrister", "solicitor", "mp", "mep", "councillor", "candidate", "nominee", "treasurer", "boss",
        "owner", "presenter", "scientist", "researcher", "doctor", "nurse", "consultant", "lecturer", "teacher",
        "campaigner", "activist", "official", "secretary-general", "adviser", "advisor", "vice-president",
        "representative", "envoy", "diplomat", "attorney", "sheriff", "detective", "commander", "admiral",
        "colonel", "head", "deputy", "strategist", "chief executive", "chairs", "author",
        "director-general", "speaker", "whip", "prime", "headteacher", "principal",
        "dean", "surgeon", "physician", "epidemiologist", "chef", "partner", "winger", "forward",
        "bishop", "archbishop", "substitute", "rector", "vicar", "pastor", "magistrate", "recorder", "counsel", "qc", "kc",
        "schoolteacher", "administrator", "champion", "seed", "auditor", "accountant", "engineer", "pilot", "broker", "banker",
        "lawmaker", "legislator", "congressman", "congresswoman", "assemblyman", "assemblywoman", "alderman", "councilman",
        "councilwoman", "councilor");

    /// <summary>
    /// Words that modify a title inside a name or a role phrase ("Home Secretary", "Prime Minister",
    /// "Vice President"). The person-name and role lists below both start from this one.
    /// </summary>
    private static readonly string[] TitleModifierCore =
    [
        "prime", "home", "foreign", "deputy", "vice", "shadow", "former", "acting", "interim", "first", "attorney",
        "defence", "defense", "health", "justice", "education", "interior", "culture", "transport", "business",
        "trade", "energy", "environment", "treasury", "finance", "junior", "senior", "chief", "executive",
        "security", "state",
    ];

    /// <summary>
    /// Title modifiers stripped from a person's name: the core plus ranks and peerages
    /// ("Field Marshal", "Rear Admiral", "Lord Chancellor").
    /// </summary>
    public static readonly WordSet PersonTitleModifiers = new(
        [.. TitleModifierCore, "lord", "supreme", "grand", "field", "lieutenant", "brigadier", "rear", "major"]);

    /// <summary>
    /// How many of a person mention's leading words are titles and their modifiers ("Prime Minister
    /// Sir Keir Starmer" → 3); never all of them.
    /// </summary>
    public static int LeadingTitleCount(IReadOnlyList<string> words)
    {
        int titles = 0, i = 0;
        while (i < words.Count - 1)
        {
            var w = words[i].AsSpan().TrimEnd('.');
            if (PersonTitles.Contains(w)) titles = ++i;
            else if (PersonTitleModifiers.Contains(w)) i++;
            else break;
        }
        return titles;
    }

    /// <summary>
    /// Words that modify a role head in a role phrase: the core plus party, sector and place
    /// words that are part of a role but never of a name ("Labour leader", "club captain").
    /// </summary>
    public static readonly WordSet RoleModifiers = new(
        [.. TitleModifierCore,
        "general", "assistant", "federal", "party", "opposition",
        "labour", "conservative", "tory", "democratic", "republican", "liberal", "green", "national", "local",
        "club", "team", "company", "group", "managing", "operating", "financial", "technology", "science",
        "housing", "work", "pensions", "immigration", "border", "policing", "crime", "europe", "european",
        "head", "lead", "principal", "leading", "top", "economy",
        "regional", "county", "city", "council", "police", "district", "high", "court", "supreme", "crown",
        "right-wing", "left-wing", "centre-right", "centre-left", "far-right", "far-left", "veteran", "long-serving"]);
}
