package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.model.ArticleSummary;
import org.onrecord.service.OpenCase;
import org.onrecord.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the articles of a case, one line each.")
final class ListCommand implements Callable<Integer> {
    private final AppServices services;

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOption caseOption;

    ListCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        try (OpenCase open = services.cases().openCase(caseOption.file)) {
            CaseStore store = open.store();
            var out = spec.commandLine().getOut();
            for (ArticleSummary a : store.articles().summaries()) {
                out.printf("%d\t%s\t%s\t%s\t%s%n", a.id(),
                        a.published() == null ? "-" : a.published().date() + (a.published().precision().code().equals("day") ? "" : " (" + a.published().precision().code() + ")"),
                        a.outlet() == null ? "-" : a.outlet(), a.displayTitle(), a.fileName());
            }
            out.flush();
            return 0;
        }
    }
}
