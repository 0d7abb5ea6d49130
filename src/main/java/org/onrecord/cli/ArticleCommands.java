package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.model.AnchorState;
import org.onrecord.model.PublicationDate;
import org.onrecord.service.AnchorService;
import org.onrecord.service.OpenCase;
import org.onrecord.service.edit.RowChange;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.service.edit.Table;
import org.onrecord.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.nio.file.NoSuchFileException;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Statement;
import org.onrecord.service.PublicationDates;

/** {@code onrecord article …}: edits on an article itself. */
final class ArticleCommands {
    private ArticleCommands() {
    }

    @Command(name = "article", mixinStandardHelpOptions = true,
            description = "Replace an article's body (re-anchoring its annotations) or change its publication date "
                    + "(re-dating its events whose date is not fixed).",
            subcommands = {Rebody.class, Published.class})
    static final class Group extends EditCommand.Group {
    }

    @Command(name = "rebody", mixinStandardHelpOptions = true,
            description = "Replace the body with the text of a UTF-8 file and re-anchor every mention, statement and event: "
                    + "words still at their offsets stay anchored, words found elsewhere move (nearest occurrence), "
                    + "others are flagged lost with their offsets kept. Reports the counts and lists what was lost.")
    static final class Rebody extends EditCommand {
        @Option(names = "--article", required = true, paramLabel = "ID", description = "The article.")
        long articleId;

        @Option(names = "--file", required = true, paramLabel = "PATH", description = "The new body text (UTF-8).")
        Path file;

        Rebody(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            article(store, articleId);
            String body = read(file);
            AnchorService.Reanchoring plan = open.edits().replaceBody(articleId, body);
            out.printf("article %d: body replaced; %d anchored, %d moved, %d lost%n", articleId, plan.anchored(),
                    plan.moved(), plan.lost());
            for (RowChange<?> change : plan.edit().changes()) {
                String lost = lostLine(change);
                if (lost != null) {
                    out.println(lost);
                }
            }
        }

        private static String lostLine(RowChange<?> change) {
            Object after = change.after();
            if (after instanceof Mention m && m.anchor() == AnchorState.LOST) {
                return "lost: mention " + m.id() + " \"" + m.span().text() + "\"";
            }
            if (after instanceof Statement s && s.anchor() == AnchorState.LOST) {
                return "lost: statement " + s.id() + " \"" + s.span().text() + "\"";
            }
            if (after instanceof Event e && e.anchor() == AnchorState.LOST) {
                return "lost: event " + e.id() + " \"" + e.span().text() + "\"";
            }
            return null;
        }

        private static String read(Path file) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (CharacterCodingException e) {
                throw new CliProblem(file + ": not UTF-8 text");
            } catch (NoSuchFileException e) {
                throw new CliProblem(file + ": no such file");
            } catch (IOException e) {
                throw new CliProblem(file + ": cannot be read (" + e.getMessage() + ")");
            }
        }
    }

    @Command(name = "published", mixinStandardHelpOptions = true,
            description = "Set the publication date you give (YYYY-MM-DD, YYYY-MM or YYYY; 'none' falls back to the "
                    + "detected one) and re-date the article's events whose date is not fixed.")
    static final class Published extends EditCommand {
        @Option(names = "--article", required = true, paramLabel = "ID", description = "The article.")
        long articleId;

        @Option(names = "--published", required = true, paramLabel = "DATE", description = "The date, or 'none'.")
        String published;

        Published(AppServices services) {
            super(services);
        }

        @Override
        protected void run(OpenCase open, PrintWriter out) {
            CaseStore store = open.store();
            PublicationDate date = published.strip().equalsIgnoreCase("none") ? null : parse(published);
            RowEdit edit = open.edits().changePublicationDate(articleId, date);
            long redated = edit.changes().stream().filter(c -> c.table() == Table.EVENT).count();
            var now = article(store, articleId).metadata().published();
            out.printf("article %d: published %s; %d event(s) re-dated%n", articleId,
                    now == null ? "unknown" : now.date() + " (" + now.precision().code() + ")", redated);
        }

        private static PublicationDate parse(String value) {
            try {
                return PublicationDates.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CliProblem(e.getMessage());
            }
        }
    }
}
