package org.onrecord.ui.annotate;

import org.onrecord.ui.common.TaskRunner;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs an edit of the open case off the FX thread and reports the outcome in one line; a refused
 * edit (bad input, a conflict) is said, never thrown at the researcher.
 */
public final class EditRunner {
    private final TaskRunner tasks;
    private final Supplier<AnnotationCommands> commands;
    private final Consumer<String> say;
    private final Supplier<Optional<String>> readOnly;

    public EditRunner(TaskRunner tasks, Supplier<AnnotationCommands> commands, Consumer<String> say) {
        this(tasks, commands, say, Optional::empty);
    }

    /** {@code readOnly}: why the case cannot be changed now (said instead of running an edit), or empty. */
    public EditRunner(TaskRunner tasks, Supplier<AnnotationCommands> commands, Consumer<String> say, Supplier<Optional<String>> readOnly) {
        this.tasks = tasks;
        this.commands = commands;
        this.say = say;
        this.readOnly = readOnly;
    }

    /** The one line a refused edit of a read-only case gets, wherever it was asked for. */
    public static String refused(String why) {
        return "Read-only, nothing changed: " + why;
    }

    public interface Work {
        void run(AnnotationCommands commands) throws Exception;
    }

    public void run(String done, Work work) {
        AnnotationCommands c = commands.get();
        if (c == null) {
            return;
        }
        Optional<String> why = readOnly.get();
        if (why.isPresent()) {
            say.accept(refused(why.get()));
            return;
        }
        tasks.runQuietly(p -> {
            work.run(c);
            return done;
        }, say, error -> say.accept("Not changed: " + (error.getMessage() == null ? error : error.getMessage())));
    }

    public boolean available() {
        return commands.get() != null && readOnly.get().isEmpty();
    }
}
