package org.onrecord.ui.statements;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.ui.common.DemoCaseExtension;
import org.onrecord.ui.common.DemoCaseFixture;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;

import java.time.LocalDate;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim/denial table over the demo case: filters, sorting, the shared selection and edits typed in cells. */
@ExtendWith(DemoCaseExtension.class)
class StatementsViewModelTest {
    final DemoCaseFixture demo;
    final StatementsViewModel table;

    StatementsViewModelTest(DemoCaseFixture demo) {
        this.demo = demo;
        this.table = new StatementsViewModel(demo.state, demo.edits);
    }

    @Test
    void everyStatementOfTheCaseIsARow() {
        assertThat(table.totalCount()).isEqualTo(demo.state.snapshot().statements().size()).isEqualTo(13);
        assertThat(table.visibleCount()).isEqualTo(13);
    }

    @Test
    void aRejectedStatementLeavesTheTable() {
        long forgeries = demo.statement("These documents are forgeries.");
        demo.edits.run("Rejected.", c -> c.reviewStatement(forgeries, ReviewState.REJECTED));

        assertThat(table.totalCount()).isEqualTo(12);
        assertThat(table.rows()).extracting(StatementRow::id).doesNotContain(forgeries);
    }

    @Test
    void hidingAKindHidesItsRows() {
        table.shownKinds().remove("denial");

        assertThat(table.rows()).isNotEmpty().extracting(StatementRow::kind).doesNotContain("denial");
        assertThat(table.visibleCount()).isEqualTo(13 - 4);
    }

    @Test
    void theKindsOfferedAreTheCasesOwnAllShownAtFirst() {
        assertThat(table.kinds()).isEqualTo(demo.state.snapshot().kinds());
        assertThat(table.shownKinds()).containsExactlyInAnyOrderElementsOf(
                demo.state.snapshot().kinds().stream().map(k -> k.code()).toList());
    }

    @Test
    void theSpeakerFilterShowsOnlyWhatThatSpeakerSaid() {
        table.speakerFilterProperty().set("Ada Voss");

        assertThat(table.rows()).hasSize(3).extracting(StatementRow::speaker).containsOnly("Ada Voss");
    }

    @Test
    void theSpeakerChoicesNameEachSpeakerOnceAfterAll() {
        assertThat(table.speakers().getFirst()).isEqualTo(StatementsViewModel.ALL);
        assertThat(table.speakers()).containsOnlyOnce("Ada Voss", "a spokesman for the mayor").doesNotHaveDuplicates();
    }

    @Test
    void theArticleFilterShowsOnlyThatArticlesStatements() {
        table.articleFilterProperty().set("Auditor finds draft lease on city server");

        assertThat(table.rows()).hasSize(4).extracting(StatementRow::article).containsOnly("Auditor finds draft lease on city server");
    }

    @Test
    void allInAFilterShowsEveryRowAgain() {
        table.speakerFilterProperty().set("Ada Voss");
        table.speakerFilterProperty().set(StatementsViewModel.ALL);

        assertThat(table.visibleCount()).isEqualTo(13);
    }

    @Test
    void theWordsFilterAlsoMatchesTheSpeakerAndVia() {
        table.textFilterProperty().set("FORGERIES");
        assertThat(table.rows()).extracting(StatementRow::words).containsExactly("These documents are forgeries.");

        table.textFilterProperty().set("harbour news");
        assertThat(table.rows()).hasSize(2).extracting(StatementRow::via).containsOnly("Harbour News");
    }

    @Test
    void filtersCombine() {
        table.speakerFilterProperty().set("Ada Voss");
        table.articleFilterProperty().set("Union says leaked lease is genuine, threatens strike");

        assertThat(table.rows()).extracting(StatementRow::words)
                .containsExactly("a crude fabrication meant to derail the harbour renewal plan.");
    }

