package org.onrecord.store.sqlite;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.DamagedCopies;
import org.onrecord.store.CaseCounts;
import org.onrecord.store.CaseHealth;
import org.onrecord.store.NotACaseException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The integrity check and the online copy on real cases and real damaged copies of them. */
class CaseFilesIntegrityTest {
    @TempDir
    static Path dir;
    static Path healthy;
    final SqliteCaseFiles files = new SqliteCaseFiles();

    @BeforeAll
    static void makeCase() throws Exception {
        healthy = DamagedCopies.realCase(dir, "harbour");
    }

    @Test
    void aHealthyCaseIsHealthy() {
        assertThat(files.check(healthy, Duration.ofSeconds(30)).state()).isEqualTo(CaseHealth.State.HEALTHY);
    }

    @Test
    void pagesOverwrittenInTheMiddleAreFoundAndNamed() throws Exception {
        Path damaged = DamagedCopies.damagedCopy(healthy, "damaged");
        CaseHealth health = files.check(damaged, Duration.ofSeconds(30));
        assertThat(health.state()).isEqualTo(CaseHealth.State.DAMAGED);
        assertThat(health.findings()).isNotEmpty();
    }

    @Test
    void aCheckThatRunsOutOfTimeSaysSoInsteadOfGuessing() {
        assertThat(files.check(healthy, Duration.ZERO).state()).isEqualTo(CaseHealth.State.UNFINISHED);
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedAsNotACase() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.onrecord"), "not a case at all, just words");
        assertThatThrownBy(() -> files.check(text, Duration.ofSeconds(5))).isInstanceOf(NotACaseException.class)
                .hasMessageContaining("not a SQLite database");
    }

    @Test
    void theOnlineCopyIsAHealthyCaseWithTheSameCounts() {
        Path copy = dir.resolve("copy.onrecord");
        files.copy(healthy, copy);
        assertThat(files.check(copy, Duration.ofSeconds(30)).state()).isEqualTo(CaseHealth.State.HEALTHY);
        CaseCounts counts = files.counts(copy);
        assertThat(counts).isEqualTo(files.counts(healthy));
        assertThat(counts.articles()).isGreaterThan(1);
        assertThat(counts.statements()).isPositive();
    }
}
