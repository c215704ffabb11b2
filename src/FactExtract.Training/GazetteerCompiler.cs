using System.Text.Json;
using FactExtract.Entities;

namespace FactExtract.Training;

/// <summary>
/// Compiles the public name lists (world-countries, GeoNames cities and first-level divisions,
/// first names) plus small built-in trigger lists (titles, organisation suffixes) into the
/// gazetteer shipped beside the model.
/// </summary>
internal static class GazetteerCompiler
{
    /// <summary>Words that announce a person's name ("Mr", "President", "striker").</summary>
    private static readonly string[] Titles =
    [
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady",
        "President", "Vice President", "Prime Minister", "Minister", "Chancellor", "Senator", "Sen.", "Rep.", "Representative",
        "Governor", "Gov.", "Mayor", "King", "Queen", "Prince", "Princess", "Pope", "Sheikh", "Ayatollah", "Archbishop", "Bishop",
        "Cardinal", "Rev.", "Reverend", "Father", "Rabbi", "Imam", "General", "Gen.", "Colonel", "Col.", "Lt.", "Captain", "Capt.",
        "Major", "Sgt.", "Sergeant", "Admiral", "Adm.", "Judge", "Justice", "Secretary", "Ambassador", "Envoy", "Chairman",
        "Chairwoman", "Commissioner", "Spokesman", "Spokeswoman", "Premier", "Deputy", "Chief", "Director", "Coach", "Manager",
        "striker", "midfielder", "defender", "goalkeeper", "captain", "coach", "leader", "spokesman", "spokeswoman", "chairman",
        "President-elect", "Emperor", "Crown Prince", "Dalai Lama", "Mullah", "Marshal", "Inspector", "Detective", "Officer",
    ];

    /// <summary>Words that end organisation names ("Inc", "Party", "Ministry").</summary>
    private static readonly string[] OrgSuffixes =
    [
        "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "Group", "Plc", "PLC", "AG", "SA", "S.A.",
        "GmbH", "NV", "N.V.", "LLC", "LLP", "Bank", "Party", "Union", "Council", "Ministry", "Committee", "Association",
        "Federation", "Organisation", "Organization", "University", "College", "Institute", "Agency", "Commission", "Club",
        "Airlines", "Airways", "Holdings", "Industries", "Motors", "Systems", "Technologies", "Foundation", "Society",
        "Department", "Assembly", "Parliament", "Congress", "Senate", "Army", "Navy", "Front", "Movement", "Alliance", "League",
        "Board", "Authority", "Fund", "Exchange", "Times", "News", "Post", "Journal", "Press", "Network", "Brigade", "Brigades",
        "Corps", "Court", "Office", "Bureau", "Service", "Services", "Trust", "Partners", "Enterprises", "International",
        "Insurance", "Securities", "Investments", "Capital", "Energy", "Oil", "Petroleum", "Telecom", "Communications", "Media",
        "Pharmaceuticals", "Electric", "Hospital", "School", "Church", "Police", "Guard", "Forces", "Command", "Rovers", "Wanderers",
        "Athletic", "Reuters", "Cabinet", "Tribunal", "Secretariat", "Coalition",
    ];