    @Test
    void aSortedTableStaysSortedAfterAnEdit() {
        table.rows().setComparator(Comparator.comparing(StatementRow::speaker));
        long talks = demo.statement("in advanced talks");

        table.setSpeaker(talks, "Aaron Aalto");

        assertThat(table.rows().getFirst().id()).isEqualTo(talks);
        assertThat(table.rows()).isSortedAccordingTo(Comparator.comparing(StatementRow::speaker));
    }

    @Test
    void choosingARowFocusesThatStatementForEveryPane() {
        long forgeries = demo.statement("These documents are forgeries.");

        table.select(forgeries);

        assertThat(demo.state.focus().focus()).isEqualTo(new Focus.OnStatement(forgeries));
        assertThat(demo.state.focus().cameFrom(PaneId.STATEMENTS)).isTrue();
        assertThat(table.isMarked(forgeries)).isTrue();
    }

    @Test
    void aStatementFocusedElsewhereIsSelectedInTheTable() {
        long forgeries = demo.statement("These documents are forgeries.");

        demo.state.focus(new Focus.OnStatement(forgeries), PaneId.TIMELINE);

        assertThat(table.selectedProperty().get()).isEqualTo(forgeries);
    }

    @Test
    void focusingASpeakerMarksWhatTheySaid() {
        demo.state.focus(new Focus.OnEntity(demo.entity("Ada Voss")), PaneId.ENTITIES);

        assertThat(table.markedProperty().get()).contains(demo.statement("These documents are forgeries."),
                demo.statement("No contract exists"));
        assertThat(table.isMarked(demo.statement("We stand by every page."))).isFalse();
    }

    @Test
    void clearingTheSelectionClearsTheSharedFocus() {
        table.select(demo.statement("These documents are forgeries."));

        table.clear();

        assertThat(table.selectedProperty().get()).isNull();
        assertThat(table.markedProperty().get()).isEmpty();
    }

    @Test
    void aSpeakerTypedAsAnAliasLinksThatEntity() {
        long talks = demo.statement("in advanced talks");

        table.setSpeaker(talks, "  the MAYOR ");

        Statement s = demo.open.snapshot().statement(talks).orElseThrow();
        assertThat(s.speakerEntityId()).isEqualTo(demo.entity("Ada Voss"));
        assertThat(s.speaker()).isEqualTo("the MAYOR");
        assertThat(table.rows()).filteredOn(r -> r.id() == talks).extracting(StatementRow::speaker).containsExactly("Ada Voss");
        assertThat(demo.lastSaid()).isEqualTo("Speaker changed.");
    }

    @Test
    void aSpeakerWhoIsNoEntityIsKeptAsADescription() {
        long talks = demo.statement("in advanced talks");

        table.setSpeaker(talks, "a shipping analyst");

        Statement s = demo.open.snapshot().statement(talks).orElseThrow();
        assertThat(s.speakerEntityId()).isNull();
        assertThat(s.speaker()).isEqualTo("a shipping analyst");
    }

    @Test
    void aBlankSpeakerNamesNobody() {
        long talks = demo.statement("in advanced talks");

        table.setSpeaker(talks, " ");

        assertThat(table.rows()).filteredOn(r -> r.id() == talks).extracting(StatementRow::speaker).containsExactly("");
    }

    @Test
    void aKindChosenInTheTableIsOneUndoableEdit() {
        long forgeries = demo.statement("These documents are forgeries.");

        table.setKind(forgeries, "accusation");
        assertThat(demo.open.snapshot().statement(forgeries).orElseThrow().kind()).isEqualTo("accusation");

        demo.edits.run("", c -> c.undo());
        assertThat(demo.open.snapshot().statement(forgeries).orElseThrow().kind()).isEqualTo("denial");
    }

    @Test
    void viaAndDirectnessAreSavedAsTyped() {
        long forgeries = demo.statement("These documents are forgeries.");

        table.setVia(forgeries, " the council ");
        table.setDirect(forgeries, false);

        Statement s = demo.open.snapshot().statement(forgeries).orElseThrow();
        assertThat(s.via()).isEqualTo("the council");
        assertThat(s.direct()).isFalse();
        assertThat(demo.lastSaid()).isEqualTo("Marked as reported speech.");
    }

