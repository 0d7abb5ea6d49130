package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.model.Article;
import org.onrecord.service.OpenCase;
import org.onrecord.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * A command that changes a case: opens it as the window does ({@link OpenCase}), checks the request
 * (a clear error and no change when it is wrong), performs one edit through the case's history as
 * one transaction and says what it did.
 */
abstract class EditCommand implements Callable<Integer> {
    protected final AppServices services;

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOption caseOption;

    EditCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public final Integer call() {
        try (OpenCase open = this instanceof ReadsOnly ? services.cases().openCase(caseOption.file)
                : services.cases().openForWriting(caseOption.file, false)) {
            run(open, out());
            out().flush();
            return 0;
        }
    }

    protected abstract void run(OpenCase open, PrintWriter out);

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    static Article article(CaseStore store, long id) {
        return store.articles().find(id).orElseThrow(() -> new CliProblem("no article with id " + id));
    }

    /** A sub-command that only reads (a list, a search): it works on a damaged case too. */
    interface ReadsOnly {
    }

    /** A group of sub-commands ("entity", "statement", …) run without one. */
    abstract static class Group implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required: "
                    + String.join(", ", spec.subcommands().keySet()));
        }
    }
}
