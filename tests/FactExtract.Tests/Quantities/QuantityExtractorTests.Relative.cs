using FactExtract.Export.Schemas;
using FactExtract.Ingestion;
using FactExtract.Quantities;

namespace FactExtract.Tests.Quantities;

// Fourth batch (issue #16): dates resolved against the article's date. Rows are
// (article date or "" for none, text, expectation); the expectation format is that of
// QuantityExtractorTests.Data.cs. 2022-03-08 is a Tuesday.
public sealed partial class QuantityExtractorTests
{
    private static TheoryData<string, string, string> DatedRows(params (string Date, string Text, string Expected)[] rows)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (date, text, expected) in rows) data.Add(date, text, expected);
        return data;
    }

    [Theory]
    [MemberData(nameof(RelativeDates))]
    public void RelativeAndPartialDates_ResolveAgainstTheArticleDate(string date, string text, string expected) =>
        QuantityAssert.Matches(text, expected, date.Length == 0 ? null : date);

    [Theory]
    [MemberData(nameof(DateLines))]
    public void DateLinesAndDatelines_GiveTheArticleDate(string text, string expected, string iso, string source)
    {
        var found = ArticleDateFinder.Find(new Article("doc", "doc.txt", text));
        Assert.Equal((iso, source), found is null ? ("", "") : (NormalFormFormat.DateText(found.Day), found.Source.ToName()));
        QuantityAssert.Matches(text, expected);
    }

    public static TheoryData<string, string, string> RelativeDates => DatedRows(
        ("2022-03-08", "He left yesterday.", "yesterday|DATE|2022|||norm=2022-03-07"),
        ("2022-03-08", "She arrives tomorrow.", "tomorrow|DATE|2022|||norm=2022-03-09"),
        ("2022-03-08", "The vote is today.", "today|DATE|2022|||norm=2022-03-08"),
        ("2022-03-08", "Talks resume tonight.", "tonight|DATE|2022|||norm=2022-03-08"),
        ("2022-03-08", "Fire broke out last night.", "last night|DATE|2022|||norm=2022-03-07"),
        ("2022-03-01", "He spoke last evening.", "last evening|DATE|2022|||norm=2022-02-28"),
        ("2022-03-08", "Markets fell this morning.", "this morning|DATE|2022|||norm=2022-03-08"),
        ("2022-03-08", "He worked through the night.", ""),
        ("2022-03-08", "Yesterday he resigned.", "Yesterday|DATE|2022|||norm=2022-03-07"),
        ("2022-03-08", "They met on Monday.", "Monday|DATE|2022|||norm=2022-03-07"),
        ("2022-03-08", "They met on Tuesday.", "Tuesday|DATE|2022|||norm=2022-03-08"),
        ("2022-03-08", "They met on Wednesday.", "Wednesday|DATE|2022|||norm=2022-03-02"),
        ("2022-03-08", "They met on Sunday.", "Sunday|DATE|2022|||norm=2022-03-06"),
        ("2022-03-08", "The minister said Friday it was over.", "Friday|DATE|2022|||norm=2022-03-04"),
        ("2022-03-08", "They will meet on Friday.", "Friday|DATE|2022|||norm=2022-03-11"),
        ("2022-03-08", "Unions said they would strike on Monday.", "Monday|DATE|2022|||norm=2022-03-14"),
        ("2022-03-08", "The talks are due to end on Thursday.", "Thursday|DATE|2022|||norm=2022-03-10"),
        ("2022-03-08", "They met last Monday.", "last Monday|DATE|2022|||norm=2022-03-07"),
        ("2022-03-08", "They met last Tuesday.", "last Tuesday|DATE|2022|||norm=2022-03-01"),
        ("2022-03-08", "They meet next Monday.", "next Monday|DATE|2022|||norm=2022-03-14"),
        ("2022-03-08", "They meet next Tuesday.", "next Tuesday|DATE|2022|||norm=2022-03-15"),
        ("2022-03-08", "Sunday's vote was close.", "Sunday|DATE|2022|||norm=2022-03-06"),
        ("2022-03-08", "He plays in tomorrow's final.", "tomorrow|DATE|2022|||norm=2022-03-09"),
        ("2022-03-08", "Prices rose last month.", "last month|DATE|2022|||norm=2022-02"),
        ("2022-03-08", "Prices rise next month.", "next month|DATE|2022|||norm=2022-04"),
        ("2022-03-08", "Prices rose this month.", "this month|DATE|2022|||norm=2022-03"),
        ("2022-01-10", "Prices rose last month.", "last month|DATE|2021|||norm=2021-12"),
        ("2022-03-08", "Elections are due next year.", "next year|DATE|2023|||norm=2023"),
        ("2022-03-08", "Sales fell last year.", "last year|DATE|2021|||norm=2021"),
        ("2022-03-08", "Sales fell this year.", "this year|DATE|2022|||norm=2022"),
        ("2022-03-08", "This year's budget is larger.", "This year|DATE|2022|||norm=2022"),
        ("2022-03-08", "It opened last week.", "last week|DATE|2022|||norm=2022-W09"),
        ("2022-03-08", "It opens next week.", "next week|DATE|2022|||norm=2022-W11"),
        ("2022-03-08", "It opened this week.", "this week|DATE|2022|||norm=2022-W10"),
        ("2022-01-03", "It opened last week.", "last week|DATE|2021|||norm=2021-W52"),
        ("2022-03-08", "It is due on March 14.", "March 14|DATE|2022|||norm=2022-03-14"),
        ("2022-01-05", "It happened on December 28.", "December 28|DATE|2021|||norm=2021-12-28"),
        ("2022-12-20", "It opens on January 10.", "January 10|DATE|2023|||norm=2023-01-10"),
        ("2022-03-08", "It opened on 14 February.", "14 February|DATE|2022|||norm=2022-02-14"),
        ("2022-03-08", "It opened in February.", "February|DATE|2022|||norm=2022-02"),
        ("2022-03-08", "It opens in June.", "June|DATE|2022|||norm=2022-06"),
        ("2022-03-08", "Prices have risen since January.", "January|DATE|2022|||norm=2022-01"),
        ("2022-02-08", "It happened in November.", "November|DATE|2021|||norm=2021-11"),
        ("2024-07-13", "She was ranked 212th last July.", "212th|ORDINAL|212|| ;; last July|DATE|2023|||norm=2023-07"),
        ("2024-09-13", "She was ranked 212th last July.", "212th|ORDINAL|212|| ;; last July|DATE|2024|||norm=2024-07"),
        ("2022-03-08", "The tour resumes next May.", "next May|DATE|2022|||norm=2022-05"),
        ("2022-03-08", "It grew in the 1990s.", "1990s|DATE|1990|||norm=1990/1999|to=1999"),
        ("2022-03-08", "It opened on 22 August 2023.", "22 August 2023|DATE|2023|||norm=2023-08-22"),
        ("2022-03-08", "It opened in 2019.", "2019|DATE|2019|||norm=2019"),
        ("2022-03-08T09:30:00Z", "He left yesterday.", "yesterday|DATE|2022|||norm=2022-03-07"),
        ("Tue, 08 Mar 2022 09:30:00 GMT", "He left yesterday.", "yesterday|DATE|2022|||norm=2022-03-07"),
        ("March 8, 2022", "He left yesterday.", "yesterday|DATE|2022|||norm=2022-03-07"),
        // Without an article date nothing is guessed: the mention stays, with no value and no normalized form.
        ("", "He left yesterday.", "yesterday|DATE|||"),
        ("", "They met on Monday.", "Monday|DATE|||"),
        ("", "Prices rose last month.", "last month|DATE|||"),
        ("", "Elections are due next year.", "next year|DATE|||"),
        ("", "It is due on March 14.", "March 14|DATE||||norm=--03-14"),
        ("", "It opened in February.", "February|DATE||||norm=--02"),
        ("not a date", "He left yesterday.", "yesterday|DATE|||"),
        // Neighbours: names, spans of time, verbs and modals are not dates.
        ("2022-03-08", "Shoppers queued on Black Friday.", ""),
        ("2022-03-08", "He reads USA Today daily.", ""),
        ("2022-03-08", "She was on the Today programme.", ""),
        ("2022-03-08", "Prices rose over the last year.", ""),
        ("2022-03-08", "It was the last week of term.", ""),
        ("2022-03-08", "It fell in the last three months.", "three months|DURATION|3|mo||norm=P3M"),
        ("2022-03-08", "They may decide soon.", ""),
        ("2022-03-08", "May we go?", ""),
        ("2022-03-08", "The March rally drew crowds.", ""),
        ("2022-03-08", "Troops march on.", ""),
        ("2022-03-08", "This one is better.", ""),
        ("2022-03-08", "Tuesday, March 8, 2022 was busy.", "March 8, 2022|DATE|2022|||norm=2022-03-08"));

    public static TheoryData<string, string, string, string> DateLines => new()
    {
        { "Headline here\n\nTuesday, March 8, 2022\n\nHe left yesterday.", "March 8, 2022|DATE|2022|||norm=2022-03-08 ;; yesterday|DATE|2022|||norm=2022-03-07", "2022-03-08", "date line" },
        { "Headline\n\nThursday, 7 March 2024\n\nThe council met on Monday.", "7 March 2024|DATE|2024|||norm=2024-03-07 ;; Monday|DATE|2024|||norm=2024-03-04", "2024-03-07", "date line" },
        { "EU rejects call.\n\nPeter Blackburn\n\nBRUSSELS 1996-08-22\n\nThe Commission said on Thursday it disagreed, and on Wednesday it met.",
            "1996-08-22|DATE|1996|||norm=1996-08-22 ;; Thursday|DATE|1996|||norm=1996-08-22 ;; Wednesday|DATE|1996|||norm=1996-08-21", "1996-08-22", "dateline" },
        { "LONDON, March 3 (Reuters) - Shares fell on Monday.", "March 3|DATE||||norm=--03-03 ;; Monday|DATE|||", "--03-03", "dateline" },
        { "NEW YORK, March 8, 2022 /PRNewswire/ -- Sales rose 5% last month.", "March 8, 2022|DATE|2022|||norm=2022-03-08 ;; 5%|PERCENT|5|%| ;; last month|DATE|2022|||norm=2022-02", "2022-03-08", "dateline" },
        { "SAN JOSE, California, May 14, 2024 (Reuters) - It agreed on Monday.", "May 14, 2024|DATE|2024|||norm=2024-05-14 ;; Monday|DATE|2024|||norm=2024-05-13", "2024-05-14", "dateline" },
        { "PARIS, Aug. 22 (Reuters) - It rose.", "Aug. 22|DATE||||norm=--08-22", "--08-22", "dateline" },
        { "March 8, 2022\n\nIt rose yesterday.", "March 8, 2022|DATE|2022|||norm=2022-03-08 ;; yesterday|DATE|2022|||norm=2022-03-07", "2022-03-08", "date line" },
        { "2022-03-08\n\nIt rose yesterday.", "2022-03-08|DATE|2022|||norm=2022-03-08 ;; yesterday|DATE|2022|||norm=2022-03-07", "2022-03-08", "date line" },
        // No date at the top: nothing is guessed.
        { "WASHINGTON (AP) — Employers added jobs on Friday.", "Friday|DATE|||", "", "" },
        { "It rose yesterday.\n\nMarch 8, 2022 was a Tuesday.", "yesterday|DATE||| ;; March 8, 2022|DATE|2022|||norm=2022-03-08 ;; Tuesday|DATE|||", "", "" },
        { "Officials met in March 2022 and said yesterday it was over.", "March 2022|DATE|2022|||norm=2022-03 ;; yesterday|DATE|||", "", "" },
    };

    [Fact]
    public void ArticleDate_MetadataWinsOverTheTextAndNamesItsSource()
    {
        var text = "Tuesday, March 8, 2022\n\nHe left yesterday.";
        Assert.Equal(("2021-01-02", "json"), Describe(ArticleDateFinder.Find(new Article("a", "in/a.jsonl", text).WithDateText("2021-01-02"))));
        Assert.Equal(("2021-01-02", "html"), Describe(ArticleDateFinder.Find(new Article("a", "in/a.html", text).WithDateText("2021-01-02T10:00:00+05:00"))));
        Assert.Equal(("2022-03-08", "date line"), Describe(ArticleDateFinder.Find(new Article("a", "in/a.txt", text).WithDateText("garbage"))));
        Assert.Null(ArticleDateFinder.Find(new Article("a", "a.txt", "No date here at all.")));
        Assert.Null(ArticleDateFinder.Find(new Article("a", "a.txt", "")));

        static (string, string) Describe(ArticleDate? d) => d is null ? ("", "") : (NormalFormFormat.DateText(d.Day), d.Source.ToName());
    }
}
