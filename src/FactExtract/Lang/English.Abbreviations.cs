namespace FactExtract.Lang;

internal static partial class English
{
    /// <summary>Abbreviations (spelled without their period) that introduce a name or a number: never end a sentence.</summary>
    public static readonly string[] PrefixAbbreviations = Words(
        "Mr Mrs Ms Messrs Mme Mlle Dr Prof Sen Sens Rep Reps Gov Lt Gen Col Maj Capt Cmdr Cdr Adm Sgt Cpl Pvt " +
        "Brig Cmdt Insp Supt Det Rev Fr Msgr Hon Pres Amb Atty Gen Sec Treas Asst Assoc Dep Mt Ft " +
        "No Nos Nr vs v Fig Figs Vol Vols Ch Sec pp cf approx est ca e.g i.e viz");

    /// <summary>Abbreviations that end a name or a date and so may close a sentence.</summary>
    public static readonly string[] SuffixAbbreviations = Words(
        "Inc Corp Co Cos Ltd Bros Plc PLC Jr Sr Esq Ph.D M.D B.A M.A St Ave Blvd Rd Sq Hwy Dept Univ " +
        "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec " +
        "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont " +
        "Neb Nebr Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo");

    /// <summary>Abbreviations that close a list ("etc.", "et al.").</summary>
    public static readonly string[] ListEndAbbreviations = ["etc", "al"];

    private static string[] Words(string spaceSeparated) => spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