    @Test
    void aDaySaidIsSavedAndAnEmptyOneClearsIt() {
        long forgeries = demo.statement("These documents are forgeries.");

        table.setDateSaid(forgeries, "2021-03-08");
        assertThat(demo.open.snapshot().statement(forgeries).orElseThrow().dateSaid()).isEqualTo(LocalDate.of(2021, 3, 8));

        table.setDateSaid(forgeries, "");
        assertThat(demo.open.snapshot().statement(forgeries).orElseThrow().dateSaid()).isNull();
    }

    @Test
    void aDaySaidThatIsNoDayChangesNothingAndSaysSo() {
        long forgeries = demo.statement("These documents are forgeries.");

        table.setDateSaid(forgeries, "soon");

        assertThat(demo.lastSaid()).isEqualTo("Not changed: 'soon' is not a day: use YYYY-MM-DD");
        assertThat(demo.open.snapshot().statement(forgeries).orElseThrow().dateSaid()).isEqualTo(LocalDate.of(2021, 3, 9));
        assertThat(demo.open.edits().undoDescription()).isEmpty();
    }

    @Test
    void typingWhatTheCellAlreadySaysMakesNoEdit() {
        long forgeries = demo.statement("These documents are forgeries.");

        table.setVia(forgeries, "Elling Gazette");
        table.setKind(forgeries, "denial");

        assertThat(demo.open.edits().undoDescription()).isEmpty();
    }

    @Test
    void aTableWithoutCommandsIsReadOnly() {
        StatementsViewModel readOnly = new StatementsViewModel(demo.state);
        long forgeries = demo.statement("These documents are forgeries.");

        readOnly.setKind(forgeries, "claim");
        readOnly.delete(forgeries);

        assertThat(readOnly.isEditable()).isFalse();
        assertThat(demo.open.snapshot().statement(forgeries).orElseThrow().kind()).isEqualTo("denial");
    }

    /** Two demo statements turned into unreviewed suggestions with the confidences the rules gave them. */
    private long[] twoSuggestions() {
        long forgeries = demo.statement("These documents are forgeries.");
        Statement other = demo.state.snapshot().statements().stream().filter(s -> s.id() != forgeries).findFirst().orElseThrow();
        var store = demo.open.store();
        store.statements().put(store.statements().find(forgeries).orElseThrow().withState(ReviewState.SUGGESTED));
        store.statements().put(other.withState(ReviewState.SUGGESTED));
        store.statements().setSuggestion(forgeries, 0.9, 0.9, "rule: test");
        store.statements().setSuggestion(other.id(), 0.55, 0.55, "rule: test");
        demo.reload();
        return new long[] {forgeries, other.id()};
    }

    @Test
    void theKindUnsureFilterShowsOnlySuggestionsWhoseKindTheRulesDoubted() {
        long[] ids = twoSuggestions();

        table.kindUnsureOnlyProperty().set(true);

        assertThat(table.rows()).extracting(StatementRow::id).containsExactly(ids[1]);
        table.kindUnsureOnlyProperty().set(false);
        assertThat(table.visibleCount()).isEqualTo(13);
    }

    @Test
    void rowsSortByConfidenceWithWhatAResearcherMadeLast() {
        long[] ids = twoSuggestions();

        table.rows().comparatorProperty().unbind();
        table.rows().setComparator(Comparator.comparing(StatementRow::confidence, Comparator.nullsLast(Comparator.naturalOrder())));

        assertThat(table.rows()).extracting(StatementRow::id).startsWith(ids[1], ids[0]);
        assertThat(table.rows().get(0).confidence()).isEqualTo(0.55);
        assertThat(table.rows().get(2).confidence()).isNull();
    }

    @Test
    void theSureColumnAndTheKindUnsureFilterComeWithSuggestionsOnly() {
        assertThat(table.rulesSureProperty().get()).as("a case made by hand").isFalse();

        twoSuggestions();

        assertThat(table.rulesSureProperty().get()).isTrue();
    }
}
