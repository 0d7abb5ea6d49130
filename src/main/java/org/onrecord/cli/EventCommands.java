package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.model.DateValue;
import org.onrecord.model.Event;
import org.onrecord.model.TextSpan;
import org.onrecord.service.DateValues;
import org.onrecord.service.OpenCase;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.service.edit.Table;
import org.onrecord.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/** {@code onrecord event …}. */
final class EventCommands {
    private EventCommands() {
    }

    @Command(name = "event", mixinStandardHelpOptions = true, description = "Add, edit and delete dated events.",
            subcommands = {Add.class, Edit.class, Link.class, Delete.class, ListAll.class})
    static final class Group extends EditCommand.Group {
    }

    /** --value, --from, --to. */
    static final class DateOptions {
        @Option(names = "--value", paramLabel = "V", description = "The date, TimeML-style: YYYY-MM-DD (a day), YYYY-MM "
                + "(the whole month), YYYY (the year), YYYY-Www (an ISO week), PAST_REF, PRESENT_REF or FUTURE_REF "
                + "(vague; optional --from/--to bounds).")
        String value;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Start of a range (alone with --to), or bound of a vague value.")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "End of a range (alone with --from), or bound of a vague value.")
        String to;

        boolean given() {
            return value != null || from != null || to != null;
        }

        DateValue parse() {
            return DateValues.parse(value, from, to);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a dated event on the words that date it (--text \"exact words\" [--occurrence N] or --start S "
                    + "--end E); prints its id (event N) and its date. Without --value the date is proposed from the words "
                    + "and the publication date, and re-resolved when that changes; a --value is fixed.")
    static final class Add extends EditCommand {
        @Option(names = "--article", required = true, paramLabel = "ID", description = "The article.")
        long articleId;

        @Mixin
        SpanOptions span;

        @Mixin
        DateOptions date;

        @Option(names = "--description", paramLabel = "D", description = "What happened.")
        String description;

        Add(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            TextSpan at = span.resolve(article(store, articleId).body());
            DateValue value = date.given() ? date.parse() : null;
            RowEdit edit = open.edits().addEvent(articleId, at, value, description);
            Event e = edit.after(Table.EVENT);
            out.println("event " + edit.createdId());
            out.println((value == null ? "proposed date: " : "date: ") + DateValues.describe(e.date()));
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Change an event; options not given stay. A new date (--value, --from/--to) is fixed: a new "
                    + "publication date no longer re-dates it. --description \"\" clears the description.")
    static final class Edit extends EditCommand {
        @Parameters(paramLabel = "ID", description = "The event.")
        long id;

        @Mixin
        DateOptions date;

        @Option(names = "--description", paramLabel = "D", description = "What happened.")
        String description;

        @Mixin
        SpanOptions span;

        Edit(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            Event e = store.events().find(id).orElseThrow(() -> new CliProblem("no event with id " + id));
            TextSpan at = span.given() ? span.resolve(article(store, e.articleId()).body()) : e.span();
            Event changed = e.withSpan(at, e.anchor()).withDescription(description == null ? e.description() : description);
            open.edits().editEvent(date.given() ? changed.withFixedDate(date.parse()) : changed);
            Event now = store.events().find(id).orElseThrow();
            out.println("event " + id + ": " + DateValues.describe(now.date()) + (now.dateFixed() ? ", fixed" : ""));
        }
    }

    @Command(name = "link", mixinStandardHelpOptions = true,
            description = "Link an event to the entities and statements it is about (replaces its links; none: no option).")
    static final class Link extends EditCommand {
        @Parameters(paramLabel = "ID", description = "The event.")
        long id;

        @Option(names = "--entity", paramLabel = "ID", description = "An entity the event is about (repeatable).")
        List<Long> entities = new ArrayList<>();

        @Option(names = "--statement", paramLabel = "ID", description = "A statement the event is about (repeatable).")
        List<Long> statements = new ArrayList<>();

        Link(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            open.edits().linkEvent(id, Set.copyOf(entities), Set.copyOf(statements));
            var links = store.events().links(id);
            out.println("event " + id + ": linked to entities " + links.entityIds().stream().sorted().toList()
                    + ", statements " + links.statementIds().stream().sorted().toList());
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an event and its notes.")
    static final class Delete extends EditCommand {
        @Parameters(paramLabel = "ID", description = "The event.")
        long id;

        Delete(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            open.edits().deleteEvent(id);
            out.println("deleted event " + id);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List events: id, article, value, from..to, precision, fixed/proposed, anchor, words.")
    static final class ListAll extends EditCommand implements EditCommand.ReadsOnly {
        @Option(names = "--article", paramLabel = "ID", description = "Only this article's.")
        Long articleId;

        ListAll(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            List<Event> all = articleId == null ? store.events().all() : store.events().in(article(store, articleId).id());
            for (Event e : all) {
                out.printf("%d\t%d\t%s\t%s..%s\t%s\t%s\t%s\t%s%n", e.id(), e.articleId(), e.date().value(),
                        e.date().from() == null ? "" : e.date().from(), e.date().to() == null ? "" : e.date().to(),
                        e.date().precision().code(), e.dateFixed() ? "fixed" : "proposed",
                        e.anchor().name().toLowerCase(Locale.ROOT), e.span().text().replaceAll("\\s+", " "));
            }
        }
    }
}
