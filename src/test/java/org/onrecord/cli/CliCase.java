package org.onrecord.cli;

import org.onrecord.store.sqlite.SqliteCaseStore;
import org.onrecord.store.CaseStore;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A case made through the real command line from one invented article, and a dump of it to compare states. */
final class CliCase {
    static final String TEXT = "Harbour talks go on\n\n"
            + "North Korea said on 2014-11-24 that the harbour talks would go on. \"We deny everything,\" said the DPRK "
            + "envoy in Pyongyang. The DPRK had agreed last month, officials in Pyongyang said.\n";

    final Path file;

    CliCase(Path dir) throws Exception {
        this.file = dir.resolve("case.onrecord");
        Path article = dir.resolve("talks.txt");
        Files.writeString(article, TEXT);
        CliRun run = CliRun.of("import", "--case", file.toString(), "--published", "2014-12-05", article.toString());
        assertThat(run.status()).as(run.err()).isZero();
    }

    /** Runs a command on this case: {@code run("entity", "add", "--name", "X")} adds --case after the command path. */
    CliRun run(String... args) {
        int path = 0;
        while (path < args.length && !args[path].startsWith("-") && !args[path].matches("\\d+")) {
            path++;
        }
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, path);
        full[path] = "--case";
        full[path + 1] = file.toString();
        System.arraycopy(args, path, full, path + 2, args.length - path);
        return CliRun.of(full);
    }

    /** Runs a command that must succeed and returns what it printed. */
    String ok(String... args) {
        CliRun run = run(args);
        assertThat(run.status()).as(String.join(" ", args) + " -> " + run.err()).isZero();
        return run.out();
    }

    /** Runs a command that must fail with one clear line and change nothing; returns the error. */
    String fails(String... args) {
        String before = dump();
        CliRun run = run(args);
        assertThat(run.status()).as(String.join(" ", args) + " should fail").isNotZero();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dump()).as("a failed command changes nothing").isEqualTo(before);
        return run.err();
    }

    String body() {
        try (CaseStore store = SqliteCaseStore.open(file)) {
            return store.articles().find(1).orElseThrow().body();
        }
    }

    String dump() {
        try (CaseStore store = SqliteCaseStore.open(file)) {
            StringBuilder out = new StringBuilder();
            store.articles().all().forEach(a -> out.append(a.metadata()).append(a.body()).append('\n'));
            store.entities().all().forEach(e -> out.append(e).append('\n'));
            store.entities().mentions().forEach(m -> out.append(m).append('\n'));
            store.statements().all().forEach(s -> out.append(s).append('\n'));
            store.events().all().forEach(e -> out.append(e).append('\n'));
            store.notes().all().forEach(n -> out.append(n).append('\n'));
            store.statements().kinds().forEach(k -> out.append(k).append('\n'));
            return out.toString();
        }
    }

    <T> T read(java.util.function.Function<CaseStore, T> query) {
        try (CaseStore store = SqliteCaseStore.open(file)) {
            return query.apply(store);
        }
    }
}
