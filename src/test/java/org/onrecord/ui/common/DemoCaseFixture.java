package org.onrecord.ui.common;

import org.onrecord.app.AppServices;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.Entity;
import org.onrecord.model.Statement;
import org.onrecord.progress.Progress;
import org.onrecord.service.OpenCase;
import org.onrecord.ui.annotate.AnnotationCommands;
import org.onrecord.ui.annotate.EditRunner;
import org.onrecord.ui.annotate.ServiceAnnotationCommands;
import org.onrecord.ui.state.WorkbenchState;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo case (three invented articles about a harbour deal, in {@code assets/demo}) built in a
 * real case file and shown in a {@link WorkbenchState}, with the panes' commands wired as the window
 * wires them but on the {@link ImmediateTaskRunner}: an edit, its reload and its one-line report
 * ({@link #said}) are done when the call returns.
 */
public final class DemoCaseFixture implements AutoCloseable {
    public final AppServices services = new AppServices();
    public final OpenCase open;
    public final WorkbenchState state = new WorkbenchState();
    public final AnnotationCommands commands;
    public final List<String> said = new ArrayList<>();
    public final EditRunner edits;

    public DemoCaseFixture(Path dir) throws Exception {
        open = services.cases().createCase(dir.resolve("demo.onrecord"));
        open.buildDemo(Progress.NONE);
        commands = new ServiceAnnotationCommands(open.edits(), this::reload);
        edits = new EditRunner(new ImmediateTaskRunner(), () -> commands, said::add);
        state.reset(open.snapshot());
    }

    public void reload() {
        state.replaceSnapshot(open.snapshot());
    }

    public long entity(String name) {
        return state.snapshot().entities().stream().filter(e -> e.name().equals(name)).mapToLong(Entity::id).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name));
    }

    /** The statement whose words start so. */
    public long statement(String words) {
        return statementRecord(words).id();
    }

    public Statement statementRecord(String words) {
        return state.snapshot().statements().stream().filter(s -> s.span().text().startsWith(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + words));
    }

    /** The article whose title starts so. */
    public long article(String title) {
        return state.snapshot().articles().stream().filter(a -> a.displayTitle().startsWith(title))
                .mapToLong(ArticleSummary::id).findFirst().orElseThrow(() -> new AssertionError("no article " + title));
    }

    public String lastSaid() {
        return said.isEmpty() ? "" : said.getLast();
    }

    @Override
    public void close() {
        open.close();
        services.close();
    }
}
