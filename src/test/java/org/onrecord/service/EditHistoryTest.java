package org.onrecord.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.AnchorState;
import org.onrecord.model.EntityType;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.service.edit.RowChange;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.service.edit.Table;
import org.onrecord.store.StoreException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditHistoryTest {
    @TempDir
    Path dir;

    @Test
    void everyEditIsInTheFileAtOnce() {
        try (EditFixture f = new EditFixture(dir)) {
            long korea = f.entity("North Korea", EntityType.LOCATION);
            assertThat(f.dumpFromFile()).contains("North Korea").isEqualTo(f.dump());
            long dprk = f.entity("DPRK", EntityType.LOCATION);
            f.mention(dprk, "DPRK", 1);
            assertThat(f.dumpFromFile()).isEqualTo(f.dump());
            f.history.perform(f.entities.merge(f.store, korea, List.of(dprk)));
            assertThat(f.dumpFromFile()).isEqualTo(f.dump()).doesNotContain("Entity[id=" + dprk);
            f.history.undo();
            assertThat(f.dumpFromFile()).isEqualTo(f.dump()).contains("Entity[id=" + dprk);
            f.history.redo();
            assertThat(f.dumpFromFile()).isEqualTo(f.dump());
        }
    }

    @Test
    void aFailingEditChangesNothingAndIsNotRecorded() {
        try (EditFixture f = new EditFixture(dir)) {
            long korea = f.entity("North Korea", EntityType.LOCATION);
            String before = f.dump();
            Mention orphan = new Mention(0, 999, f.article, f.span("DPRK", 1), Origin.RESEARCHER, ReviewState.ACCEPTED,
                    AnchorState.ANCHORED);
            var entity = f.store.entities().find(korea).orElseThrow();
            RowEdit broken = new RowEdit("broken", List.of(
                    RowChange.changed(Table.ENTITY, entity, new org.onrecord.model.Entity(korea, "Renamed", entity.type(),
                            List.of("Renamed"), entity.origin(), entity.state())),
                    RowChange.created(Table.MENTION, orphan)));
            assertThatThrownBy(() -> f.history.perform(broken)).isInstanceOf(StoreException.class);
            assertThat(f.dump()).isEqualTo(before);
            assertThat(f.dumpFromFile()).isEqualTo(before);
            assertThat(f.history.undoDescription()).contains("Add entity North Korea");
        }
    }

    @Test
    void undoAndRedoAreOfferedOnlyWhenPossibleAndListenersHearEveryChange() {
        try (EditFixture f = new EditFixture(dir)) {
            List<String> heard = new ArrayList<>();
            f.history.addListener(() -> heard.add(f.history.canUndo() + "/" + f.history.canRedo()));
            assertThat(f.history.canUndo()).isFalse();
            assertThatThrownBy(f.history::undo).isInstanceOf(IllegalStateException.class);
            f.entity("North Korea", EntityType.LOCATION);
            f.history.undo();
            assertThat(f.history.redoDescription()).contains("Add entity North Korea");
            f.history.redo();
            f.history.undo();
            f.entity("Pyongyang", EntityType.LOCATION);
            assertThat(f.history.canRedo()).as("a new edit drops what could be redone").isFalse();
            assertThatThrownBy(f.history::redo).isInstanceOf(IllegalStateException.class);
            assertThat(heard).containsExactly("true/false", "false/true", "true/false", "false/true", "true/false");
        }
    }

    @Test
    void undoRefusesWhenTheRowsWereChangedOutsideTheHistoryAndChangesNothing() {
        try (EditFixture f = new EditFixture(dir)) {
            long id = f.entity("North Korea", EntityType.LOCATION);
            f.history.perform(f.entities.addAlias(f.store, id, "DPRK"));
            var e = f.store.entities().find(id).orElseThrow();
            f.store.entities().put(new org.onrecord.model.Entity(id, "Korea, North", e.type(), e.aliases(), e.origin(), e.state()));
            String before = f.dump();
            assertThatThrownBy(f.history::undo).isInstanceOf(org.onrecord.service.edit.EditConflictException.class)
                    .hasMessage("cannot undo \"Add alias DPRK to North Korea\": entity " + id + " has changed since; nothing was changed");
            assertThat(f.dump()).isEqualTo(before);
            assertThat(f.history.undoDescription()).contains("Add alias DPRK to North Korea");
        }
    }

    @Test
    void aRedoneCreationGetsItsOldIdBack() {
        try (EditFixture f = new EditFixture(dir)) {
            long id = f.entity("North Korea", EntityType.LOCATION);
            long mention = f.mention(id, "North Korea", 1);
            f.history.undo();
            f.history.undo();
            assertThat(f.store.entities().all()).isEmpty();
            f.history.redo();
            f.history.redo();
            assertThat(f.store.entities().find(id)).isPresent();
            assertThat(f.store.entities().findMention(mention).orElseThrow().entityId()).isEqualTo(id);
        }
    }
}
