using FactExtract.Lang;

namespace FactExtract.Tests.Lang;

/// <summary>
/// <see cref="WordSet"/> rejects most probes on their first and last letter and length before its lookup:
/// it must answer exactly as a plain set with the same comparer, non-ASCII case folds included.
/// </summary>
public sealed class WordSetTests
{
    private static readonly string[] Words = ["said", "the", "Council", "k", "year-old", "naïve", "straße", "İstanbul", "a-very-long-word-of-more-than-thirty-one-letters"];

    private static readonly string[] Probes =
    [
        "said", "SAID", "Said", "saiD", "ſaid", "saıd", "sai", "saidx", "aid", "the", "THE", "tHe", "thE", "council", "Council", "COUNCIL",
        "k", "K", "\u212A", "year-old", "Year-Old", "naïve", "NAÏVE", "straße", "STRASSE", "İstanbul", "istanbul", "ISTANBUL", "",
        "a-very-long-word-of-more-than-thirty-one-letters", "A-VERY-LONG-WORD-OF-MORE-THAN-THIRTY-ONE-LETTERS",
        "a-very-long-word-of-more-than-thirty-one-letterz", "x", "1", ",", "—", "said,",
    ];

    [Fact]
    public void A_case_insensitive_set_answers_as_a_plain_set_with_the_same_comparer()
    {
        var set = new WordSet(Words);
        var reference = new HashSet<string>(Words, StringComparer.OrdinalIgnoreCase);
        foreach (var probe in Probes)
            Assert.True(reference.Contains(probe) == set.Contains(probe), $"'{probe}': expected {reference.Contains(probe)}");
    }

    [Fact]
    public void A_case_sensitive_set_answers_as_a_plain_ordinal_set()
    {
        var set = WordSet.CaseSensitive(Words);
        var reference = new HashSet<string>(Words, StringComparer.Ordinal);
        foreach (var probe in Probes)
            Assert.True(reference.Contains(probe) == set.Contains(probe), $"'{probe}': expected {reference.Contains(probe)}");
    }

    [Fact]
    public void A_set_made_with_more_words_answers_as_a_plain_set_of_all_of_them()
    {
        var set = new WordSet(Words).With("Norcast", "ſtrange");
        var reference = new HashSet<string>(Words.Append("Norcast").Append("ſtrange"), StringComparer.OrdinalIgnoreCase);
        foreach (var probe in Probes.Concat(["norcast", "NORCAST", "norcasts", "ſtrange", "strange", "STRANGE"]))
            Assert.True(reference.Contains(probe) == set.Contains(probe), $"'{probe}': expected {reference.Contains(probe)}");
        Assert.All(Words, word => Assert.True(set.Contains(word), word));
    }
}
