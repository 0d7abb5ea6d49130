package org.onrecord.suggest;

import org.junit.jupiter.api.Test;
import org.onrecord.model.Statement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.suggest.AnalysedArticles.saying;

/**
 * Attributions beyond "X said": quotations between doubled apostrophes, signed quotations and transcript labels,
 * intentions, stances and findings, and a quotation inside a reported clause — through the service on a real case
 * file, on texts written for these tests.
 */
class StatementLayoutAndStanceServiceTest extends AnalysedArticlesTest {
    @Test
    void aQuotationBetweenDoubledApostrophesIsFound() throws Exception {
        List<Statement> all = analyze("''The harbour will close before the spring tides,'' Mayor Anna Lindqvist told me on Tuesday.");
        Statement s = saying(all, "harbour will close");
        assertThat(s.direct()).isTrue();
        assertThat(s.speaker()).isEqualTo("Mayor Anna Lindqvist");
        assertThat(s.cueSpan().text()).isEqualTo("told");
    }

    @Test
    void aQuotationSignedWithADashAndATranscriptLabelNameTheirSpeakers() throws Exception {
        List<Statement> all = analyze("Readers wrote to us about the ferry.\n\n"
                + "“The fares doubled in one winter and nobody asked the islanders.” ― Tomas Berg\n\n"
                + "From the council hearing:\n\n"
                + "\"HOLM: We never approved the dredging contract, and we will say so in court.\n\n"
                + "UPDATE: This story was changed to add the hearing's date.");
        Statement signed = saying(all, "fares doubled");
        assertThat(signed.speaker()).isEqualTo("Tomas Berg");
        assertThat(signed.cueSpan().text()).isEqualTo("―");
        assertThat(signed.direct()).isTrue();
        Statement label = saying(all, "never approved the dredging contract");
        assertThat(label.speaker()).isEqualTo("HOLM");
        assertThat(label.span().text()).startsWith("We never approved");
        assertThat(all).noneMatch(s -> s.span().text().contains("story was changed"));
    }

    @Test
    void intentionsCallsAndFindingsAreAttributedWithAnUnsureKind() throws Exception {
        List<Statement> all = analyze("Councillor Rita Vance wants a full audit of the port accounts. "
                + "The dockworkers' union called for an independent inquiry into the crane collapse. "
                + "A survey of island residents shows support for the new ferry line falling.");
        Statement wants = saying(all, "a full audit of the port accounts");
        assertThat(wants.speaker()).isEqualTo("Councillor Rita Vance");
        assertThat(wants.kind()).isEqualTo("other");
        assertThat(wants.cueSpan().text()).isEqualTo("wants");
        assertThat(store.statements().confidences()).filteredOn(c -> c.statementId() == wants.id())
                .allSatisfy(c -> assertThat(c.kindConfidence()).isLessThan(StatementKindRules.SURE));
        Statement called = saying(all, "an independent inquiry");
        assertThat(called.cueSpan().text()).isEqualTo("called for");
        assertThat(called.span().text()).startsWith("an independent inquiry");
        Statement shows = saying(all, "support for the new ferry line");
        assertThat(shows.speaker()).isEqualTo("A survey of island residents");
    }

    @Test
    void aBeliefWithoutThatIsAttributedButAPoliceFindIsNot() throws Exception {
        List<Statement> all = analyze("Harbour director Jan Nowak believes the strike will end before Christmas. "
                + "Police found a stolen crane near the quay.");
        assertThat(saying(all, "the strike will end").speaker()).isEqualTo("Harbour director Jan Nowak");
        assertThat(all).noneMatch(s -> s.span().text().contains("stolen crane"));
    }

    @Test
    void aQuotationInsideAReportedClauseIsTheWholeClause() throws Exception {
        List<Statement> all = analyze("Mayor Anna Lindqvist said the ferry company would \"restore the winter timetable\" "
                + "by March, but the company denied any change of plan.");
        Statement clause = saying(all, "restore the winter timetable");
        assertThat(clause.span().text()).isEqualTo("the ferry company would \"restore the winter timetable\" by March");
        assertThat(clause.cueSpan().text()).isEqualTo("said");
        assertThat(clause.speaker()).isEqualTo("Mayor Anna Lindqvist");
        assertThat(saying(all, "any change of plan").kind()).isEqualTo("denial");
    }

    @Test
    void aClauseKeepsTheKindItsQuotedWordsTell() throws Exception {
        List<Statement> all = analyze("The ferry company's manager said the islanders should \"please wait for the evening boat\" "
                + "on Saturday.");
        Statement clause = saying(all, "please wait for the evening boat");
        assertThat(clause.span().text()).startsWith("the islanders should");
        assertThat(clause.kind()).isEqualTo("other");
    }

    @Test
    void callingSomethingSomethingIsAStatementButATelephoneCallIsNot() throws Exception {
        List<Statement> all = analyze("The harbour master called the new tariffs a betrayal of the fishermen. "
                + "Later the mayor called the harbour master on Friday evening.");
        Statement named = saying(all, "a betrayal of the fishermen");
        assertThat(named.speaker()).isEqualTo("The harbour master");
        assertThat(named.cueSpan().text()).isEqualTo("called");
        assertThat(all).noneMatch(s -> s.span().text().contains("Friday evening"));
    }

    @Test
    void aBeliefInsideWhatWasSaidLeavesTheSayingAsTheCue() throws Exception {
        List<Statement> all = analyze("Mayor Anna Lindqvist said she hopes the ferry company will \"restore the winter timetable\" "
                + "by March.");
        Statement clause = saying(all, "restore the winter timetable");
        assertThat(clause.cueSpan().text()).isEqualTo("said");
        assertThat(clause.span().text()).startsWith("she hopes the ferry company");
        assertThat(clause.speaker()).isEqualTo("Mayor Anna Lindqvist");
    }
}
