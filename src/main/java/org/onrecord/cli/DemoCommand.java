package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.progress.Progress;
import org.onrecord.service.OpenCase;
import org.onrecord.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create the demo case: invented articles with entities, statements and dated events.")
final class DemoCommand implements Callable<Integer> {
    private final AppServices services;

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOption caseOption;

    DemoCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        try (OpenCase open = services.cases().createCase(caseOption.file)) {
            CaseStore store = open.store();
            services.demo().build(store, Progress.NONE);
            spec.commandLine().getOut().println(caseOption.file + ": demo case with " + store.articles().count() + " articles, "
                    + store.statements().all().size() + " statements, " + store.events().all().size() + " events");
        }
        return 0;
    }
}
