using FactExtract.Entities;
using FactExtract.Text;

namespace FactExtract.Tests.Entities;

/// <summary>The document-level rules on sentences written for these tests, with hand-made tagger output.</summary>
public class DocumentConsistencyTests
{
    private static Document Tokenized(string text)
    {
        var doc = new Document(text);
        new TextStage().Process(doc);
        return doc;
    }

    /// <summary>A tagger mention for the given occurrence of a string.</summary>
    private static Entity Mention(string text, string surface, EntityType type, int occurrence = 0)
    {
        int at = -1;
        for (int k = 0; k <= occurrence; k++) at = text.IndexOf(surface, at + 1, StringComparison.Ordinal);
        Assert.True(at >= 0, surface);
        return new Entity(at, at + surface.Length, surface, type, 0.9, EntitySource.Model, 0);
    }

    private static (string, EntityType)[] Apply(string text, params Entity[] tagged)
    {
        var doc = Tokenized(text);
        var sentences = doc.Sentences.ToArray();
        var fixedSentences = tagged.Select(e => e with { Sentence = Array.FindIndex(sentences, s => s.Start <= e.Start && e.Start < s.End) }).ToList();
        var result = DocumentConsistency.Default.Apply(text, doc.Tokens.ToArray(), sentences, fixedSentences);
        foreach (var e in result) Assert.Equal(text[e.Start..e.End], e.Text);
        for (int i = 1; i < result.Count; i++) Assert.True(result[i - 1].End <= result[i].Start, "mentions overlap or are out of order");
        return result.Select(e => (e.Text, e.Type)).ToArray();
    }

    [Fact]
    public void AcronymDefinitionTypesLongNameAndEveryLaterUse()
    {
        const string text = "Ministers met at the Northern Fisheries Council (NFC) in Bergen. The NFC will meet again in May, and the NFC chair spoke.";
        var m = Apply(text, Mention(text, "Northern Fisheries Council", EntityType.Misc), Mention(text, "Bergen", EntityType.Location));
        Assert.Equal([("Northern Fisheries Council", EntityType.Organization), ("NFC", EntityType.Organization), ("Bergen", EntityType.Location),
            ("NFC", EntityType.Organization), ("NFC", EntityType.Organization)], m);
    }

    [Fact]
    public void AcronymKeepsTheModelsNamedTypeAndSkipsJoiners()
    {
        const string text = "Fighting spread across the Democratic Republic of the Congo (DRC) last year. Aid to the DRC was cut.";
        var m = Apply(text, Mention(text, "Congo", EntityType.Location));
        Assert.Equal([("Democratic Republic of the Congo", EntityType.Location), ("DRC", EntityType.Location), ("DRC", EntityType.Location)], m);
    }

    [Fact]
    public void BracketedCapitalsThatAreNotInitialsAreLeftAlone()
    {
        const string text = "The new rules on Data Protection (GDPR) apply from May. Critics of GDPR disagree.";
        Assert.Empty(Apply(text));
    }

    [Fact]
    public void AcronymInsideALongerMentionIsLeftAlone()
    {
        const string text = "He met Chief Of Defence (COD) Mark Hale Whitfield on Friday.";
        var m = Apply(text, Mention(text, "Chief Of Defence (COD) Mark Hale Whitfield", EntityType.Person));
        Assert.Equal([("Chief Of Defence (COD) Mark Hale Whitfield", EntityType.Person)], m);
    }

    [Fact]
    public void BareOrganisationHeadTakesInTheCapitalisedWordsBeforeIt()
    {
        const string text = "A new Coastal Defence Command will patrol the coast, officials said.";
        Assert.Equal([("Coastal Defence Command", EntityType.Organization)], Apply(text, Mention(text, "Command", EntityType.Organization)));
    }

    [Fact]
    public void BareHeadDoesNotTakeInTheSentencesFirstWordOrAnEarlierMention()
    {
        // (A place or person right before the head is joined by another rule: PlaceOrPersonRightBefore…; a MISC mention is not.)
        const string text = "Defence Command said so. Officials in Norwegian Council offices agreed.";
        var m = Apply(text, Mention(text, "Command", EntityType.Organization), Mention(text, "Norwegian", EntityType.Misc),
            Mention(text, "Council", EntityType.Organization));
        Assert.Equal([("Command", EntityType.Organization), ("Norwegian", EntityType.Misc), ("Council", EntityType.Organization)], m);
    }

    [Fact]
    public void UntaggedRepeatOfAMultiWordNameGetsItsType()
    {
        const string text = "Acme Steel Works cut 300 jobs. Unions said Acme Steel Works had broken its promise.";
        var m = Apply(text, Mention(text, "Acme Steel Works", EntityType.Organization));
        Assert.Equal([("Acme Steel Works", EntityType.Organization), ("Acme Steel Works", EntityType.Organization)], m);
    }

