package org.onrecord.service;

import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.EntityType;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.TextSpan;
import org.onrecord.service.edit.EditHistory;
import org.onrecord.store.CaseStore;
import org.onrecord.store.NewArticle;
import org.onrecord.store.sqlite.SqliteCaseStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A small invented case on a real SQLite file, and a dump of everything in it to compare states. */
final class EditFixture implements AutoCloseable {
    static final String BODY = "North Korea said on 2014-11-24 that the harbour talks would go on. "
            + "\"We deny everything,\" said the DPRK envoy in Pyongyang. The DPRK had agreed last month, "
            + "officials in Pyongyang said.";

    final Path file;
    final CaseStore store;
    final EditHistory history;
    final EntityEdits entities = new EntityEdits();
    final AnnotationEdits annotations;
    final NoteService notes = new NoteService();
    final AnchorService anchors = new AnchorService();
    final ArticleService articles;
    final long article;

    EditFixture(Path dir) {
        this(dir, new IsoDateProposer());
    }

    EditFixture(Path dir, DateProposer proposer) {
        this.file = dir.resolve("case.onrecord");
        this.store = SqliteCaseStore.create(file);
        this.history = new EditHistory(store);
        this.annotations = new AnnotationEdits(proposer);
        this.articles = new ArticleService(proposer, anchors);
        ArticleMetadata detected = new ArticleMetadata("Harbour talks", "Elling Gazette", null, null,
                PublicationDate.day(LocalDate.of(2014, 12, 5)), "en");
        this.article = store.articles().add(new NewArticle("talks.txt", "hash-talks", "text/plain", "UTF-8",
                BODY.getBytes(StandardCharsets.UTF_8), BODY, 0, BODY.length(), detected, ArticleMetadata.EMPTY));
    }

    TextSpan span(String words) {
        return SpanLocator.find(BODY, words, null);
    }

    TextSpan span(String words, int occurrence) {
        return SpanLocator.find(BODY, words, occurrence);
    }

    long entity(String name, EntityType type, String... aliases) {
        return history.perform(entities.add(store, name, type, List.of(aliases))).createdId();
    }

    long mention(long entity, String words, int occurrence) {
        return history.perform(entities.addMention(store, entity, article, span(words, occurrence))).createdId();
    }

    /** Everything the case holds, one line per row, to compare before/after an edit and its undo. */
    static String dump(CaseStore store) {
        StringBuilder out = new StringBuilder();
        store.articles().all().forEach(a -> out.append(a.id()).append(' ').append(a.metadata().published())
                .append(' ').append(a.given()).append(' ').append(a.bodyStart()).append(' ').append(a.body()).append('\n'));
        store.entities().all().forEach(e -> out.append(e).append('\n'));
        store.entities().mentions().forEach(m -> out.append(m).append('\n'));
        store.statements().all().forEach(s -> out.append(s).append('\n'));
        store.events().all().forEach(e -> out.append(e).append('\n'));
        store.notes().all().forEach(n -> out.append(n).append('\n'));
        store.statements().kinds().forEach(k -> out.append(k).append('\n'));
        return out.toString();
    }

    String dump() {
        return dump(store);
    }

    /** The case as a fresh connection sees it: what is committed to the file. */
    String dumpFromFile() {
        try (CaseStore other = SqliteCaseStore.open(file)) {
            return dump(other);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
