package org.onrecord.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.analysis.Names;
import org.onrecord.model.Entity;
import org.onrecord.model.Mention;
import org.onrecord.model.ReviewState;
import org.onrecord.store.CaseStore;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review's use cases on a real case file with stored suggestions: one by one, in bulk, and undone. */
class ReviewSuggestionsTest {
    @TempDir
    Path dir;
    AppServices services;
    OpenCase open;
    CaseEdits edits;
    CaseStore store;
    SuggestedCase ids;

    @BeforeEach
    void openCase() throws Exception {
        services = new AppServices();
        SuggestedCase.Opened opened = SuggestedCase.create(services, dir);
        open = opened.open();
        ids = opened.ids();
        edits = open.edits();
        store = open.store();
    }

    @AfterEach
    void close() {
        open.close();
        services.close();
    }

    private Entity entity(long id) {
        return store.entities().find(id).orElseThrow();
    }

    private List<ReviewState> mentionStates(long entityId) {
        return store.entities().mentionsOf(entityId).stream().map(Mention::state).toList();
    }

    @Test
    void suggestionsComeArticleByArticleInReadingOrderWithTheirEvidence() {
        List<Suggestion> queue = open.suggestions();

        assertThat(queue).extracting(s -> s.span().text()).containsExactly("Maria Lund", "Tomas Berg", "Elling", "3 March", "Lund",
                "Elling Harbour Authority", "keep the talks open", "Berg", "Elling Harbour Authority", "last week", "Maria Lund");
        assertThat(queue).hasSize(SuggestedCase.SUGGESTIONS);
        assertThat(queue.get(4).evidence()).isEqualTo("NER: PERSON; same surname as Maria Lund");
        assertThat(queue.get(4).rule()).isEqualTo("NER: PERSON");
        assertThat(queue.get(6).kind()).isEqualTo(Suggestion.Kind.STATEMENT);
        assertThat(queue.get(6).evidence()).isEqualTo("cue: said");
        assertThat(queue.get(3).group()).isEqualTo("EVENT");
        assertThat(SuggestionQueue.count(open.snapshot())).isEqualTo(queue.size());
    }

