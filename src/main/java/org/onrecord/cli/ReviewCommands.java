package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.model.ReviewState;
import org.onrecord.service.OpenCase;
import org.onrecord.service.Suggestion;
import org.onrecord.service.edit.RowEdit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code onrecord review …}: the window's review mode on the command line. The suggestions still to
 * review, each with its evidence in the review's own words; accept or reject them by id (one undo
 * step each, as A and R are) or in bulk by type, rule or entity (one step for the lot).
 */
final class ReviewCommands {
    private ReviewCommands() {
    }

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = "List the suggestions still to review with their evidence; accept or reject them.",
            subcommands = {ListPending.class, Accept.class, Reject.class})
    static final class Group extends EditCommand.Group {
    }

    /** Which suggestions: by type, rule or entity (none: all of them). */
    static final class Which {
        @Option(names = "--type", paramLabel = "T",
                description = "Only this type: PERSON, ORGANIZATION, LOCATION, WORK, OTHER (entity mentions), EVENT or STATEMENT.")
        String type;

        @Option(names = "--rule", paramLabel = "R", description = "Only what this rule or model proposed, as listed after \"proposed by\" (e.g. \"NER: PERSON\").")
        String rule;

        @Option(names = "--entity", paramLabel = "ID", description = "Only the mentions of this entity (and the entity itself when accepting or rejecting).")
        Long entity;

        boolean any() {
            return type != null || rule != null || entity != null;
        }

        boolean keeps(Suggestion s) {
            return (type == null || s.group().equalsIgnoreCase(type.strip()))
                    && (rule == null || s.rule().equalsIgnoreCase(rule.strip()))
                    && (entity == null || (s.kind() == Suggestion.Kind.MENTION && entity.equals(s.entityId())));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The suggestions still to review, in reading order: id, what it proposes, and its evidence.")
    static final class ListPending extends EditCommand implements EditCommand.ReadsOnly {
        @ArgGroup(exclusive = false)
        Which which = new Which();

        ListPending(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            Map<Long, String> titles = new HashMap<>();
            open.store().articles().summaries().forEach(a -> titles.put(a.id(), a.displayTitle()));
            List<Suggestion> shown = open.suggestions().stream().filter(which::keeps).toList();
            for (Suggestion s : shown) {
                out.println(idOf(s) + "\t" + s.headline() + "\t" + s.evidenceLine(titles.getOrDefault(s.articleId(), "article " + s.articleId())));
            }
            out.println(shown.isEmpty() ? "Nothing left to review." : shown.size() + (shown.size() == 1 ? " suggestion" : " suggestions") + " to review.");
        }
    }

    /** Accept and reject take the same choices: ids, or one bulk choice. */
    abstract static class Verdict extends EditCommand {
        @Option(names = "--mention", paramLabel = "ID", description = "A suggested entity mention (repeatable).")
        List<Long> mentions = new ArrayList<>();

        @Option(names = "--event", paramLabel = "ID", description = "A suggested date / event (repeatable).")
        List<Long> events = new ArrayList<>();

        @Option(names = "--statement", paramLabel = "ID", description = "A suggested statement (repeatable).")
        List<Long> statements = new ArrayList<>();

        @ArgGroup(exclusive = true)
        Which bulk;

        Verdict(AppServices services) {
            super(services);
        }

        abstract ReviewState verdict();

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            boolean byId = !mentions.isEmpty() || !events.isEmpty() || !statements.isEmpty();
            boolean inBulk = bulk != null && bulk.any();
            if (byId == inBulk) {
                throw new CliProblem("say which: --mention/--event/--statement ID (as 'review list' prints them), "
                        + "or one of --type, --rule, --entity for all of them at once");
            }
            if (inBulk) {
                RowEdit edit = bulk.entity != null ? open.edits().reviewEntity(bulk.entity, verdict())
                        : bulk.type != null ? open.edits().reviewType(bulk.type.strip().toUpperCase(Locale.ROOT), verdict())
                        : open.edits().reviewRule(ruleAsListed(open, bulk.rule), verdict());
                out.println(edit.describe() + ".");
                return;
            }
            // One undo step each, as A and R are in the window.
            mentions.forEach(id -> out.println(open.edits().review(Suggestion.Kind.MENTION, id, verdict()).describe() + "."));
            events.forEach(id -> out.println(open.edits().review(Suggestion.Kind.EVENT, id, verdict()).describe() + "."));
            statements.forEach(id -> out.println(open.edits().review(Suggestion.Kind.STATEMENT, id, verdict()).describe() + "."));
        }

        /** The rule as stored, whatever the case it was typed in. */
        private static String ruleAsListed(OpenCase open, String typed) {
            return open.suggestions().stream().map(Suggestion::rule).filter(r -> r.equalsIgnoreCase(typed.strip())).findFirst()
                    .orElseThrow(() -> new CliProblem("no suggestion left to review was proposed by “" + typed.strip()
                            + "”; 'review list' shows each one's rule after \"proposed by\""));
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = "Accept suggestions by id (one undo step each) or all of a type, rule or entity (one step).")
    static final class Accept extends Verdict {
        Accept(AppServices services) {
            super(services);
        }

        @Override
        ReviewState verdict() {
            return ReviewState.ACCEPTED;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Reject suggestions by id (one undo step each) or all of a type, rule or entity (one step); "
                    + "a rejected suggestion is never proposed again.")
    static final class Reject extends Verdict {
        Reject(AppServices services) {
            super(services);
        }

        @Override
        ReviewState verdict() {
            return ReviewState.REJECTED;
        }
    }

    static String idOf(Suggestion s) {
        return switch (s.kind()) {
            case MENTION -> "mention ";
            case EVENT -> "event ";
            case STATEMENT -> "statement ";
        } + s.id();
    }
}
