package org.onrecord.ui.notes;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.Note;
import org.onrecord.model.Statement;
import org.onrecord.progress.Progress;
import org.onrecord.service.OpenCase;
import org.onrecord.ui.annotate.AnnotationCommands;
import org.onrecord.ui.annotate.ServiceAnnotationCommands;
import org.onrecord.ui.annotate.EditRunner;
import org.onrecord.ui.common.ImmediateTaskRunner;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The case-wide notes list over a real case file (the demo case), edited through the undoable commands. */
class NotesViewModelTest {
    @TempDir
    Path dir;
    AppServices services;
    OpenCase session;
    AnnotationCommands commands;
    final WorkbenchState state = new WorkbenchState();
    final List<String> said = new ArrayList<>();
    NotesViewModel viewModel;
    Statement statement;
    long article;

    @BeforeEach
    void open() throws Exception {
        services = new AppServices();
        session = services.cases().createCase(dir.resolve("demo.onrecord"));
        session.buildDemo(Progress.NONE);
        commands = new ServiceAnnotationCommands(session.edits(), () -> { });
        state.reset(session.snapshot());
        statement = state.snapshot().statements().getFirst();
        article = state.snapshot().articles().getLast().id();
        var tasks = new ImmediateTaskRunner();
        EditRunner edits = new EditRunner(tasks, () -> commands, said::add);
        viewModel = new NotesViewModel(state, tasks, () -> session::notes, edits);
        commands.addNote(Note.NoteTarget.STATEMENT, statement.id(), "Check with the council clerk");
        commands.addNote(Note.NoteTarget.ARTICLE, article, "Second source for the lease story");
        reloaded();
    }

    @AfterEach
    void close() {
        session.close();
        services.close();
    }

    /** What the window does after every edit: the case is read again. */
    private void reloaded() {
        state.replaceSnapshot(session.snapshot());
    }

    @Test
    void listsEveryNoteNewestFirstSayingWhatItIsAbout() {
        assertThat(viewModel.rows()).extracting(NoteRow::text)
                .containsExactly("Second source for the lease story", "Check with the council clerk");
        assertThat(viewModel.rows().get(0).about()).startsWith("Article: ")
                .contains(state.snapshot().article(article).orElseThrow().title());
        assertThat(viewModel.rows().get(1).about()).startsWith("Statement: “");
        assertThat(viewModel.messageProperty().get()).isEqualTo("2 of 2 notes");
    }

    @Test
    void filtersByWordsByKindAndByTheArticleOnScreen() {
        viewModel.filterProperty().set("clerk");
        assertThat(viewModel.rows()).extracting(NoteRow::text).containsExactly("Check with the council clerk");
        viewModel.filterProperty().set("");
        viewModel.aboutProperty().set(Note.NoteTarget.ARTICLE);
        assertThat(viewModel.rows()).extracting(NoteRow::target).containsOnly(Note.NoteTarget.ARTICLE);
        viewModel.aboutProperty().set(null);
        viewModel.onlyThisArticleProperty().set(true);
        state.selectArticle(statement.articleId(), PaneId.OTHER);
        assertThat(viewModel.rows()).extracting(NoteRow::text).contains("Check with the council clerk");
        if (statement.articleId() != article) {
            assertThat(viewModel.rows()).extracting(NoteRow::text).doesNotContain("Second source for the lease story");
        }
    }

    @Test
    void choosingANoteFocusesWhatItIsAbout() {
        viewModel.open(viewModel.rows().get(1));
        assertThat(state.focus().focus()).isEqualTo(new Focus.OnStatement(statement.id()));
        viewModel.open(viewModel.rows().get(0));
        assertThat(state.article()).isEqualTo(article);
    }

    @Test
    void aNoteOnTheArticleOnScreenIsAddedEditedAndDeletedUndoably() {
        long other = state.snapshot().articles().getFirst().id();
        state.selectArticle(other, PaneId.OTHER);
        viewModel.addOnArticle("Ask the outlet for the full interview");
        reloaded();
        NoteRow added = viewModel.rows().getFirst();
        assertThat(added.text()).isEqualTo("Ask the outlet for the full interview");
        assertThat(added.target()).isEqualTo(Note.NoteTarget.ARTICLE);
        assertThat(added.targetId()).isEqualTo(other);

        viewModel.edit(added, "Ask the outlet for the full recording");
        reloaded();
        assertThat(viewModel.rows()).extracting(NoteRow::text).contains("Ask the outlet for the full recording")
                .doesNotContain("Ask the outlet for the full interview");

        viewModel.delete(viewModel.rows().getFirst());
        reloaded();
        assertThat(viewModel.rows()).hasSize(2);
        assertThat(commands.undo()).isPresent();
        reloaded();
        assertThat(viewModel.rows()).extracting(NoteRow::text).contains("Ask the outlet for the full recording");
    }
}