    @Test
    void acceptingAMentionAcceptsTheEntityItNamesAndOneUndoTakesBothBack() {
        Suggestion first = open.suggestions().getFirst();

        edits.review(first.kind(), first.id(), ReviewState.ACCEPTED);

        assertThat(entity(ids.lund).state()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(store.entities().findMention(first.id()).orElseThrow().state()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(mentionStates(ids.lund)).containsOnly(ReviewState.ACCEPTED, ReviewState.SUGGESTED);
        assertThat(open.suggestions()).hasSize(10);
        assertThat(edits.undoDescription()).contains("Accept “Maria Lund”");

        edits.undo();

        assertThat(entity(ids.lund).state()).isEqualTo(ReviewState.SUGGESTED);
        assertThat(mentionStates(ids.lund)).containsOnly(ReviewState.SUGGESTED);
        assertThat(open.suggestions()).hasSize(11);
    }

    @Test
    void rejectingTheLastMentionOfASuggestedEntityRejectsTheEntityButNotBefore() {
        List<Suggestion> elling = open.suggestions().stream().filter(s -> s.entityId() != null && s.entityId() == ids.berg).toList();
        assertThat(elling).hasSize(2);

        edits.review(Suggestion.Kind.MENTION, elling.get(0).id(), ReviewState.REJECTED);
        assertThat(entity(ids.berg).state()).as("one mention of it is still waiting").isEqualTo(ReviewState.SUGGESTED);

        edits.review(Suggestion.Kind.MENTION, elling.get(1).id(), ReviewState.REJECTED);
        assertThat(entity(ids.berg).state()).isEqualTo(ReviewState.REJECTED);

        edits.undo();
        assertThat(entity(ids.berg).state()).isEqualTo(ReviewState.SUGGESTED);
    }

    @Test
    void acceptingByTypeIsOneEditWithAClearDescription() {
        edits.reviewType("PERSON", ReviewState.ACCEPTED);

        assertThat(edits.undoDescription()).contains("Accept all 5 suggested PERSON mentions");
        assertThat(mentionStates(ids.lund)).containsOnly(ReviewState.ACCEPTED);
        assertThat(mentionStates(ids.berg)).containsOnly(ReviewState.ACCEPTED);
        assertThat(entity(ids.lund).state()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(mentionStates(ids.authority)).containsOnly(ReviewState.SUGGESTED);
        assertThat(open.suggestions()).hasSize(6);

        edits.undo();

        assertThat(open.suggestions()).hasSize(11);
        assertThat(entity(ids.lund).state()).isEqualTo(ReviewState.SUGGESTED);
    }

    @Test
    void rejectingEveryEventIsOneEdit() {
        edits.reviewType("EVENT", ReviewState.REJECTED);

        assertThat(store.events().all()).extracting(e -> e.state()).containsOnly(ReviewState.REJECTED);
        assertThat(edits.undoDescription()).contains("Reject all 2 suggested events");
        edits.undo();
        assertThat(store.events().all()).extracting(e -> e.state()).containsOnly(ReviewState.SUGGESTED);
    }

    @Test
    void rejectingByRuleTakesEverySuggestionOfThatRuleAndNothingElse() {
        edits.reviewRule("NER: PERSON", ReviewState.REJECTED);

        assertThat(edits.undoDescription()).contains("Reject all 5 suggestions proposed by “NER: PERSON”");
        assertThat(mentionStates(ids.lund)).containsOnly(ReviewState.REJECTED);
        assertThat(entity(ids.lund).state()).as("nothing of it is left").isEqualTo(ReviewState.REJECTED);
        assertThat(open.suggestions()).extracting(Suggestion::rule).doesNotContain("NER: PERSON").contains("NER: ORGANIZATION");

        edits.undo();
        assertThat(open.suggestions()).hasSize(11);
    }

    @Test
    void everyMentionOfThisEntityAcceptsTheEntityAndOnlyItsMentions() {
        edits.reviewEntity(ids.lund, ReviewState.ACCEPTED);

        assertThat(edits.undoDescription()).contains("Accept Maria Lund and its 3 mentions");
        assertThat(entity(ids.lund).state()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(mentionStates(ids.lund)).containsOnly(ReviewState.ACCEPTED);
        assertThat(mentionStates(ids.berg)).containsOnly(ReviewState.SUGGESTED);

        edits.undo();
        assertThat(mentionStates(ids.lund)).containsOnly(ReviewState.SUGGESTED);
    }

    @Test
    void reviewingWhatIsReviewedAlreadyChangesNothing() {
        edits.reviewEntity(ids.lund, ReviewState.ACCEPTED);
        assertThatThrownBy(() -> edits.reviewEntity(ids.lund, ReviewState.ACCEPTED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> edits.reviewType("NO SUCH TYPE", ReviewState.ACCEPTED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void suggestedEntitiesCanBeRenamedMergedAndSplitAndASplitNameStaysRefused() {
        edits.renameEntity(ids.lund, "Maria T. Lund", null);
        assertThat(entity(ids.lund).name()).isEqualTo("Maria T. Lund");
        assertThat(entity(ids.lund).state()).as("still to review").isEqualTo(ReviewState.SUGGESTED);

        edits.mergeEntities(ids.lund, List.of(ids.berg));
        assertThat(store.entities().find(ids.berg)).isEmpty();
        assertThat(store.entities().mentionsOf(ids.lund)).hasSize(5);

        long split = edits.splitEntity(ids.lund, "Berg").createdId();
        assertThat(store.entities().mentionsOf(split)).extracting(m -> m.span().text()).containsExactly("Berg");
        assertThat(store.entities().refusedNames().get(ids.lund)).contains(Names.key("Berg"));

        edits.undo();
        assertThat(store.entities().refusedNames().getOrDefault(ids.lund, java.util.Set.of())).doesNotContain(Names.key("Berg"));
        edits.undo();
        edits.undo();
        assertThat(entity(ids.lund).name()).isEqualTo("Maria Lund");
        assertThat(entity(ids.berg).state()).isEqualTo(ReviewState.SUGGESTED);
    }

    @Test
    void theRuleIsTheFirstClauseOfTheEvidenceWithoutItsParticulars() {
        assertThat(EvidenceRule.of("NER: PERSON, inside the hyphenated \"Brad Pitt-starrer\"")).isEqualTo("NER: PERSON");
        assertThat(EvidenceRule.of("NER: ORGANIZATION; same name as Sony Pictures")).isEqualTo("NER: ORGANIZATION");
        assertThat(EvidenceRule.of("quoted title after \"film\"; same name as The Interview")).isEqualTo("quoted title after");
        assertThat(EvidenceRule.of("date: weekday: the last one on or before publication (news convention)")).isEqualTo("date: weekday");
        assertThat(EvidenceRule.of("date: the previous month (2014-11)")).isEqualTo("date: the previous month");
        assertThat(EvidenceRule.of("acronym of Sony Pictures Entertainment; same name as SPE")).isEqualTo("acronym");
        assertThat(EvidenceRule.of("product named with its maker Microsoft")).isEqualTo("product named");
        assertThat(EvidenceRule.of("quoted title listed with another title")).isEqualTo("quoted title listed with another title");
        assertThat(EvidenceRule.of(null)).isEqualTo(EvidenceRule.NONE);
    }
}
