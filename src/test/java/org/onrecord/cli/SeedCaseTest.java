package org.onrecord.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The reference case through the public command line, as the evaluation runs it. */
class SeedCaseTest {
    static final Path SEEDS = Path.of("../shared/seeds");

    @TempDir
    static Path dir;
    static String json;

    @BeforeAll
    static void importSeeds() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the repository");
        Path caseFile = dir.resolve("sony.onrecord");
        assertThat(CliRun.of("import", "--case", caseFile.toString(), "--published", "2014-12-05",
                SEEDS.resolve("000_59e71b067b6cb623.txt").toString()).status()).isZero();
        assertThat(CliRun.of("import", "--case", caseFile.toString(), "--published", "2014-12-07",
                SEEDS.resolve("002_57a2053d724bbdad.txt").toString()).status()).isZero();
        Path out = dir.resolve("sony.json");
        assertThat(CliRun.of("export", "--case", caseFile.toString(), "--format", "json", "--out", out.toString()).status()).isZero();
        json = Files.readString(out);
    }

    @Test
    void bodiesStartWithTheHeadlineNotThePageChrome() {
        assertThat(json).contains("\"body\": \"North Korea Denies It Was Behind Sony Pictures Cyber-Attack")
                .contains("\"body\": \"North Korea denies involvement in Sony Pictures cyber attack");
    }

    @Test
    void teasersRedirectAndAuthorBioAreLeftOut() {
        assertThat(json).doesNotContain("You will be redirected").doesNotContain("More From Our Brands")
                .doesNotContain("was a senior reporter for CNET");
    }

    @Test
    void theVerbatimBodyOfTheFirstSeedIsLocatedInTheFile() {
        assertThat(json).contains("\"body_start\": 56").contains("\"body_end\": 2695");
    }

    @Test
    void titlesAreDetectedAndDatesGiven() {
        assertThat(json).contains("\"title\": \"North Korea Denies It Was Behind Sony Pictures Cyber-Attack\"")
                .contains("\"published\": \"2014-12-07\"");
    }
}
