package org.onrecord.cli;

import org.onrecord.report.ReportOptions;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** What part of the case a report or an export covers, and how it is titled. */
final class SelectionOptions {
    @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: the case file's name).")
    String title;

    @Option(names = "--author", paramLabel = "NAME", description = "Author named on the cover.")
    String author;

    @Option(names = "--kinds", split = ",", paramLabel = "KIND", description = "Only these statement kinds (claim,denial,…).")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--speakers", split = ",", paramLabel = "NAME", description = "Only statements by these speakers.")
    List<String> speakers = new ArrayList<>();

    @Option(names = "--articles", split = ",", paramLabel = "ID", description = "Only these articles (ids, as `list` shows them).")
    List<Long> articles = new ArrayList<>();

    @Option(names = "--include-suggested", description = "Also include suggestions (marked as such), not only accepted items.")
    boolean includeSuggested;

    ReportOptions toOptions() {
        return ReportOptions.defaults().withTitle(title).withAuthor(author).withKinds(new HashSet<>(kinds))
                .withSpeakers(new HashSet<>(speakers)).withArticles(new HashSet<>(articles)).withSuggestions(includeSuggested);
    }
}
