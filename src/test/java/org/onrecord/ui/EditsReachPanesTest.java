package org.onrecord.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.EntityType;
import org.onrecord.model.Note;
import org.onrecord.model.Statement;
import org.onrecord.progress.Progress;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.service.ImportReport;
import org.onrecord.service.OpenCase;
import org.onrecord.service.SpanLocator;
import org.onrecord.ui.articles.ArticlesViewModel;
import org.onrecord.ui.common.ImmediateTaskRunner;
import org.onrecord.ui.common.MemoryUiPreferences;
import org.onrecord.ui.common.RecentCases;
import org.onrecord.ui.entities.EntitiesViewModel;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;
import org.onrecord.ui.statements.StatementsViewModel;
import org.onrecord.ui.timeline.TimelineItem;
import org.onrecord.ui.timeline.TimelineViewModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edit reaches the panes as the rows the history wrote, not by reading the whole case again:
 * counted reads of the real case file, and what the panes show compared with a fresh read.
 */
class EditsReachPanesTest {
    @TempDir
    Path dir;
    AppServices services;
    WorkbenchState state;
    WorkbenchActions actions;
    OpenCase session;
    ImmediateTaskRunner tasks = new ImmediateTaskRunner();

    @BeforeEach
    void openDemo() throws Exception {
        services = new AppServices();
        Path file = dir.resolve("demo.onrecord");
        try (OpenCase demo = services.cases().createCase(file)) {
            demo.buildDemo(Progress.NONE);
        }
        state = new WorkbenchState();
        actions = new WorkbenchActions(services, state, tasks, new RecentCases(new MemoryUiPreferences()), dir.resolve("data"),
                new WorkbenchActions.Dialogs() {
                    @Override
                    public void error(String title, String message) {
                        throw new AssertionError(title + ": " + message);
                    }

                    @Override
                    public void importResults(ImportReport report) {
                    }
                });
        actions.open(file);
        session = actions.session();
    }

    @AfterEach
    void close() {
        actions.close();
        services.close();
    }

    @Test
    void editsUndoAndRedoDoNotReadTheWholeCase() throws Exception {
        long reads = session.wholeCaseReads();
        long article = state.snapshot().articles().getFirst().id();
        String body = session.article(article).orElseThrow().body();
        List<String> words = words(body);

        actions.commands().addStatement(article, SpanLocator.find(body, words.get(0), 1), "claim", "A speaker", null, null,
                true, null, "a note on it");
        actions.commands().addMention(null, "Somebody New", EntityType.PERSON, null, article, SpanLocator.find(body, words.get(1), 1));
        actions.commands().addEvent(article, SpanLocator.find(body, words.get(2), 1), "2014-11-24", "it happened", Set.of(), Set.of());
        actions.commands().addNote(Note.NoteTarget.ARTICLE, article, "read again later");
        actions.commands().undo();
        actions.commands().redo();
        session.edits().giveMetadata(article, new ArticleMetadata("A title given by hand", null, null, null, null, null));

        assertThat(session.wholeCaseReads()).as("whole-case reads after seven edits").isEqualTo(reads);
        assertThat(state.snapshot().statements()).anyMatch(s -> s.speaker() != null && s.speaker().equals("A speaker"));
        assertThat(state.snapshot().article(article).orElseThrow().title()).isEqualTo("A title given by hand");
    }

    @Test
    void whatThePanesShowAfterEditsIsWhatAFreshReadShows() throws Exception {
        StatementsViewModel statements = new StatementsViewModel(state);
        EntitiesViewModel entities = new EntitiesViewModel(state);
        ArticlesViewModel articles = new ArticlesViewModel(state, tasks, () -> session);
        TimelineViewModel timeline = new TimelineViewModel(state);
        long article = state.snapshot().articles().getFirst().id();
        String body = session.article(article).orElseThrow().body();
        List<String> words = words(body);
        Statement first = state.snapshot().statements().getFirst();
        long entity = state.snapshot().entities().getFirst().id();

        actions.commands().addStatement(article, SpanLocator.find(body, words.get(3), 1), "denial", null, entity, "a paper",
                false, null, null);
        actions.commands().changeKind(first, "denial".equals(first.kind()) ? "claim" : "denial");
        actions.commands().renameEntity(state.snapshot().entity(entity).orElseThrow(), "Renamed Entity", null);
        actions.commands().addMention(entity, null, null, null, article, SpanLocator.find(body, words.get(4), 1));
        actions.commands().addEvent(article, SpanLocator.find(body, words.get(5), 1), "2014-11", "linked", Set.of(entity),
                Set.of(first.id()));
        actions.commands().deleteStatement(state.snapshot().statements().getLast().id());
        actions.commands().addKind("aside", "An aside");
        actions.commands().undo();
        actions.commands().undo();
        actions.commands().redo();

        CaseSnapshot shown = state.snapshot();
        CaseSnapshot fresh = session.snapshot();
        assertThat(shown.articles()).isEqualTo(fresh.articles());
        assertThat(shown.entities()).isEqualTo(fresh.entities());
        assertThat(shown.mentions()).isEqualTo(fresh.mentions());
        assertThat(shown.statements()).isEqualTo(fresh.statements());
        assertThat(shown.events()).isEqualTo(fresh.events());
        assertThat(shown.kinds()).isEqualTo(fresh.kinds());
        assertThat(shown.eventLinks()).isEqualTo(fresh.eventLinks());
        assertThat(shown.mentionsByEntity()).isEqualTo(fresh.mentionsByEntity());
        assertThat(shown.mentionsByArticle()).isEqualTo(fresh.mentionsByArticle());

        WorkbenchState read = new WorkbenchState();
        read.reset(fresh);
        read.selectArticle(state.article(), PaneId.OTHER);
        assertThat(statements.rows()).containsExactlyElementsOf(new StatementsViewModel(read).rows());
        assertThat(statements.speakers()).containsExactlyElementsOf(new StatementsViewModel(read).speakers());
        assertThat(entities.groups()).isEqualTo(new EntitiesViewModel(read).groups());
        assertThat(articles.rows()).containsExactlyElementsOf(new ArticlesViewModel(read, tasks, () -> session).rows());
        // The timeline shows an item's event, words, entities and its article's title and date (not the article's counts).
        assertThat(timeline.items().stream().map(EditsReachPanesTest::shown).toList())
                .isEqualTo(new TimelineViewModel(read).items().stream().map(EditsReachPanesTest::shown).toList());
    }

    private static List<Object> shown(TimelineItem i) {
        return List.of(i.event(), i.text(), String.valueOf(i.description()), i.entities(), i.article().displayTitle(),
                String.valueOf(i.article().published()));
    }

    /** Distinct words of six letters or more, in the order they first stand in the body. */
    private static List<String> words(String body) {
        Matcher m = Pattern.compile("\\b\\p{L}{6,}\\b").matcher(body);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            if (!found.contains(m.group()) && body.indexOf(m.group()) == m.start()) {
                found.add(m.group());
            }
        }
        return found;
    }
}