    /// <param name="nameCorpora">Labelled (silver) corpora whose PER/LOC/ORG mentions become name lists;
    /// never the corpora the model is trained or tuned on, or the feature would fire perfectly in training.</param>
    /// <summary>Mentions seen at least twice, with one type in at least 2/3 of their occurrences.</summary>
    private static IEnumerable<(GazetteerKind, string)> HarvestNames(IReadOnlyList<Corpus> corpora)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var s in corpora.SelectMany(c => c.Documents).SelectMany(d => d.Sentences))
            foreach (var span in s.Spans)
            {
                if (span.Type > EntityType.Organization || span.End - span.Start > 6) continue;
                var name = string.Join(' ', s.Tokens[span.Start..span.End]);
                if (!counts.TryGetValue(name, out var c)) counts[name] = c = new int[3];
                c[(int)span.Type]++;
            }
        foreach (var (name, c) in counts)
        {
            int total = c.Sum(), best = Array.IndexOf(c, c.Max());
            if (total >= 2 && c[best] * 3 >= total * 2 && name.Any(char.IsUpper))
                yield return ((GazetteerKind)((int)GazetteerKind.PersonName + best), name);
        }
    }

    /// <summary>Legal-form endings dropped to get the name people write ("Wells Fargo & Company" → "Wells Fargo").</summary>
    private static readonly string[] LegalForms =
    [
        ", Inc.", " Inc.", ", Inc", " Inc", " Incorporated", " Corporation", " Corp.", " Corp", " Company", " & Co.", " Co.",
        ", Ltd.", " Ltd.", " Ltd", " Limited", " plc", " PLC", " Plc", " N.V.", " S.A.", " SA", " AG", " SE", " L.P.", " LP",
        " LLC", " Holdings", " Holding", " Group", " Trust", " Fund", " (The)", ",",
    ];

    /// <summary>
    /// Organisation names from <c>orgs/</c> (US-listed companies, universities, football clubs), each
    /// as listed and, for companies, also without its legal form. Missing files are skipped.
    /// </summary>
    internal static IEnumerable<string> OrganisationLists(string directory)
    {
        if (!Directory.Exists(directory)) yield break;
        foreach (var path in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            bool companies = Path.GetFileName(path).StartsWith("companies", StringComparison.Ordinal);
            foreach (var raw in File.ReadLines(path))
            {
                var name = raw.Trim();
                // Sponsor prefixes in the club list: "$$Cashpoint$$ SCR Altach".
                if (name.StartsWith("$$", StringComparison.Ordinal) && name.IndexOf("$$", 2, StringComparison.Ordinal) is var end and > 0)
                    name = name[(end + 2)..].Trim();
                if (name.Length < 2) continue;
                yield return name;
                if (!companies) continue;
                var shortName = ShortCompanyName(name);
                if (shortName != name && shortName.Length >= 2) yield return shortName;
            }
        }
    }

    internal static string ShortCompanyName(string name)
    {
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (var form in LegalForms)
                if (name.Length > form.Length + 1 && name.EndsWith(form, StringComparison.Ordinal))
                {
                    name = name[..^form.Length].TrimEnd();
                    changed = true;
                }
        }
        return name;
    }

    public static List<(GazetteerKind Kind, string Name)> Compile(string directory, Action<string>? log = null,
        IReadOnlyList<Corpus>? nameCorpora = null)
    {
        var entries = new HashSet<(GazetteerKind, string)>();
        void Add(GazetteerKind kind, string? name)
        {
            name = name?.Trim();
            if (!string.IsNullOrEmpty(name) && name.Length >= 2) entries.Add((kind, name));
        }

        using (var countries = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "world-countries.json"))))
        {
            foreach (var c in countries.RootElement.EnumerateArray())
            {
                var name = c.GetProperty("name");
                Add(GazetteerKind.Country, name.GetProperty("common").GetString());
                Add(GazetteerKind.Country, name.GetProperty("official").GetString());
                foreach (var alt in c.GetProperty("altSpellings").EnumerateArray())
                {
                    var a = alt.GetString();
                    // Two-letter codes other than well-known ones ("UK", "US") collide with words ("IN", "IT").
                    if (a is not null && (a.Length > 3 || a is "UK" or "US" or "USA" or "UAE" or "DRC" or "PRC" or "ROK" or "DPRK"))
                        Add(GazetteerKind.Country, a);
                }
                foreach (var cap in c.GetProperty("capital").EnumerateArray()) Add(GazetteerKind.Capital, cap.GetString());
                if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
                {
                    Add(GazetteerKind.Demonym, eng.GetProperty("m").GetString());
                    Add(GazetteerKind.Demonym, eng.GetProperty("f").GetString());
                }
            }
        }
        using (var cities = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "geonames-cities.json"))))
            foreach (var c in cities.RootElement.EnumerateArray()) Add(GazetteerKind.City, c.GetProperty("name").GetString());
        using (var admin = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "geonames-admin1.json"))))
            foreach (var a in admin.RootElement.EnumerateArray())
            {
                var name = a.GetProperty("name").GetString() ?? "";
                Add(GazetteerKind.Region, name);
                foreach (var suffix in new[] { " Province", " Region", " Oblast", " District", " Governorate", " State", " County" })
                    if (name.EndsWith(suffix, StringComparison.Ordinal)) Add(GazetteerKind.Region, name[..^suffix.Length]);
            }
        foreach (var file in new[] { "first-names-female.txt", "first-names-male.txt" })
            foreach (var line in File.ReadLines(Path.Combine(directory, file))) Add(GazetteerKind.FirstName, line);
        foreach (var t in Titles) Add(GazetteerKind.Title, t);
        foreach (var s in OrgSuffixes) Add(GazetteerKind.OrgSuffix, s);

        foreach (var (kind, name) in HarvestNames(nameCorpora ?? [])) Add(kind, name);
        foreach (var name in OrganisationLists(Path.Combine(directory, "orgs"))) Add(GazetteerKind.OrganizationName, name);
        foreach (var file in new[] { "common-forenames-by-country.romanized.txt", "common-surnames-by-country.romanized.txt" })
        {
            var path = Path.Combine(directory, "persons", file);
            if (File.Exists(path))
                foreach (var line in File.ReadLines(path)) Add(GazetteerKind.NamePart, line);
        }

        var sorted = entries.OrderBy(e => e.Item1).ThenBy(e => e.Item2, StringComparer.Ordinal).ToList();
        log?.Invoke($"gazetteer: {sorted.Count} entries; " + string.Join(", ",
            sorted.GroupBy(e => e.Item1).Select(g => $"{Gazetteer.KindName(g.Key)} {g.Count()}")));
        return sorted;
    }
}