    [Fact]
    public void PropagationIsCaseSensitiveAndNeedsAWholeName()
    {
        const string text = "The US said it would help. Let us hope the US Navy Reserve and US officials agree.";
        var m = Apply(text, Mention(text, "US", EntityType.Location));
        // "us" is a pronoun, "US Navy Reserve" is a longer name the copy would cut; "US officials" is the name alone.
        Assert.Equal([("US", EntityType.Location), ("US", EntityType.Location)], m);
        Assert.Equal(2, m.Length);
    }

    [Fact]
    public void SingleCapitalisedWordsAreNotPropagated()
    {
        const string text = "Turner scored twice. Later Turner said the team was tired.";
        Assert.Equal([("Turner", EntityType.Person)], Apply(text, Mention(text, "Turner", EntityType.Person, 1)));
    }

    [Fact]
    public void AllCapsHeadlineWordsAreNotPropagated()
    {
        const string text = "The IMF cut its forecast.\n\nIMF WARNS ON GROWTH AS TRADE SLOWS\n\nThe IMF said so.";
        var m = Apply(text, Mention(text, "IMF", EntityType.Organization));
        Assert.Equal([("IMF", EntityType.Organization), ("IMF", EntityType.Organization)], m);
    }

    [Fact]
    public void HeadOfNameIsJoinedWhenTheTaggerKeptOnlyTheName()
    {
        const string text = "Figures from the Bureau for Coastal Surveys were published. Staff at the Harbour Centre for Marine Research agreed.";
        var m = Apply(text, Mention(text, "Coastal Surveys", EntityType.Organization), Mention(text, "Harbour Centre", EntityType.Organization),
            Mention(text, "for Marine Research", EntityType.Organization));
        Assert.Equal([("Bureau for Coastal Surveys", EntityType.Organization), ("Harbour Centre for Marine Research", EntityType.Organization)], m);
    }

    [Fact]
    public void OfAfterAnOrdinaryCapitalisedWordIsNotJoined()
    {
        const string text = "He spoke at the start of Coastal Surveys week. Friends of Harbour Trust met.";
        var m = Apply(text, Mention(text, "Coastal Surveys", EntityType.Organization), Mention(text, "Harbour Trust", EntityType.Organization));
        Assert.Equal([("Coastal Surveys", EntityType.Organization), ("Harbour Trust", EntityType.Organization)], m);
    }

    [Fact]
    public void LongerOrganisationEndingInAHeadTakesInOneAdjectiveTheTaggerLeftOut()
    {
        const string text = "According to the Serious Fraud Office, the pair took the money.";
        Assert.Equal([("Serious Fraud Office", EntityType.Organization)], Apply(text, Mention(text, "Fraud Office", EntityType.Organization)));
    }

    [Fact]
    public void HeadExtensionSkipsTheFirstWordAfterAnOpeningQuote()
    {
        const string text = "\"Coastal Defence Command will patrol,\" she said.";
        Assert.Equal([("Defence Command", EntityType.Organization)], Apply(text, Mention(text, "Defence Command", EntityType.Organization)));
    }

    [Fact]
    public void LeadingRoleOrHonorificIsTrimmedFromAPerson()
    {
        const string text = "Reporters asked Lawmaker Wong Kwok-kin and Lord Halifax about it.";
        var m = Apply(text, Mention(text, "Lawmaker Wong Kwok-kin", EntityType.Person), Mention(text, "Lord Halifax", EntityType.Person));
        Assert.Equal([("Wong Kwok-kin", EntityType.Person), ("Halifax", EntityType.Person)], m);
    }

    [Fact]
    public void TitlesThatArePartOfANameStay()
    {
        const string text = "Police said Sheikh Hasina met Earl Feugill and the Duke of Kent.";
        var m = Apply(text, Mention(text, "Sheikh Hasina", EntityType.Person), Mention(text, "Earl Feugill", EntityType.Person),
            Mention(text, "Duke of Kent", EntityType.Person));
        Assert.Equal([("Sheikh Hasina", EntityType.Person), ("Earl Feugill", EntityType.Person), ("Duke of Kent", EntityType.Person)], m);
    }

    [Fact]
    public void SentenceOpeningCommonNounIsTrimmedWhenTheArticleShowsBothHalves()
    {
        const string text = "Steelmaker Norcast to cut jobs. Norcast, Europe's largest steelmaker, said so.";
        var m = Apply(text, Mention(text, "Steelmaker Norcast", EntityType.Organization), Mention(text, "Norcast", EntityType.Organization, 1));
        Assert.Equal([("Norcast", EntityType.Organization), ("Norcast", EntityType.Organization)], m);
    }

