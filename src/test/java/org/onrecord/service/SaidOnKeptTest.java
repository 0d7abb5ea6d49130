package org.onrecord.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ReadOnlyMedium;
import org.onrecord.dates.SaidOn;
import org.onrecord.model.AnchorState;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.Origin;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.ReviewState;
import org.onrecord.model.SaidOnCheck;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.store.CaseStore;
import org.onrecord.store.NewArticle;
import org.onrecord.store.sqlite.SqliteCaseStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 10: the "said on" check read every such statement's sentence on each opening. Its answers
 * are now kept in the case with their inputs: a second opening reads no sentence, a changed
 * statement or body is decided again, and a read-only case is decided without keeping anything.
 */
class SaidOnKeptTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2014, 12, 5);
    private static final String BODY = "Harbour talks\n\nThe envoy said the talks would go on. "
            + "The minister said on December 5 that nothing was agreed. The mayor said the quay would close.";

    @TempDir
    Path dir;

    /** A new case with one article and two statements said on its publication day: the envoy's, then the minister's ids. */
    private static long[] envoyAndMinister(Path file) {
        try (CaseStore store = SqliteCaseStore.create(file)) {
            long article = article(store);
            return new long[] {statement(store, article, "the talks would go on", PUBLISHED),
                    statement(store, article, "nothing was agreed", PUBLISHED)};
        }
    }

    private static long article(CaseStore store) {
        ArticleMetadata detected = new ArticleMetadata("Harbour talks", "Elling Gazette", null, null, PublicationDate.day(PUBLISHED), "en");
        return store.articles().add(new NewArticle("talks.txt", "hash-talks", "text/plain", "UTF-8",
                BODY.getBytes(StandardCharsets.UTF_8), BODY, 0, BODY.length(), detected, ArticleMetadata.EMPTY));
    }

    private static long statement(CaseStore store, long article, String words, LocalDate said) {
        int at = BODY.indexOf(words);
        return store.statements().add(new Statement(0, article, TextSpan.of(BODY, at, at + words.length()), null, null, null, null,
                null, "claim", false, said, Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED));
    }

    private static Set<Long> assumed(CaseReader reader, CaseStore store) {
        return reader.assumedSaidOn(store, reader.snapshotBeforeSaidOn(store));
    }

    @Test
    void aSecondOpeningReadsNoSentenceAndAChangeIsDecidedAgain() {
        Path file = dir.resolve("case.onrecord");
        long article;
        long envoy;
        long minister;
        long mayor;
        try (CaseStore store = SqliteCaseStore.create(file)) {
            article = article(store);
            envoy = statement(store, article, "the talks would go on", PUBLISHED);
            minister = statement(store, article, "nothing was agreed", PUBLISHED);
            mayor = statement(store, article, "the quay would close", PUBLISHED.minusDays(1));
        }
        CaseReader reader = new CaseReader();
        try (CaseStore store = SqliteCaseStore.open(file)) {
            assertThat(assumed(reader, store)).containsExactly(envoy);
            assertThat(reader.saidOnSentencesRead()).isEqualTo(2); // the mayor's day is not the publication day: nothing to read
            assertThat(store.statements().saidOnChecks()).hasSize(2);
        }
        try (CaseStore store = SqliteCaseStore.open(file)) {
            assertThat(assumed(reader, store)).containsExactly(envoy);
            assertThat(reader.saidOnSentencesRead()).as("every answer was kept").isEqualTo(2);

            // the mayor now said it on the publication day, the envoy's span moved: both are decided again
            Statement mayorNow = store.statements().find(mayor).orElseThrow();
            store.statements().put(new Statement(mayor, article, mayorNow.span(), null, null, null, null, null, "claim", false,
                    PUBLISHED, Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED));
            Statement envoyNow = store.statements().find(envoy).orElseThrow();
            store.statements().put(envoyNow.withSpan(TextSpan.of(BODY, envoyNow.span().start() + 4, envoyNow.span().end())));
            assertThat(assumed(reader, store)).containsExactlyInAnyOrder(envoy, mayor);
            assertThat(reader.saidOnSentencesRead()).isEqualTo(4);

            // a new body: its statements' answers are gone, so all three on the publication day are read again
            store.articles().replaceBody(article, BODY.replace("The envoy said", "The envoy said on Friday"), 0, BODY.length() + 10);
            assertThat(store.statements().saidOnChecks()).isEmpty();
            assumed(reader, store);
            assertThat(reader.saidOnSentencesRead()).isEqualTo(7);

            store.statements().delete(minister);
            assertThat(store.statements().saidOnChecks()).extracting(c -> c.statementId()).containsExactlyInAnyOrder(envoy, mayor);
        }
    }

    @Test
    void answersKeptUnderAnotherRuleAreDecidedAgain() {
        Path file = dir.resolve("case.onrecord");
        long[] ids = envoyAndMinister(file);
        long envoy = ids[0];
        long minister = ids[1];
        CaseReader reader = new CaseReader();
        try (CaseStore store = SqliteCaseStore.open(file)) {
            assertThat(assumed(reader, store)).containsExactly(envoy);
            assertThat(reader.saidOnSentencesRead()).isEqualTo(2);
            assertThat(store.statements().saidOnChecks()).extracting(SaidOnCheck::rule).containsOnly(SaidOn.RULE);

            // the same inputs, answered (wrongly, as a changed rule might have) under the rule before this one
            List<SaidOnCheck> older = store.statements().saidOnChecks().stream()
                    .map(c -> new SaidOnCheck(c.statementId(), c.said(), c.published(), c.start(), c.end(), !c.assumed(), SaidOn.RULE - 1))
                    .toList();
            store.statements().keepSaidOnChecks(older);
        }
        try (CaseStore store = SqliteCaseStore.open(file)) {
            assertThat(assumed(reader, store)).as("decided again, not read from the old rule's rows").containsExactly(envoy);
            assertThat(reader.saidOnSentencesRead()).isEqualTo(4);
            assertThat(store.statements().saidOnChecks()).extracting(SaidOnCheck::statementId, SaidOnCheck::rule)
                    .containsExactlyInAnyOrder(tuple(envoy, SaidOn.RULE), tuple(minister, SaidOn.RULE));
        }
        try (CaseStore store = SqliteCaseStore.open(file)) {
            assumed(reader, store);
            assertThat(reader.saidOnSentencesRead()).as("kept again under this rule").isEqualTo(4);
        }
    }

    @Test
    void aCaseOfTheFormatBeforeTheRuleVersionOnAReadOnlyMediumUsesItsAnswersAsRuleOne() throws Exception {
        Path folder = dir.resolve("cd");
        try (ReadOnlyMedium medium = ReadOnlyMedium.folder(folder)) {
            Path file = folder.resolve("case.onrecord");
            long envoy = envoyAndMinister(file)[0];
            CaseReader reader = new CaseReader();
            try (CaseStore store = SqliteCaseStore.open(file)) {
                assumed(reader, store);
            }
            // what a V5 case is: the answers without their rule's version, no V6 in the history
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); java.sql.Statement st = c.createStatement()) {
                st.execute("ALTER TABLE said_on_check DROP COLUMN rule");
                st.execute("DELETE FROM flyway_schema_history WHERE version = '6'");
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            medium.lockFolder(folder);
            try (CaseStore store = SqliteCaseStore.open(file)) {
                assertThat(store.isReadOnly()).isTrue();
                assertThat(assumed(reader, store)).containsExactly(envoy);
                assertThat(reader.saidOnSentencesRead()).as("rule 1's answers, kept before the version was").isEqualTo(2);
            }
        }
    }

    @Test
    void aReadOnlyCaseIsDecidedWithoutKeepingAnything() throws Exception {
        Path folder = dir.resolve("usb-stick");
        try (ReadOnlyMedium medium = ReadOnlyMedium.folder(folder)) {
            Path file = folder.resolve("case.onrecord");
            long envoy = envoyAndMinister(file)[0];
            medium.lockFolder(folder);
            byte[] before = Files.readAllBytes(file);
            CaseReader reader = new CaseReader();
            try (CaseStore store = SqliteCaseStore.open(file)) {
                assertThat(store.isReadOnly()).isTrue();
                assertThat(assumed(reader, store)).containsExactly(envoy);
                assertThat(assumed(reader, store)).containsExactly(envoy);
                assertThat(reader.saidOnSentencesRead()).as("decided on each opening, as before").isEqualTo(4);
                assertThat(store.statements().saidOnChecks()).isEmpty();
            }
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
    }
}
