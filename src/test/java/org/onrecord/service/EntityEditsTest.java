package org.onrecord.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Mention;
import org.onrecord.model.Note;
import org.onrecord.model.Statement;
import org.onrecord.service.edit.Edit;
import org.onrecord.service.edit.RowEdit;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityEditsTest {
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

    /** Performs the edit, then checks undo restores the state before and redo the state after, exactly. */
    private <E extends Edit> E roundTrip(E edit) {
        String before = f.dump();
        f.history.perform(edit);
        String after = f.dump();
        assertThat(after).isNotEqualTo(before);
        assertThat(f.dumpFromFile()).isEqualTo(after);
        f.history.undo();
        assertThat(f.dump()).isEqualTo(before);
        assertThat(f.dumpFromFile()).isEqualTo(before);
        f.history.redo();
        assertThat(f.dump()).isEqualTo(after);
        assertThat(f.dumpFromFile()).isEqualTo(after);
        return edit;
    }

    private Entity entity(long id) {
        return f.store.entities().find(id).orElseThrow();
    }

    @Test
    void addEntityKeepsItsIdAcrossUndoAndRedo() {
        RowEdit add = roundTrip(f.entities.add(f.store, " North Korea ", EntityType.LOCATION, List.of("DPRK", "north korea")));
        Entity e = entity(add.createdId());
        assertThat(e.name()).isEqualTo("North Korea");
        assertThat(e.aliases()).containsExactly("North Korea", "DPRK");
        assertThat(f.history.undoDescription()).contains("Add entity North Korea");
    }

    @Test
    void renameReplacesTheNameAmongTheAliasesAndRetypeChangesTheType() {
        long id = f.entity("Nrth Korea", EntityType.PERSON, "DPRK");
        roundTrip(f.entities.edit(f.store, id, "North Korea", EntityType.LOCATION));
        assertThat(entity(id).name()).isEqualTo("North Korea");
        assertThat(entity(id).type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(id).aliases()).containsExactly("North Korea", "DPRK");
    }

    @Test
    void aliasesAreAddedAndRemovedButNotTheName() {
        long id = f.entity("North Korea", EntityType.LOCATION);
        roundTrip(f.entities.addAlias(f.store, id, "DPRK"));
        assertThat(entity(id).aliases()).containsExactly("North Korea", "DPRK");
        assertThatThrownBy(() -> f.entities.addAlias(f.store, id, "dprk")).hasMessageContaining("already goes by");
        roundTrip(f.entities.removeAlias(f.store, id, "DPRK"));
        assertThat(entity(id).aliases()).containsExactly("North Korea");
        assertThatThrownBy(() -> f.entities.removeAlias(f.store, id, "Pyongyang")).hasMessageContaining("has no alias");
    }

    @Test
    void deleteTakesMentionsAndNotesAndUndoBringsBackTheSpeaker() {
        long id = f.entity("DPRK", EntityType.LOCATION);
        f.mention(id, "DPRK", 1);
        long statement = f.history.perform(f.annotations.addStatement(f.store, f.article, f.span("We deny everything"), "denial",
                null, id, null, true, null, null)).createdId();
        f.history.perform(f.notes.add(f.store, Note.NoteTarget.ENTITY, id, "check the spelling"));
        roundTrip(f.entities.delete(f.store, id));
        assertThat(f.store.entities().all()).isEmpty();
        assertThat(f.store.entities().mentions()).isEmpty();
        assertThat(f.store.notes().all()).isEmpty();
        Statement s = f.store.statements().find(statement).orElseThrow();
        assertThat(s.speakerEntityId()).isNull();
        assertThat(s.speaker()).isEqualTo("DPRK");
    }

    @Test
    void mergeMovesNamesMentionsSpeakersAndNotesToTheTarget() {
        long korea = f.entity("North Korea", EntityType.LOCATION);
        long dprk = f.entity("DPRK", EntityType.LOCATION, "the DPRK");
        long mk = f.mention(korea, "North Korea", 1);
        long md1 = f.mention(dprk, "DPRK", 1);
        long md2 = f.mention(dprk, "DPRK", 2);
        long statement = f.history.perform(f.annotations.addStatement(f.store, f.article, f.span("We deny everything"), "denial",
                "the DPRK envoy", dprk, null, true, null, null)).createdId();
        long note = f.history.perform(f.notes.add(f.store, Note.NoteTarget.ENTITY, dprk, "same as North Korea?")).createdId();

        RowEdit merge = roundTrip(f.entities.merge(f.store, korea, List.of(dprk)));

        assertThat(merge.describe()).isEqualTo("Merge DPRK into North Korea");
        assertThat(f.store.entities().all()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(korea);
            assertThat(e.aliases()).containsExactly("North Korea", "DPRK", "the DPRK");
        });
        assertThat(f.store.entities().mentions()).extracting(Mention::id, Mention::entityId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(mk, korea),
                        org.assertj.core.groups.Tuple.tuple(md1, korea), org.assertj.core.groups.Tuple.tuple(md2, korea));
        assertThat(f.store.statements().find(statement).orElseThrow().speakerEntityId()).isEqualTo(korea);
        assertThat(f.store.notes().find(note).orElseThrow().targetId()).isEqualTo(korea);
    }

    @Test
    void mergeRejectsTheTargetItselfUnknownIdsAndNothingToMerge() {
        long korea = f.entity("North Korea", EntityType.LOCATION);
        String before = f.dump();
        assertThatThrownBy(() -> f.entities.merge(f.store, korea, List.of(korea))).hasMessageContaining("into itself");
        assertThatThrownBy(() -> f.entities.merge(f.store, korea, List.of(99L))).hasMessageContaining("no entity with id 99");
        assertThatThrownBy(() -> f.entities.merge(f.store, 99, List.of(korea))).hasMessageContaining("no entity with id 99");
        assertThatThrownBy(() -> f.entities.merge(f.store, korea, List.of())).hasMessageContaining("at least one");
        assertThat(f.dump()).isEqualTo(before);
    }

    @Test
    void splitAfterMergeGivesTheAliasItsMentionsBack() {
        long korea = f.entity("North Korea", EntityType.LOCATION);
        long dprk = f.entity("DPRK", EntityType.LOCATION);
        long mk = f.mention(korea, "North Korea", 1);
        long md1 = f.mention(dprk, "DPRK", 1);
        long md2 = f.mention(dprk, "DPRK", 2);
        f.history.perform(f.entities.merge(f.store, korea, List.of(dprk)));

        RowEdit split = roundTrip(f.entities.split(f.store, korea, "DPRK"));

        long fresh = split.createdId();
        assertThat(entity(fresh).name()).isEqualTo("DPRK");
        assertThat(entity(fresh).type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(korea).aliases()).containsExactly("North Korea");
        assertThat(f.store.entities().mentionsOf(fresh)).extracting(Mention::id).containsExactly(md1, md2);
        assertThat(f.store.entities().mentionsOf(korea)).extracting(Mention::id).containsExactly(mk);
    }

    @Test
    void splitRefusesTheNameAndAnUnknownAlias() {
        long korea = f.entity("North Korea", EntityType.LOCATION, "DPRK");
        assertThatThrownBy(() -> f.entities.split(f.store, korea, "North Korea")).hasMessageContaining("is the name of entity");
        assertThatThrownBy(() -> f.entities.split(f.store, korea, "Pyongyang")).hasMessageContaining("has no alias \"Pyongyang\"");
    }

    @Test
    void mentionsAreAddedAndDeleted() {
        long id = f.entity("Pyongyang", EntityType.LOCATION);
        RowEdit add = roundTrip(f.entities.addMention(f.store, id, f.article, f.span("Pyongyang", 2)));
        Mention m = f.store.entities().findMention(add.createdId()).orElseThrow();
        assertThat(m.span()).isEqualTo(f.span("Pyongyang", 2));
        roundTrip(f.entities.deleteMention(f.store, m.id()));
        assertThat(f.store.entities().mentions()).isEmpty();
        assertThatThrownBy(() -> f.entities.deleteMention(f.store, 42)).hasMessageContaining("no mention with id 42");
    }

    @Test
    void undoingEveryEditOfTheSessionEmptiesTheCaseAndRedoingRebuildsIt() {
        String empty = f.dump();
        long korea = f.entity("North Korea", EntityType.LOCATION);
        long dprk = f.entity("DPRK", EntityType.LOCATION);
        f.mention(dprk, "DPRK", 1);
        f.history.perform(f.entities.merge(f.store, korea, List.of(dprk)));
        f.history.perform(f.entities.split(f.store, korea, "DPRK"));
        String full = f.dump();
        int edits = 0;
        while (f.history.canUndo()) {
            f.history.undo();
            edits++;
        }
        assertThat(edits).isEqualTo(5);
        assertThat(f.dump()).isEqualTo(empty);
        while (f.history.canRedo()) {
            f.history.redo();
        }
        assertThat(f.dump()).isEqualTo(full);
    }
}
