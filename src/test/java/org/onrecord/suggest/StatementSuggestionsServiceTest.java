package org.onrecord.suggest;

import org.junit.jupiter.api.Test;
import org.onrecord.model.Entity;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementConfidence;
import org.onrecord.progress.Progress;
import org.onrecord.service.AnalysisService.Kind;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.suggest.AnalysedArticles.saying;

/**
 * Statement suggestions through the service on a real case file, on texts written for these tests
 * (the language models are loaded once for the whole test run).
 */
class StatementSuggestionsServiceTest extends AnalysedArticlesTest {
    @Test
    void aQuoteWithItsSpeakerCueAddresseeAndTheDayItWasSaid() throws Exception {
        List<Statement> all = analyze("“The owners have broken every promise they made,” union leader Marta Kowalczyk told "
                + "Radio Baltic on Tuesday.");
        Statement s = saying(all, "broken every promise");
        assertThat(s.direct()).isTrue();
        assertThat(s.speaker()).isEqualTo("union leader Marta Kowalczyk");
        assertThat(s.speakerSpan().text()).isEqualTo("union leader Marta Kowalczyk");
        assertThat(s.cueSpan().text()).isEqualTo("told");
        assertThat(s.via()).isEqualTo("Radio Baltic");
        assertThat(s.dateSaid()).isEqualTo(LocalDate.of(2014, 12, 2));
        assertThat(s.origin()).isEqualTo(Origin.SUGGESTED);
        assertThat(s.state()).isEqualTo(ReviewState.SUGGESTED);
        assertThat(store.statements().evidence(s.id()).orElseThrow()).contains("rule: ", "cue: \"told\"", "speaker: ");
        assertThat(store.statements().confidences()).extracting(StatementConfidence::statementId).contains(s.id());
    }

    @Test
    void aQuotationOverTwoParagraphsIsOneStatementAndOneThatRunsOnKeepsTheSpeaker() throws Exception {
        List<Statement> all = analyze("“We will not sign this agreement,” the harbour director said. “The offer insults every docker.”\n\n"
                + "“Our members have waited three years for a fair wage. They will wait no longer.\n\n"
                + "“The strike goes on until the owners return to the table,” the director added.");
        assertThat(saying(all, "insults every docker").speaker()).isEqualTo("the harbour director");
        Statement split = saying(all, "waited three years");
        assertThat(split.span().text()).contains("return to the table");
        assertThat(all.stream().filter(s -> s.span().text().contains("return to the table"))).hasSize(1);
        assertThat(split.speaker()).isEqualTo("the director");
    }

    @Test
    void reportedSpeechKeepsTheReportedWordsAndTheSpeaker() throws Exception {
        List<Statement> all = analyze("The port authority on Wednesday denied locking out the dockers. Harbour director Jan Nowak "
                + "said the allegation was groundless. According to the transport ministry, the talks will resume in January. "
                + "The shipowners’ association declined to comment.");
        Statement denied = saying(all, "locking out the dockers");
        assertThat(denied.direct()).isFalse();
        assertThat(denied.span().text()).isEqualTo("locking out the dockers");
        assertThat(denied.speaker()).isEqualTo("The port authority");
        assertThat(denied.kind()).isEqualTo("denial");
        assertThat(denied.dateSaid()).isEqualTo(LocalDate.of(2014, 12, 3));
        Statement groundless = saying(all, "the allegation was groundless");
        assertThat(groundless.kind()).isEqualTo("denial");
        assertThat(groundless.speakerEntityId()).isNotNull();
        assertThat(store.entities().find(groundless.speakerEntityId()).map(Entity::name)).contains("Jan Nowak");
        Statement according = saying(all, "the talks will resume in January");
        assertThat(according.speaker()).isEqualTo("the transport ministry");
        assertThat(according.cueSpan().text()).isEqualTo("According to");
        assertThat(according.dateSaid()).as("a date inside the said words dates nothing").isNull();
        Statement noComment = all.stream().filter(s -> s.kind().equals("no_comment")).findFirst().orElseThrow();
        assertThat(noComment.speaker()).isEqualTo("The shipowners’ association");
    }

    @Test
    void titlesNamesAndScareQuotesAreNoStatements() throws Exception {
        List<Statement> all = analyze("The union screened the documentary “Dock Strike” and its members sang “Solidarity Forever” "
                + "at the rally. A group calling itself “Friends of the Port” paid for the so-called “independent” report.");
        assertThat(all).isEmpty();
    }

    @Test
    void aNestedQuoteStaysInsideItsStatement() throws Exception {
        List<Statement> all = analyze("“The minister told us ‘the port will never close,’ and we believed him,” Kowalczyk said.");
        assertThat(all).hasSize(1);
        assertThat(all.getFirst().span().text()).contains("‘the port will never close,’", "we believed him");
        assertThat(all.getFirst().speaker()).isEqualTo("Kowalczyk");
    }

    @Test
    void aPronounSpeakerIsTheNearestFittingSpeakerBeforeIt() throws Exception {
        List<Statement> all = analyze("The crane operators stayed home on Monday. “Nobody will unload a ship this week,” a spokeswoman "
                + "for the dockers’ union said. She said the owners had refused every offer.");
        Statement s = saying(all, "the owners had refused every offer");
        assertThat(s.speaker()).isEqualTo("a spokeswoman for the dockers’ union");
        assertThat(s.speakerSpan().text()).isEqualTo("She");
    }

    @Test
    void everyKindFromItsVerbOrItsWords() throws Exception {
        List<Statement> all = analyze("Kowalczyk accused the owners of breaking the law. The union warned that it would block "
                + "every ship in the harbour. Nowak said the port handled a record number of containers last year. "
                + "“Please be patient,” the mayor told reporters. The union denounced a “brazen” attack on its office. "
                + "“This lockout is a fabrication of the owners,” a union lawyer said. "
                + "The shipping company did not respond to a request for comment.");
        assertThat(saying(all, "the owners of breaking the law").kind()).isEqualTo("accusation");
        assertThat(saying(all, "block every ship").kind()).isEqualTo("threat");
        Statement claim = saying(all, "record number of containers");
        assertThat(claim.kind()).isEqualTo("claim");
        assertThat(saying(all, "Please be patient").kind()).isEqualTo("other");
        Statement brazen = saying(all, "brazen");
        assertThat(brazen.kind()).isEqualTo("accusation");
        assertThat(brazen.speaker()).isEqualTo("The union");
        assertThat(saying(all, "fabrication").kind()).isEqualTo("denial");
        assertThat(all.stream().filter(s -> s.kind().equals("no_comment")).map(Statement::speaker)).containsExactly("The shipping company");
        var unsure = store.statements().confidences().stream().filter(StatementConfidence::kindUnsure)
                .map(StatementConfidence::statementId).toList();
        assertThat(unsure).as("a claim found by default is marked unsure").contains(claim.id());
    }

    @Test
    void aNewRunReplacesOnlyTheStatementsNobodyReviewed() throws Exception {
        List<Statement> all = analyze("“The owners have broken every promise,” Kowalczyk said. Nowak said the port would stay open.");
        Statement accepted = saying(all, "broken every promise").withState(ReviewState.ACCEPTED);
        store.statements().put(accepted);
        articles.services().analysis().analyze(store, List.of(), EnumSet.of(Kind.STATEMENTS), Progress.NONE);
        List<Statement> again = store.statements().all();
        assertThat(again).hasSize(2);
        assertThat(again).filteredOn(s -> s.state() == ReviewState.ACCEPTED).extracting(Statement::id).containsExactly(accepted.id());
    }
}
