package org.onrecord.store.sqlite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.StatementKind;

import java.nio.file.Path;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The number a window polls to see another writer: it moves on their commits, not on ours, and asking it leaves no old view behind. */
class DataVersionTest {
    @TempDir
    Path dir;

    @Test
    void movesWhenAnotherConnectionCommitsAndNotWhenThisStoreWrites() {
        Path file = dir.resolve("case.onrecord");
        try (SqliteCaseStore mine = SqliteCaseStore.create(file); SqliteCaseStore other = SqliteCaseStore.open(file)) {
            long start = mine.dataVersion().orElseThrow();

            mine.statements().putKind(new StatementKind("mine", "Mine"));
            assertThat(mine.dataVersion()).isEqualTo(OptionalLong.of(start));

            other.statements().putKind(new StatementKind("theirs", "Theirs"));
            assertThat(mine.dataVersion().orElseThrow()).isNotEqualTo(start);
        }
    }

    @Test
    void theWriterSeesAnotherWritersRowsAfterBeingAsked() {
        Path file = dir.resolve("case.onrecord");
        try (SqliteCaseStore mine = SqliteCaseStore.create(file); SqliteCaseStore other = SqliteCaseStore.open(file)) {
            mine.dataVersion();
            other.statements().putKind(new StatementKind("theirs", "Theirs"));

            // Inside a transaction every read goes through the writer: it must see the other's commit.
            boolean seen = mine.transaction(() -> mine.statements().kinds().stream().anyMatch(k -> k.code().equals("theirs")));

            assertThat(seen).isTrue();
        }
    }
}
