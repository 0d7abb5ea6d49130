package org.onrecord.cli;

import org.onrecord.model.TextSpan;
import org.onrecord.service.SpanLocator;
import picocli.CommandLine.Option;

/** Where in the article body: {@code --text "exact words" [--occurrence N]} or {@code --start S --end E}. */
final class SpanOptions {
    @Option(names = "--text", paramLabel = "WORDS",
            description = "The exact words in the article body (they must occur once, or say which with --occurrence).")
    String text;

    @Option(names = "--occurrence", paramLabel = "N", description = "Which occurrence of --text (1 = the first).")
    Integer occurrence;

    @Option(names = "--start", paramLabel = "S", description = "Start offset in the body (UTF-16 index, with --end).")
    Integer start;

    @Option(names = "--end", paramLabel = "E", description = "End offset in the body (exclusive, with --start).")
    Integer end;

    boolean given() {
        return text != null || start != null || end != null || occurrence != null;
    }

    /** The span in {@code body} these options name; a clear error when they are incomplete, absent or ambiguous. */
    TextSpan resolve(String body) {
        if (text != null && (start != null || end != null)) {
            throw new CliProblem("give either --text or --start/--end, not both");
        }
        if (occurrence != null && text == null) {
            throw new CliProblem("--occurrence goes with --text");
        }
        if (occurrence != null && occurrence < 1) {
            throw new CliProblem("--occurrence counts from 1");
        }
        if (text != null) {
            return SpanLocator.find(body, text, occurrence);
        }
        if (start == null || end == null) {
            throw new CliProblem("give the words with --text \"...\" or the span with both --start and --end");
        }
        return SpanLocator.at(body, start, end);
    }
}
