package org.onrecord.service;

import org.onrecord.progress.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.EntityType;
import org.onrecord.model.PublicationDate;
import org.onrecord.service.edit.EditHistory;
import org.onrecord.store.CaseStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventLinksTest {
    static final String TEXT = "Quay lease\n\n\"We signed nothing on Monday,\" Mayor Ada Voss said. The union met on Tuesday.\n";

    @TempDir
    Path dir;
    AppServices services;
    CaseStore store;
    EditHistory history;
    long article;
    long voss;
    long statement;
    String body;

    @BeforeEach
    void setUp() throws Exception {
        services = new AppServices();
        store = services.cases().create(dir.resolve("c.onrecord"));
        history = new EditHistory(store);
        Path file = Files.writeString(dir.resolve("quay.txt"), TEXT);
        var given = new ArticleMetadata(null, null, null, null, PublicationDate.day(LocalDate.of(2021, 3, 10)), null);
        article = services.importer().importPaths(store, List.of(file), ImportOptions.defaults().withGiven(given), Progress.NONE)
                .outcomes().getFirst().articleId();
        body = store.articles().find(article).orElseThrow().body();
        voss = history.perform(services.entityEdits().add(store, "Ada Voss", EntityType.PERSON, List.of())).createdId();
        statement = history.perform(services.annotationEdits().addStatement(store, article,
                SpanLocator.find(body, "We signed nothing on Monday,", 1), "denial", null, voss, null, true, null, null)).createdId();
    }

    @AfterEach
    void tearDown() {
        store.close();
        services.close();
    }

    @Test
    void aNewEventIsLinkedInOneUndoableEdit() {
        long event = history.perform(services.annotationEdits().addLinkedEvent(store, article, SpanLocator.find(body, "Monday", 1),
                null, "signing denied", Set.of(voss), Set.of(statement))).createdId();
        assertThat(store.events().links(event).entityIds()).containsExactly(voss);
        assertThat(store.events().links(event).statementIds()).containsExactly(statement);
        history.undo();
        assertThat(store.events().find(event)).isEmpty();
        assertThat(store.events().allLinks()).isEmpty();
        history.redo();
        assertThat(store.events().links(event).statementIds()).containsExactly(statement);
    }

    @Test
    void relinkingReplacesTheLinksAndUndoRestoresThem() {
        long event = history.perform(services.annotationEdits().addEvent(store, article, SpanLocator.find(body, "Tuesday", 1),
                null, "union meeting")).createdId();
        history.perform(services.annotationEdits().linkEvent(store, event, Set.of(voss), Set.of()));
        assertThat(store.events().links(event).entityIds()).containsExactly(voss);
        history.undo();
        assertThat(store.events().links(event).isEmpty()).isTrue();
    }

    @Test
    void deletingALinkedEventAndUndoingBringsTheLinksBack() {
        long event = history.perform(services.annotationEdits().addLinkedEvent(store, article, SpanLocator.find(body, "Monday", 1),
                null, null, Set.of(voss), Set.of())).createdId();
        history.perform(services.annotationEdits().deleteEvent(store, event));
        assertThat(store.events().allLinks()).isEmpty();
        history.undo();
        assertThat(store.events().links(event).entityIds()).containsExactly(voss);
    }

    @Test
    void aLinkToADeletedEntityIsNotShownAndUnknownIdsAreRefused() {
        long event = history.perform(services.annotationEdits().addLinkedEvent(store, article, SpanLocator.find(body, "Monday", 1),
                null, null, Set.of(voss), Set.of())).createdId();
        history.perform(services.entityEdits().delete(store, voss));
        assertThat(store.events().links(event).entityIds()).isEmpty();
        assertThatThrownBy(() -> services.annotationEdits().linkEvent(store, event, Set.of(999L), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
