package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.model.Entity;
import org.onrecord.model.SpeakerName;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.model.TextSpan;
import org.onrecord.service.Days;
import org.onrecord.service.OpenCase;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.store.CaseStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code onrecord statement …}. */
final class StatementCommands {
    private StatementCommands() {
    }

    @Command(name = "statement", mixinStandardHelpOptions = true,
            description = "Add, edit and delete statements; list and extend the case's statement kinds.",
            subcommands = {Add.class, Edit.class, Delete.class, ListAll.class, Kinds.class, Kind.class})
    static final class Group extends EditCommand.Group {
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a statement: the quoted or reported words (--text \"exact words\" [--occurrence N] or "
                    + "--start S --end E), its kind and who said it; prints its id (statement N).")
    static final class Add extends EditCommand {
        @Option(names = "--article", required = true, paramLabel = "ID", description = "The article.")
        long articleId;

        @Mixin
        SpanOptions span;

        @Option(names = "--kind", required = true, paramLabel = "K", description = "A kind of the case (see: statement kinds).")
        String kind;

        @Option(names = "--speaker", paramLabel = "TEXT", description = "Who said it, as a reader names them (free text).")
        String speaker;

        @Option(names = "--speaker-entity", paramLabel = "ID",
                description = "The speaker as an entity (its name is the speaker text when --speaker is not given).")
        Long speakerEntity;

        @Option(names = "--via", paramLabel = "V", description = "Whom it was said to or through (outlet, addressee).")
        String via;

        @Option(names = "--reported", description = "Reported speech rather than a direct quote.")
        boolean reported;

        @Option(names = "--date-said", paramLabel = "YYYY-MM-DD", converter = DayArgument.class, description = "When it was said.")
        LocalDate dateSaid;

        @Option(names = "--note", paramLabel = "N", description = "A note to attach to the statement.")
        String note;

        Add(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            TextSpan at = span.resolve(article(store, articleId).body());
            RowEdit edit = open.edits().addStatement(articleId, at, kind, speaker, speakerEntity, via, !reported,
                    dateSaid, note);
            out.println("statement " + edit.createdId());
        }
    }

    /** --reported / --direct. */
    static final class Directness {
        @Option(names = "--reported", description = "Make it reported speech.")
        boolean reported;

        @Option(names = "--direct", description = "Make it a direct quote.")
        boolean direct;
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Change a statement; options not given stay as they are. An empty value (\"\") or 'none' clears "
                    + "--speaker, --via, --speaker-entity and --date-said.")
    static final class Edit extends EditCommand {
        @Parameters(paramLabel = "ID", description = "The statement.")
        long id;

        @Option(names = "--kind", paramLabel = "K", description = "A kind of the case.")
        String kind;

        @Option(names = "--speaker", paramLabel = "TEXT", description = "Who said it (free text).")
        String speaker;

        @Option(names = "--speaker-entity", paramLabel = "ID", description = "The speaker as an entity, or 'none'.")
        String speakerEntity;

        @Option(names = "--via", paramLabel = "V", description = "Whom it was said to or through.")
        String via;

        @ArgGroup(exclusive = true)
        Directness directness;

        @Option(names = "--date-said", paramLabel = "YYYY-MM-DD", description = "When it was said, or 'none'.")
        String dateSaid;

        @Mixin
        SpanOptions span;

        Edit(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            Statement s = store.statements().find(id).orElseThrow(() -> new CliProblem("no statement with id " + id));
            TextSpan at = span.given() ? span.resolve(article(store, s.articleId()).body()) : s.span();
            Long entity = speakerEntity == null ? s.speakerEntityId() : cleared(speakerEntity) ? null : number(speakerEntity);
            String speakerText = speaker == null ? s.speaker() : speaker;
            if (speaker == null && speakerEntity != null && entity != null && s.speakerEntityId() != null
                    && store.entities().find(s.speakerEntityId()).map(e -> e.name().equals(s.speaker())).orElse(false)) {
                speakerText = null; // the old speaker text was the old entity's name: take the new one's
            }
            boolean direct = directness == null ? s.direct() : directness.direct;
            LocalDate said = dateSaid == null ? s.dateSaid() : cleared(dateSaid) ? null : day(dateSaid);
            open.edits().editStatement(s.withSpan(at).withSpeaker(speakerText, entity).withVia(via == null ? s.via() : via)
                    .withKind(kind == null ? s.kind() : kind).withDirect(direct).withDateSaid(said));
            out.println("statement " + id + " changed");
        }

        private static boolean cleared(String value) {
            return value.isBlank() || value.equalsIgnoreCase("none");
        }

        private static long number(String value) {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new CliProblem("--speaker-entity takes an entity id or 'none', not '" + value + "'");
            }
        }

        private static LocalDate day(String value) {
            try {
                return Days.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CliProblem("--date-said " + e.getMessage() + " (or 'none')");
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a statement and its notes.")
    static final class Delete extends EditCommand {
        @Parameters(paramLabel = "ID", description = "The statement.")
        long id;

        Delete(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            open.edits().deleteStatement(id);
            out.println("deleted statement " + id);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List statements: id, article, kind, speaker, direct/reported, anchor, words.")
    static final class ListAll extends EditCommand implements EditCommand.ReadsOnly {
        @Option(names = "--article", paramLabel = "ID", description = "Only this article's.")
        Long articleId;

        ListAll(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            List<Statement> all = articleId == null ? store.statements().all() : store.statements().in(article(store, articleId).id());
            Map<Long, Entity> entities = store.entities().all().stream().collect(Collectors.toMap(Entity::id, e -> e));
            for (Statement s : all) {
                out.printf("%d\t%d\t%s\t%s\t%s\t%s\t%s%n", s.id(), s.articleId(), s.kind(), SpeakerName.of(s, entities).orElse("-"),
                        s.direct() ? "direct" : "reported", s.anchor().name().toLowerCase(Locale.ROOT),
                        s.span().text().replaceAll("\\s+", " "));
            }
        }
    }

    @Command(name = "kinds", mixinStandardHelpOptions = true, description = "List the case's statement kinds: code and label.")
    static final class Kinds extends EditCommand implements EditCommand.ReadsOnly {
        Kinds(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            for (StatementKind k : services.annotationEdits().kinds(store)) {
                out.println(k.code() + "\t" + k.label());
            }
        }
    }

    @Command(name = "kind", mixinStandardHelpOptions = true, description = "Extend the case's list of statement kinds.",
            subcommands = {KindAdd.class})
    static final class Kind extends EditCommand.Group {
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a kind: statement kind add CODE LABEL.")
    static final class KindAdd extends EditCommand {
        @Parameters(index = "0", paramLabel = "CODE", description = "Lower-case letters, digits and _ (e.g. promise).")
        String code;

        @Parameters(index = "1", paramLabel = "LABEL", description = "How it is shown (e.g. Promise).")
        String label;

        KindAdd(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            open.edits().addKind(code, label);
            out.println("kind " + code.strip());
        }
    }
}
