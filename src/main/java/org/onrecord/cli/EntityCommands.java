package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Mention;
import org.onrecord.service.OpenCase;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code onrecord entity …} and {@code onrecord mention …}. */
final class EntityCommands {
    private EntityCommands() {
    }

    @Command(name = "entity", mixinStandardHelpOptions = true, description = "Add, edit, merge, split and delete entities.",
            subcommands = {Add.class, Edit.class, Delete.class, Merge.class, Split.class, Alias.class, ListAll.class})
    static final class Group extends EditCommand.Group {
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an entity; prints its id (entity N).")
    static final class Add extends EditCommand {
        @Option(names = "--name", required = true, description = "How it is usually named.")
        String name;

        @Option(names = "--type", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
        EntityType type;

        @Option(names = "--alias", paramLabel = "A", description = "Another name it goes by (repeatable).")
        List<String> aliases = new ArrayList<>();

        Add(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            RowEdit edit = open.edits().addEntity(name, type, aliases);
            out.println("entity " + edit.createdId());
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Rename and/or retype an entity.")
    static final class Edit extends EditCommand {
        @Parameters(paramLabel = "ID", description = "The entity.")
        long id;

        @Option(names = "--name", description = "The new name (it replaces the old one among the aliases).")
        String name;

        @Option(names = "--type", description = "The new type: ${COMPLETION-CANDIDATES}.")
        EntityType type;

        Edit(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            if (name == null && type == null) {
                throw new CliProblem("say what to change: --name and/or --type");
            }
            open.edits().renameEntity(id, name, type);
            Entity e = store.entities().find(id).orElseThrow();
            out.println("entity " + id + ": " + e.name() + " (" + e.type() + ")");
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete an entity with its mentions and notes; statements it spoke keep their speaker text.")
    static final class Delete extends EditCommand {
        @Parameters(paramLabel = "ID", description = "The entity.")
        long id;

        Delete(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            open.edits().deleteEntity(id);
            out.println("deleted entity " + id);
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge entities into one (DPRK into North Korea): their names and aliases become aliases of "
                    + "the target, their mentions, statements and notes follow it, and they are removed.")
    static final class Merge extends EditCommand {
        @Option(names = "--into", required = true, paramLabel = "ID", description = "The entity that stays.")
        long into;

        @Parameters(arity = "1..*", paramLabel = "ID", description = "The entities merged into it.")
        List<Long> ids;

        Merge(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            open.edits().mergeEntities(into, ids);
            Entity e = store.entities().find(into).orElseThrow();
            out.println("merged " + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " into entity "
                    + into + " (" + e.name() + "; aliases: " + String.join(", ", e.aliases()) + ")");
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Split an alias off into a new entity of the same type, with the mentions written so; prints its id.")
    static final class Split extends EditCommand {
        @Parameters(paramLabel = "ID", description = "The entity to split.")
        long id;

        @Option(names = "--alias", required = true, paramLabel = "A", description = "The alias that becomes its own entity.")
        String alias;

        Split(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            RowEdit edit = open.edits().splitEntity(id, alias);
            long fresh = edit.createdId();
            out.println("entity " + fresh);
            out.println("split \"" + alias.strip() + "\" off entity " + id + " with "
                    + store.entities().mentionsOf(fresh).size() + " mention(s)");
        }
    }

    @Command(name = "alias", mixinStandardHelpOptions = true, description = "Add or remove an entity's alias.",
            subcommands = {AliasAdd.class, AliasRemove.class})
    static final class Alias extends EditCommand.Group {
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an alias: entity alias add ID ALIAS.")
    static final class AliasAdd extends EditCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The entity.")
        long id;

        @Parameters(index = "1", paramLabel = "ALIAS", description = "The other name.")
        String alias;

        AliasAdd(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            open.edits().addAlias(id, alias);
            out.println("entity " + id + " aliases: " + String.join(", ", store.entities().find(id).orElseThrow().aliases()));
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an alias: entity alias remove ID ALIAS.")
    static final class AliasRemove extends EditCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The entity.")
        long id;

        @Parameters(index = "1", paramLabel = "ALIAS", description = "The alias to remove (not the name).")
        String alias;

        AliasRemove(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            open.edits().removeAlias(id, alias);
            out.println("entity " + id + " aliases: " + String.join(", ", store.entities().find(id).orElseThrow().aliases()));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List entities: id, type, name, aliases, mention count.")
    static final class ListAll extends EditCommand implements EditCommand.ReadsOnly {
        ListAll(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            Map<Long, Long> mentions = store.entities().mentions().stream()
                    .collect(Collectors.groupingBy(Mention::entityId, Collectors.counting()));
            for (Entity e : store.entities().all()) {
                out.printf("%d\t%s\t%s\t%s\t%d%n", e.id(), e.type(), e.name(), String.join("; ", e.aliases()),
                        mentions.getOrDefault(e.id(), 0L));
            }
        }
    }

    @Command(name = "mention", mixinStandardHelpOptions = true, description = "Mark or unmark where an entity is named.",
            subcommands = {MentionAdd.class, MentionDelete.class})
    static final class MentionGroup extends EditCommand.Group {
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Mark where an entity is named: --text \"exact words\" [--occurrence N] or --start S --end E; "
                    + "prints its id (mention N).")
    static final class MentionAdd extends EditCommand {
        @Option(names = "--entity", required = true, paramLabel = "ID", description = "The entity named.")
        long entity;

        @Option(names = "--article", required = true, paramLabel = "ID", description = "The article.")
        long articleId;

        @Mixin
        SpanOptions span;

        MentionAdd(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            var at = span.resolve(article(store, articleId).body());
            RowEdit edit = open.edits().addMention(entity, articleId, at);
            out.println("mention " + edit.createdId());
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Remove a mention.")
    static final class MentionDelete extends EditCommand {
        @Parameters(paramLabel = "ID", description = "The mention.")
        long id;

        MentionDelete(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            open.edits().deleteMention(id);
            out.println("deleted mention " + id);
        }
    }
}
