package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.model.NoteHit;
import org.onrecord.model.SearchHit;
import org.onrecord.service.OpenCase;
import org.onrecord.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search: ranked hits with snippets. Words must all occur; \"quoted phrase\"; prefix*.",
                "Articles first (ID<tab>title<tab>snippet), then notes (note N<tab>its target<tab>snippet); "
                        + "--no-notes leaves notes out. 'note search' searches notes only."})
final class SearchCommand implements Callable<Integer> {
    private final AppServices services;

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--no-notes", description = "Search articles only, not notes.")
    boolean noNotes;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
    List<String> query;

    SearchCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        try (OpenCase open = services.cases().openCase(caseOption.file)) {
            CaseStore store = open.store();
            var out = spec.commandLine().getOut();
            List<SearchHit> hits = services.search().search(store, String.join(" ", query), limit);
            for (SearchHit hit : hits) {
                out.printf("%d\t%s\t%s%n", hit.articleId(), hit.title() == null ? "(untitled)" : hit.title(),
                        hit.snippet().replaceAll("\\s+", " "));
            }
            List<NoteHit> notes = noNotes ? List.of() : services.notes().search(store, String.join(" ", query), limit);
            notes.forEach(hit -> out.println(NoteCommands.line(hit)));
            if (hits.isEmpty() && notes.isEmpty()) {
                spec.commandLine().getErr().println(noNotes ? "no article matches" : "no article or note matches");
            }
            out.flush();
            return 0;
        }
    }
}
