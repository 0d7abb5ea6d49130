package org.onrecord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Entity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Terminal escape codes and @-files: what is typed or imported is stored and printed as text, never obeyed. */
class ControlCharactersCliTest {
    @TempDir
    Path dir;

    private static List<String> names(CliCase c) {
        List<Entity> all = c.read(s -> s.entities().all());
        return all.stream().map(Entity::name).toList();
    }

    @Test
    void aNameStartingWithAtIsStoredAsTypedNotReadFromAFile() throws Exception {
        CliCase c = new CliCase(dir);
        Path secret = Files.writeString(dir.resolve("secret.txt"), "contents of a file");
        c.ok("entity", "add", "--name", "@" + secret, "--type", "PERSON");
        assertThat(names(c)).containsExactly("@" + secret);
    }

    @Test
    void escapeCodesTypedInANameAreNotStored() throws Exception {
        CliCase c = new CliCase(dir);
        c.ok("entity", "add", "--name", "\u001B[31mKim\u001B[0m \u001B]0;owned\u0007Jong\u009B2J", "--type", "PERSON");
        assertThat(names(c)).containsExactly("Kim Jong");
    }

    @Test
    void escapeCodesInAnImportedTitleAreNotStoredNorPrinted() throws Exception {
        Path article = dir.resolve("evil.txt");
        Files.writeString(article, "Harbour \u001B[2J\u001B[31mtalks\u001B[0m go on\n\n" + CliCase.TEXT.substring(CliCase.TEXT.indexOf("North")).repeat(4));
        Path caseFile = dir.resolve("case.onrecord");
        CliRun run = CliRun.of("import", "--case", caseFile.toString(), article.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("(Harbour talks go on)").doesNotContain("\u001B");
        assertThat(CliRun.of("list", "--case", caseFile.toString()).out()).contains("Harbour talks go on");
    }

    @Test
    void storedControlCharactersAreShownNeutralisedNeverRaw() throws Exception {
        Path article = dir.resolve("evil\u001B[31m.txt");
        Files.writeString(article, CliCase.TEXT);
        CliRun run = CliRun.of("import", "--case", dir.resolve("case.onrecord").toString(), article.toString());
        assertThat(run.out()).contains("evil\uFFFD[31m.txt: imported").doesNotContain("\u001B");
    }
}
