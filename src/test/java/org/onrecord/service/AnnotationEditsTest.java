package org.onrecord.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.AnchorState;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Note;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.service.edit.Edit;
import org.onrecord.service.edit.RowEdit;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnotationEditsTest {
    @TempDir
    Path dir;
    EditFixture f;

    @BeforeEach
    void open() {
        f = new EditFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private <E extends Edit> E roundTrip(E edit) {
        String before = f.dump();
        f.history.perform(edit);
        String after = f.dump();
        assertThat(after).isNotEqualTo(before);
        assertThat(f.dumpFromFile()).isEqualTo(after);
        f.history.undo();
        assertThat(f.dump()).isEqualTo(before);
        f.history.redo();
        assertThat(f.dump()).isEqualTo(after);
        return edit;
    }

    private long statement() {
        return f.history.perform(f.annotations.addStatement(f.store, f.article, f.span("We deny everything"), "denial",
                "the DPRK envoy", null, null, true, null, null)).createdId();
    }

    @Test
    void addStatementWithANoteStoresBothAsOneEdit() {
        long speaker = f.entity("DPRK", EntityType.LOCATION);
        RowEdit add = roundTrip(f.annotations.addStatement(f.store, f.article, f.span("We deny everything"), "denial",
                " ", speaker, "Elling Gazette", true, LocalDate.of(2014, 12, 4), "ask the envoy"));
        Statement s = f.store.statements().find(add.createdId()).orElseThrow();
        assertThat(s.speaker()).isEqualTo("DPRK");
        assertThat(s.speakerEntityId()).isEqualTo(speaker);
        assertThat(s.via()).isEqualTo("Elling Gazette");
        assertThat(s.dateSaid()).isEqualTo(LocalDate.of(2014, 12, 4));
        assertThat(f.store.notes().of(Note.NoteTarget.STATEMENT, s.id())).singleElement()
                .extracting(Note::text).isEqualTo("ask the envoy");
        f.history.undo();
        assertThat(f.store.notes().all()).isEmpty();
    }

    @Test
    void aStatementOfAnUnknownKindOrSpeakerOrOutsideTheBodyChangesNothing() {
        String before = f.dump();
        assertThatThrownBy(() -> f.annotations.addStatement(f.store, f.article, f.span("We deny everything"), "rumour",
                null, null, null, true, null, null)).hasMessageContaining("unknown statement kind 'rumour'");
        assertThatThrownBy(() -> f.annotations.addStatement(f.store, f.article, f.span("We deny everything"), "claim",
                null, 77L, null, true, null, null)).hasMessageContaining("no entity with id 77");
        assertThatThrownBy(() -> f.annotations.addStatement(f.store, f.article, new org.onrecord.model.TextSpan(5, 5000, ""),
                "claim", null, null, null, true, null, null)).hasMessageContaining("outside the article body");
        assertThatThrownBy(() -> f.annotations.addStatement(f.store, 9, f.span("We deny everything"), "claim",
                null, null, null, true, null, null)).hasMessageContaining("no article with id 9");
        assertThat(f.dump()).isEqualTo(before);
    }

    @Test
    void editStatementChangesKindSpeakerViaDirectDateAndSpan() {
        long id = statement();
        Statement old = f.store.statements().find(id).orElseThrow();
        Statement changed = new Statement(id, old.articleId(), f.span("We deny everything,\""), "an envoy", null, null, null,
                "state radio", "claim", false, LocalDate.of(2014, 12, 1), old.origin(), old.state(), old.anchor());
        roundTrip(f.annotations.editStatement(f.store, changed));
        Statement s = f.store.statements().find(id).orElseThrow();
        assertThat(s.kind()).isEqualTo("claim");
        assertThat(s.direct()).isFalse();
        assertThat(s.via()).isEqualTo("state radio");
        assertThat(s.span().text()).isEqualTo("We deny everything,\"");
        assertThatThrownBy(() -> f.annotations.editStatement(f.store, s)).hasMessageContaining("nothing to change");
    }

    @Test
    void deleteStatementTakesItsNotesAndUndoBringsThemBack() {
        long id = statement();
        f.history.perform(f.notes.add(f.store, Note.NoteTarget.STATEMENT, id, "first heard on radio"));
        roundTrip(f.annotations.deleteStatement(f.store, id));
        assertThat(f.store.statements().all()).isEmpty();
        assertThat(f.store.notes().all()).isEmpty();
    }

    @Test
    void eventWithoutAValueStoresTheProposedDateUnfixed() {
        RowEdit add = roundTrip(f.annotations.addEvent(f.store, f.article, f.span("2014-11-24"), null, "talks resumed"));
        Event e = f.store.events().find(add.createdId()).orElseThrow();
        assertThat(e.date()).isEqualTo(DateValue.day(LocalDate.of(2014, 11, 24)));
        assertThat(e.dateFixed()).isFalse();
        assertThat(e.description()).isEqualTo("talks resumed");
    }

    @Test
    void eventWithNothingToProposeAndNoValueAsksForAValue() {
        String before = f.dump();
        assertThatThrownBy(() -> f.annotations.addEvent(f.store, f.article, f.span("last month"), null, null))
                .hasMessageContaining("no date could be read from \"last month\"").hasMessageContaining("--value");
        assertThat(f.dump()).isEqualTo(before);
    }

    @Test
    void editingAnEventsValueFixesItsDate() {
        long id = f.history.perform(f.annotations.addEvent(f.store, f.article, f.span("last month"),
                DateValues.parse("PAST_REF", null, null), null)).createdId();
        Event old = f.store.events().find(id).orElseThrow();
        assertThat(old.dateFixed()).isTrue();
        f.history.undo();
        f.history.redo();
        long proposed = f.history.perform(f.annotations.addEvent(f.store, f.article, f.span("2014-11-24"), null, null)).createdId();
        Event e = f.store.events().find(proposed).orElseThrow();
        DateValue month = DateValues.parse("2014-11", null, null);
        roundTrip(f.annotations.editEvent(f.store, new Event(e.id(), e.articleId(), e.span(), month, "the talks", false,
                e.origin(), e.state(), e.anchor())));
        Event edited = f.store.events().find(proposed).orElseThrow();
        assertThat(edited.date()).isEqualTo(month);
        assertThat(edited.date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(edited.dateFixed()).isTrue();
        assertThat(edited.description()).isEqualTo("the talks");
    }

    @Test
    void deleteEventTakesItsNotes() {
        long id = f.history.perform(f.annotations.addEvent(f.store, f.article, f.span("2014-11-24"), null, null)).createdId();
        f.history.perform(f.notes.add(f.store, Note.NoteTarget.EVENT, id, "date from the press release"));
        roundTrip(f.annotations.deleteEvent(f.store, id));
        assertThat(f.store.events().all()).isEmpty();
        assertThat(f.store.notes().all()).isEmpty();
        assertThatThrownBy(() -> f.annotations.deleteEvent(f.store, id)).hasMessageContaining("no event with id " + id);
    }

    @Test
    void theCaseKeepsItsOwnExtendableListOfKinds() {
        roundTrip(f.annotations.addKind(f.store, "promise", "Promise"));
        assertThat(f.annotations.kinds(f.store)).last().isEqualTo(new StatementKind("promise", "Promise"));
        assertThat(f.history.perform(f.annotations.addStatement(f.store, f.article, f.span("We deny everything"), "promise",
                null, null, null, true, null, null)).createdId()).isPositive();
        assertThatThrownBy(() -> f.annotations.addKind(f.store, "promise", "Again")).hasMessageContaining("already has");
        assertThatThrownBy(() -> f.annotations.addKind(f.store, "Big Claim", "x")).hasMessageContaining("lower-case");
    }

    @Test
    void notesAreAddedEditedDeletedAndFoundByTheirWords() {
        RowEdit add = roundTrip(f.notes.add(f.store, Note.NoteTarget.ARTICLE, f.article, "Ask the harbour board about the ferry tender"));
        long id = add.createdId();
        assertThat(f.notes.search(f.store, "tender", 10)).singleElement().satisfies(hit -> {
            assertThat(hit.note().id()).isEqualTo(id);
            assertThat(hit.snippet()).contains("[tender]");
        });
        roundTrip(f.notes.edit(f.store, id, "Ask the port authority about the bridge"));
        assertThat(f.notes.search(f.store, "tender", 10)).isEmpty();
        assertThat(f.notes.search(f.store, "bridge", 10)).hasSize(1);
        roundTrip(f.notes.delete(f.store, id));
        assertThat(f.notes.search(f.store, "bridge", 10)).isEmpty();
        f.history.undo();
        assertThat(f.notes.search(f.store, "bridge", 10)).hasSize(1);
        assertThatThrownBy(() -> f.notes.add(f.store, Note.NoteTarget.STATEMENT, 5, "x")).hasMessageContaining("no statement with id 5");
        assertThatThrownBy(() -> f.notes.add(f.store, Note.NoteTarget.ARTICLE, f.article, " ")).hasMessageContaining("must not be empty");
    }

    @Test
    void anAnchorStateSurvivesAnEditThatKeepsTheSpan() {
        long id = statement();
        Statement s = f.store.statements().find(id).orElseThrow();
        assertThat(s.anchor()).isEqualTo(AnchorState.ANCHORED);
    }
}