    [Fact]
    public void SentenceOpeningNameStaysWholeWithoutBothHalves()
    {
        // "general" is written in lower case, but "Motors" is never a mention of its own.
        const string text = "General Motors cut prices. The general view was calm.";
        Assert.Equal([("General Motors", EntityType.Organization)], Apply(text, Mention(text, "General Motors", EntityType.Organization)));
    }

    [Fact]
    public void AgencyInADatelineOrCreditIsAnOrganisation()
    {
        const string text = "VANCOUVER, July 8 (CP) - Heat warnings were issued. Credit: PA. He said (AP) was wrong and (USA) too.";
        var m = Apply(text, Mention(text, "VANCOUVER", EntityType.Location));
        Assert.Equal([("VANCOUVER", EntityType.Location), ("CP", EntityType.Organization), ("PA", EntityType.Organization),
            ("AP", EntityType.Organization)], m);
    }

    [Fact]
    public void CompassRegionTypedAsOrganisationIsAPlaceWhenTheArticleSaysSo()
    {
        const string text = "Boats crossed the Central Mediterranean and the Eastern Mediterranean. Western Union sent money.";
        var m = Apply(text, Mention(text, "Central Mediterranean", EntityType.Location), Mention(text, "Eastern Mediterranean", EntityType.Organization),
            Mention(text, "Western Union", EntityType.Organization));
        Assert.Equal([("Central Mediterranean", EntityType.Location), ("Eastern Mediterranean", EntityType.Location),
            ("Western Union", EntityType.Organization)], m);
    }

    [Fact]
    public void OneWordPersonTheSentenceCallsItIsAnOrganisation()
    {
        const string text = "Banxico raised its key rate. Banxico said inflation eased. Grabba cut its prices.";
        var m = Apply(text, Mention(text, "Banxico", EntityType.Person), Mention(text, "Banxico", EntityType.Person, 1),
            Mention(text, "Grabba", EntityType.Person));
        Assert.Equal([("Banxico", EntityType.Organization), ("Banxico", EntityType.Organization), ("Grabba", EntityType.Organization)], m);
    }

    [Fact]
    public void OneWordPersonAfterAKindOfBusinessIsACompany()
    {
        const string text = "Shares of ferry operator Harbline rose. Harbline said demand held up. Court clerk Davies spoke.";
        var m = Apply(text, Mention(text, "Harbline", EntityType.Person), Mention(text, "Harbline", EntityType.Person, 1),
            Mention(text, "Davies", EntityType.Person));
        Assert.Equal([("Harbline", EntityType.Organization), ("Harbline", EntityType.Organization), ("Davies", EntityType.Person)], m);
    }

    [Fact]
    public void PersonStaysAPersonWhenItsPointsElsewhere()
    {
        const string speech = "Tesla sold more cars. Musk said its sales rose."; // "its" is Tesla
        Assert.Equal([("Tesla", EntityType.Organization), ("Musk", EntityType.Person)],
            Apply(speech, Mention(speech, "Tesla", EntityType.Organization), Mention(speech, "Musk", EntityType.Person)));

        const string between = "Smith met Jones and its board."; // "and its": Jones may run it
        Assert.Equal([("Smith", EntityType.Person), ("Jones", EntityType.Person)],
            Apply(between, Mention(between, "Smith", EntityType.Person), Mention(between, "Jones", EntityType.Person)));

        const string named = "Dean Clinton spoke. Clinton raised its profile."; // the article names the person in full
        Assert.Equal([("Dean Clinton", EntityType.Person), ("Clinton", EntityType.Person)],
            Apply(named, Mention(named, "Dean Clinton", EntityType.Person), Mention(named, "Clinton", EntityType.Person, 1)));
    }

    [Fact]
    public void PhraseAroundAnUntaggedNameMarksAPlace()
    {
        const string text = "Floods hit homes in southern Rendia and the Harbour district, but not Central Bank offices in the north.";
        Assert.Equal([("Rendia", EntityType.Location), ("Harbour", EntityType.Location)], Apply(text));
    }

    [Fact]
    public void HyphenatedGivenNameAfterAPersonEndsTheName()
    {
        const string text = "Coach Hwang Hee-chan met Kim Min-Woo and Lee Bo-Young-Ah in Seoul.";
        var m = Apply(text, Mention(text, "Hwang", EntityType.Person), Mention(text, "Hee-chan", EntityType.Misc), Mention(text, "Kim", EntityType.Person),
            Mention(text, "Lee", EntityType.Person), Mention(text, "Seoul", EntityType.Location));
        Assert.Equal([("Hwang Hee-chan", EntityType.Person), ("Kim Min-Woo", EntityType.Person), ("Lee", EntityType.Person),
            ("Seoul", EntityType.Location)], m);
    }

