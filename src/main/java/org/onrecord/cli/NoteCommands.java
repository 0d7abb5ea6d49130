package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.model.Note;
import org.onrecord.model.NoteHit;
import org.onrecord.service.NoteService;
import org.onrecord.service.OpenCase;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.store.CaseStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;

/** {@code onrecord note …}. */
final class NoteCommands {
    private NoteCommands() {
    }

    @Command(name = "note", mixinStandardHelpOptions = true,
            description = "Notes on articles, entities, statements and events; full-text search over them "
                    + "(also part of the top-level search).",
            subcommands = {Add.class, ListAll.class, SearchNotes.class, Edit.class, Delete.class})
    static final class Group extends EditCommand.Group {
    }

    /** Exactly one of --article, --entity, --statement, --event. */
    static final class Target {
        @Option(names = "--article", paramLabel = "ID", required = true, description = "On an article.")
        Long article;

        @Option(names = "--entity", paramLabel = "ID", required = true, description = "On an entity.")
        Long entity;

        @Option(names = "--statement", paramLabel = "ID", required = true, description = "On a statement.")
        Long statement;

        @Option(names = "--event", paramLabel = "ID", required = true, description = "On an event.")
        Long event;

        Note.NoteTarget type() {
            return article != null ? Note.NoteTarget.ARTICLE : entity != null ? Note.NoteTarget.ENTITY
                    : statement != null ? Note.NoteTarget.STATEMENT : Note.NoteTarget.EVENT;
        }

        long id() {
            return article != null ? article : entity != null ? entity : statement != null ? statement : event;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a note: (--article|--entity|--statement|--event) ID --text T; prints its id (note N).")
    static final class Add extends EditCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Option(names = "--text", required = true, paramLabel = "T", description = "The note.")
        String text;

        Add(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            RowEdit edit = open.edits().addNote(target.type(), target.id(), text);
            out.println("note " + edit.createdId());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List notes (all, or those on one target): id, target, created, text.")
    static final class ListAll extends EditCommand implements EditCommand.ReadsOnly {
        @ArgGroup(exclusive = true, multiplicity = "0..1")
        Target target;

        ListAll(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            List<Note> notes = target == null ? services.notes().all(store) : services.notes().of(store, target.type(), target.id());
            for (Note n : notes) {
                out.printf("%d\t%s\t%s\t%s%n", n.id(), NoteService.label(n.target(), n.targetId()), n.created(),
                        n.text().replaceAll("\\s+", " "));
            }
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Full-text search in notes: ranked hits with snippets. Words must all occur; \"quoted phrase\"; prefix*.")
    static final class SearchNotes extends EditCommand implements EditCommand.ReadsOnly {
        @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
        int limit;

        @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
        List<String> query;

        SearchNotes(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            List<NoteHit> hits = services.notes().search(store, String.join(" ", query), limit);
            hits.forEach(hit -> out.println(line(hit)));
            if (hits.isEmpty()) {
                spec.commandLine().getErr().println("no note matches");
            }
        }
    }

    static String line(NoteHit hit) {
        Note n = hit.note();
        return "note " + n.id() + "\t" + NoteService.label(n.target(), n.targetId()) + "\t" + hit.snippet().replaceAll("\\s+", " ");
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Rewrite a note: note edit ID --text T.")
    static final class Edit extends EditCommand {
        @Parameters(paramLabel = "ID", description = "The note.")
        long id;

        @Option(names = "--text", required = true, paramLabel = "T", description = "The new text.")
        String text;

        Edit(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            open.edits().editNote(id, text);
            out.println("note " + id + " changed");
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a note.")
    static final class Delete extends EditCommand {
        @Parameters(paramLabel = "ID", description = "The note.")
        long id;

        Delete(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            open.edits().deleteNote(id);
            out.println("deleted note " + id);
        }
    }
}
