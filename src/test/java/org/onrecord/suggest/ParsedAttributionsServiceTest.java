package org.onrecord.suggest;

import org.junit.jupiter.api.Test;
import org.onrecord.model.Statement;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.suggest.AnalysedArticles.saying;

/**
 * Statements only the dependency parse finds (a long phrase between the speaker and the reporting verb, a second
 * reporting verb coordinated with the first), through the service on a real case file, on texts written for these tests.
 */
class ParsedAttributionsServiceTest extends AnalysedArticlesTest {
    @Test
    void aSpeakerFarFromTheVerbBehindAppositionsARelativeClauseOrAParticipleClause() throws Exception {
        List<Statement> all = analyze("Hanna Lind, a marine biologist at the coastal institute and the author of a study of the bay's "
                + "seagrass, said the dredging had killed most of the plants.\n\n"
                + "The dockers' union, which represents some 4,000 workers in the northern ports, said the strike would go on "
                + "until the owners paid.\n\n"
                + "The mayor, speaking to reporters outside the town hall on a wet morning, said the quay would reopen in March.");
        Statement lind = saying(all, "the dredging had killed most of the plants");
        assertThat(lind.direct()).isFalse();
        assertThat(lind.speaker()).isEqualTo("Hanna Lind");
        assertThat(lind.speakerSpan().text()).startsWith("Hanna Lind, a marine biologist").endsWith("seagrass");
        assertThat(lind.cueSpan().text()).isEqualTo("said");
        Statement union = saying(all, "the strike would go on until the owners paid");
        assertThat(union.speaker()).isEqualTo("The dockers' union");
        assertThat(union.speakerSpan().text()).contains("which represents");
        Statement mayor = saying(all, "the quay would reopen in March");
        assertThat(mayor.speaker()).isEqualTo("The mayor");
        assertThat(mayor.speakerSpan().text()).as("a participle clause is not part of how the speaker is named").isEqualTo("The mayor");
        assertThat(store.statements().evidence(mayor.id()).orElseThrow()).contains("rule: parse:");
    }

    @Test
    void aSecondReportingVerbCoordinatedWithTheFirstIsAStatementOfItsOwn() throws Exception {
        List<Statement> all = analyze("The ferry company denied the charges and said its ships had passed every inspection since 2010.");
        Statement denied = saying(all, "the charges");
        assertThat(denied.span().text()).isEqualTo("the charges");
        assertThat(denied.kind()).isEqualTo("denial");
        Statement said = saying(all, "its ships had passed every inspection");
        assertThat(said.speaker()).isEqualTo("The ferry company");
        assertThat(said.cueSpan().text()).isEqualTo("said");
        assertThat(said.kind()).isEqualTo("claim");
    }

    @Test
    void aQuotationWhoseSpeakerIsNamedAfterItThroughAParse() throws Exception {
        List<Statement> all = analyze("“The channel will be deepened whatever the court decides,” Piotr Zielinski, the port's chief "
                + "engineer and a member of the dredging board since 2009, one of its founders, said on Monday.");
        Statement s = saying(all, "The channel will be deepened");
        assertThat(s.direct()).isTrue();
        assertThat(s.speaker()).isEqualTo("Piotr Zielinski");
        assertThat(s.cueSpan().text()).isEqualTo("said");
        assertThat(s.dateSaid()).isEqualTo(LocalDate.of(2014, 12, 1));
    }

    @Test
    void whomSomethingWasToldIsNeverItsSpeaker() throws Exception {
        List<Statement> all = analyze("''We will not sign anything this year,'' Anna Berg, the chairwoman of the board and a former "
                + "minister of transport, told the local radio.");
        assertThat(all).noneMatch(s -> s.speaker().contains("local radio"));
    }

    @Test
    void verbsWithoutSaidWordsOrWithoutASpeakerGiveNoStatement() throws Exception {
        List<Statement> all = analyze("The governor, visiting the flooded villages, thanked the volunteers and praised their courage. "
                + "The museum helps a visitor understand the old harbour. The committee was told the budget had been cut. "
                + "The dockers plan to say more about the wages next week.");
        // an intention is proposed by the stance rules as kind "other" (unsure), never as something said
        assertThat(all).allSatisfy(s -> {
            assertThat(s.cueSpan().text()).isEqualTo("plan");
            assertThat(s.kind()).isEqualTo("other");
        });
    }

    @Test
    void aParticipleOfSayingAfterAClauseOrAQuotationOrAfterByIsSaidByTheMainClausesSubject() throws Exception {
        List<Statement> all = analyze("The fishermen's guild answered the ministry's letter by saying its members had never been "
                + "consulted.\n\n"
                + "“The tides have been higher than in any year since 1953,” the warden said, adding that the sea wall would be "
                + "raised.\n\n"
                + "The ferry company cancelled the evening crossing, leaving dozens of passengers stranded in the port.");
        Statement guild = saying(all, "its members had never been consulted");
        assertThat(guild.speakerSpan().text()).isEqualTo("The fishermen's guild");
        assertThat(guild.cueSpan().text()).isEqualTo("saying");
        Statement wall = saying(all, "the sea wall would be raised");
        assertThat(wall.speakerSpan().text()).as("not the quotation's first words").isEqualTo("the warden");
        assertThat(wall.cueSpan().text()).isEqualTo("adding");
        assertThat(all).as("a participle that reports nothing").noneMatch(s -> s.span().text().contains("passengers"));
    }

    @Test
    void aSpeakerNamedByAQuantityAndTheWordsDescribingIt() throws Exception {
        List<Statement> all = analyze("Those close to her say the harbour master will retire in the spring.\n\n"
                + "One of the union's lawyers, Marta Nowak, said the dismissals broke the contract.");
        assertThat(saying(all, "will retire in the spring").speakerSpan().text()).isEqualTo("Those close to her");
        Statement lawyer = saying(all, "the dismissals broke the contract");
        assertThat(lawyer.speakerSpan().text()).startsWith("One of the union's lawyers").endsWith("Marta Nowak");
        assertThat(lawyer.cueSpan().text()).isEqualTo("said");
    }

    @Test
    void aReportedClauseHoldingAnotherAttributionIsAStatementAroundIt() throws Exception {
        List<Statement> all = analyze("The mayor says she admired the courage of what the dockers call a “long and lonely strike.”");
        Statement mayor = saying(all, "she admired the courage");
        assertThat(mayor.speakerSpan().text()).isEqualTo("The mayor");
        assertThat(mayor.cueSpan().text()).isEqualTo("says");
        assertThat(mayor.span().text()).endsWith("strike.”");
        assertThat(all).anySatisfy(s -> assertThat(s.cueSpan().text()).isEqualTo("call"));
    }

    @Test
    void aReportingVerbWithItsOwnSubjectAfterButEndsTheFirstStatement() throws Exception {
        List<Statement> all = analyze("The footage shows the barge drifting toward the pier before the collision, but the captain "
                + "said the engine had failed.");
        Statement footage = saying(all, "the barge drifting");
        assertThat(footage.span().text()).doesNotContain("captain");
        Statement captain = saying(all, "the engine had failed");
        assertThat(captain.speakerSpan().text()).isEqualTo("the captain");
        assertThat(captain.cueSpan().text()).isEqualTo("said");
    }
}
