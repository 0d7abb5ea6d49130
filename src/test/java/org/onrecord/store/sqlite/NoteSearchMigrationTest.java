package org.onrecord.store.sqlite;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.SearchQuery;
import org.onrecord.model.Note;
import org.onrecord.model.NoteHit;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class NoteSearchMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionOneCaseGetsNoteSearchOverItsExistingNotesWhenOpened() throws Exception {
        Path file = dir.resolve("old.onrecord");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("INSERT INTO entity (id, name, type) VALUES (1, 'Harbour Board', 'ORGANIZATION')");
            st.execute("INSERT INTO note (target_type, target_id, text, created) VALUES "
                    + "('entity', 1, 'The board chair resigned over the ferry tender', '2021-03-09T10:00:00Z')");
        }
        try (var store = SqliteCaseStore.open(file)) {
            assertThat(store.notes().search(SearchQuery.parse("tender"), 10)).singleElement().satisfies(hit -> {
                assertThat(hit.note().target()).isEqualTo(Note.NoteTarget.ENTITY);
                assertThat(hit.snippet()).contains("[tender]");
            });
        }
    }

    @Test
    void noteSearchFollowsInsertsUpdatesAndDeletesAndRanksBestFirst() {
        try (var store = SqliteCaseStore.create(dir.resolve("n.onrecord"))) {
            long article = store.articles().add(CaseFileTest.article("a.txt", "The ferry crews returned on Monday."));
            long a = store.notes().put(new Note(0, Note.NoteTarget.ARTICLE, article, "ferry ferry ferry timetable", Instant.EPOCH));
            long b = store.notes().put(new Note(0, Note.NoteTarget.ARTICLE, article, "ask about the ferry once", Instant.EPOCH));
            assertThat(store.notes().search(SearchQuery.parse("ferry"), 10)).extracting(h -> h.note().id()).containsExactly(a, b);
            store.notes().put(new Note(b, Note.NoteTarget.ARTICLE, article, "ask about the bridge", Instant.EPOCH));
            assertThat(store.notes().search(SearchQuery.parse("ferry"), 10)).extracting(h -> h.note().id()).containsExactly(a);
            store.notes().delete(a);
            assertThat(store.notes().search(SearchQuery.parse("ferry"), 10)).isEmpty();
            assertThat(store.notes().search(SearchQuery.parse("brid*"), 10)).extracting(NoteHit::snippet).singleElement().asString().contains("[bridge]");
            assertThat(store.notes().search(SearchQuery.parse("   "), 10)).isEmpty();
        }
    }

    @Test
    void aNestedTransactionCommitsWithTheOuterOneAndReadsItsOwnWrites() {
        try (var store = SqliteCaseStore.create(dir.resolve("t.onrecord"))) {
            long article = store.articles().add(CaseFileTest.article("a.txt", "The ferry crews returned on Monday."));
            try {
                store.inTransaction(() -> {
                    store.notes().put(new Note(0, Note.NoteTarget.ARTICLE, article, "first", Instant.EPOCH));
                    assertThat(store.notes().all()).as("reads inside see the writes").hasSize(1);
                    throw new IllegalStateException("give up");
                });
            } catch (IllegalStateException expected) {
                // the whole transaction is rolled back
            }
            assertThat(store.notes().all()).isEmpty();
        }
    }
}