    [Fact]
    public void OrganisationFragmentsSeparatedBySpaceOrOfAreOneOrganisation()
    {
        const string text = "Traders on the Harbour Metal Exchange and Gold Fields of Rendia Ltd said Norcast AB and BA and IAG gained.";
        var m = Apply(text, Mention(text, "Harbour Metal", EntityType.Organization), Mention(text, "Exchange", EntityType.Organization),
            Mention(text, "Gold Fields", EntityType.Organization), Mention(text, "Rendia Ltd", EntityType.Organization),
            Mention(text, "Norcast", EntityType.Organization), Mention(text, "AB", EntityType.Organization),
            Mention(text, "BA", EntityType.Organization), Mention(text, "IAG", EntityType.Organization));
        Assert.Equal([("Harbour Metal Exchange", EntityType.Organization), ("Gold Fields of Rendia Ltd", EntityType.Organization),
            ("Norcast AB", EntityType.Organization), ("BA", EntityType.Organization), ("IAG", EntityType.Organization)], m);
    }

    [Fact]
    public void AChainOfFragmentsBecomesOneNameAndTheMentionsAfterItKeepTheirOrder()
    {
        const string text = "The Harbour Metal Exchange of Rendia hired Kim Min Jae in Norcast.";
        var m = Apply(text, Mention(text, "Harbour", EntityType.Organization), Mention(text, "Metal", EntityType.Organization),
            Mention(text, "Exchange", EntityType.Organization), Mention(text, "Rendia", EntityType.Location),
            Mention(text, "Kim", EntityType.Person), Mention(text, "Min", EntityType.Person), Mention(text, "Jae", EntityType.Person),
            Mention(text, "Norcast", EntityType.Location));
        Assert.Equal([("Harbour Metal Exchange", EntityType.Organization), ("Rendia", EntityType.Location), ("Kim Min Jae", EntityType.Person),
            ("Norcast", EntityType.Location)], m);
    }

    [Fact]
    public void AnOrganisationCutAtItsOfTakesThePlaceAfterItButACompanyDoesNotTakeItsSeat()
    {
        const string text = "The State Bank of Rendia sold bonds. Norcast Steel Inc of Harbourtown said so.";
        var m = Apply(text, Mention(text, "Bank of", EntityType.Organization), Mention(text, "Rendia", EntityType.Location),
            Mention(text, "Norcast Steel Inc of", EntityType.Organization), Mention(text, "Harbourtown", EntityType.Location));
        Assert.Equal([("Bank of Rendia", EntityType.Organization), ("Norcast Steel Inc of", EntityType.Organization),
            ("Harbourtown", EntityType.Location)], m);
    }

    [Fact]
    public void OrganisationFragmentsStayApartWhenOneIsALoneAcronymOrLowerCase()
    {
        const string text = "Seats: CDU SPD Greens\nThe Rendia Post bureau said.";
        var m = Apply(text, Mention(text, "CDU", EntityType.Organization), Mention(text, "SPD", EntityType.Organization),
            Mention(text, "Greens", EntityType.Organization), Mention(text, "Rendia Post", EntityType.Organization),
            Mention(text, "bureau", EntityType.Organization));
        Assert.Equal([("CDU", EntityType.Organization), ("SPD", EntityType.Organization), ("Greens", EntityType.Organization),
            ("Rendia Post", EntityType.Organization), ("bureau", EntityType.Organization)], m);
    }

    [Fact]
    public void PlaceOrPersonRightBeforeAnOrganisationHeadIsPartOfTheOrganisation()
    {
        const string text = "The Hong Kong Journalists Association and the Andy Warhol Foundation wrote to Hong Kong officials.";
        var m = Apply(text, Mention(text, "Hong Kong", EntityType.Location), Mention(text, "Journalists Association", EntityType.Organization),
            Mention(text, "Andy Warhol", EntityType.Person), Mention(text, "Foundation", EntityType.Organization),
            Mention(text, "Hong Kong", EntityType.Location, 1));
        Assert.Equal([("Hong Kong Journalists Association", EntityType.Organization), ("Andy Warhol Foundation", EntityType.Organization),
            ("Hong Kong", EntityType.Location)], m);
    }

    [Fact]
    public void LegalFormAfterACommaBelongsToTheCompany()
    {
        const string text = "BRIGHTLINE HEALTH, INC. ANNOUNCES RESULTS\n\nBrightline Health, Inc. said Acme, Ltd. and Boston, Co. agreed.";
        var m = Apply(text, Mention(text, "BRIGHTLINE HEALTH", EntityType.Organization), Mention(text, ", INC", EntityType.Organization),
            Mention(text, "Brightline Health", EntityType.Organization), Mention(text, "Acme", EntityType.Organization),
            Mention(text, "Boston", EntityType.Location));
        Assert.Equal([("BRIGHTLINE HEALTH, INC.", EntityType.Organization), ("Brightline Health, Inc.", EntityType.Organization),
            ("Acme, Ltd.", EntityType.Organization), ("Boston", EntityType.Location)], m);
    }
}
