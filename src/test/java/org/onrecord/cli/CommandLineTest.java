package org.onrecord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    @TempDir
    Path dir;

    private Path article(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void importCreatesTheCaseAndListShowsTheArticle() throws Exception {
        Path caseFile = dir.resolve("new.onrecord");
        Path file = article("quay.txt", "Quay contract disputed\n\nThe harbour board disputed the quay contract on Friday.\n");
        CliRun imported = CliRun.of("import", "--case", caseFile.toString(), "--outlet", "Elling Gazette",
                "--published", "2021-03-09", file.toString());
        assertThat(imported.status()).isZero();
        assertThat(imported.out()).contains("quay.txt").contains("imported as article 1");
        CliRun listed = CliRun.of("list", "--case", caseFile.toString());
        assertThat(listed.out()).contains("2021-03-09").contains("Elling Gazette").contains("quay.txt");
    }

    @Test
    void importExitsNonZeroWhenAFileFailedButKeepsTheOthers() throws Exception {
        Path caseFile = dir.resolve("c.onrecord");
        Path good = article("good.txt", "Ferry strike ends\n\nThe ferry crews returned to work on Monday.\n");
        Path empty = article("empty.txt", "");
        CliRun run = CliRun.of("import", "--case", caseFile.toString(), good.toString(), empty.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("empty.txt").contains("empty");
        assertThat(CliRun.of("list", "--case", caseFile.toString()).out()).contains("good.txt").doesNotContain("empty.txt");
    }

    @Test
    void searchPrintsRankedHitsWithSnippets() throws Exception {
        Path caseFile = dir.resolve("s.onrecord");
        CliRun.of("import", "--case", caseFile.toString(),
                article("a.txt", "Ferry strike ends\n\nThe ferry crews returned on Monday.\n").toString(),
                article("b.txt", "Bridge toll\n\nThe toll rises in May.\n").toString());
        CliRun run = CliRun.of("search", "--case", caseFile.toString(), "ferry", "crews");
        assertThat(run.status()).isZero();
        assertThat(run.out().lines()).singleElement().asString().startsWith("1\t").contains("[ferry]").contains("[crews]");
    }

    @Test
    void exportWritesTheJsonContract() throws Exception {
        Path caseFile = dir.resolve("e.onrecord");
        CliRun.of("import", "--case", caseFile.toString(), "--published", "2021-03",
                article("a.txt", "Ferry strike ends\n\nThe ferry crews returned on Monday.\n").toString());
        Path json = dir.resolve("out/case.json");
        CliRun run = CliRun.of("export", "--case", caseFile.toString(), "--format", "json", "--out", json.toString());
        assertThat(run.status()).as(run.err()).isZero();
        String text = Files.readString(json);
        assertThat(text).contains("\"articles\"", "\"entities\"", "\"statements\"", "\"events\"",
                "\"file\": \"a.txt\"", "\"published\": \"2021-03-01\"", "\"published_precision\": \"month\"", "\"body\": ");
    }

    @Test
    void commandsOnAFileThatIsNotACaseSayWhichFileAndWhy() throws Exception {
        Path notACase = article("notes.onrecord", "hello");
        CliRun run = CliRun.of("list", "--case", notACase.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("notes.onrecord").contains("not an Onrecord case");
        assertThat(Files.readString(notACase)).isEqualTo("hello");
    }

    @Test
    void aBadDateIsAClearUsageError() throws Exception {
        CliRun run = CliRun.of("import", "--case", dir.resolve("x.onrecord").toString(), "--published", "5 Dec",
                article("a.txt", "Text\n\nMore text here.\n").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("'5 Dec' is not a date");
        assertThat(dir.resolve("x.onrecord")).doesNotExist();
    }

    @Test
    void analyzeSuggestsDatedExpressionsThatTheExportCarriesAsSuggestions() throws Exception {
        Path caseFile = dir.resolve("a.onrecord");
        CliRun.of("import", "--case", caseFile.toString(), "--published", "2014-12-07",
                article("a.txt", "Ferry strike ends\n\nThe ferry crews returned on Sunday after a strike that began last month.\n").toString());
        CliRun run = CliRun.of("analyze", "--case", caseFile.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("2 dated expressions suggested");
        Path json = dir.resolve("a.json");
        CliRun.of("export", "--case", caseFile.toString(), "--format", "json", "--out", json.toString());
        assertThat(Files.readString(json)).contains("\"value\": \"2014-12-07\"", "\"value\": \"2014-11\"",
                "\"origin\": \"suggested\"", "\"state\": \"suggested\"");
    }

    @Test
    void unknownExportFormatIsRefused() throws Exception {
        Path caseFile = dir.resolve("f.onrecord");
        CliRun.of("import", "--case", caseFile.toString(), article("a.txt", "Text\n\nMore text here.\n").toString());
        CliRun run = CliRun.of("export", "--case", caseFile.toString(), "--format", "yaml");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("unknown format 'yaml'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"import", "list", "search", "export", "open", "analyze", "report", "demo"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: onrecord " + command);
    }
}
