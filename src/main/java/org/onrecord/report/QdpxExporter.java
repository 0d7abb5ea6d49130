package org.onrecord.report;

import org.onrecord.dates.DateLabels;
import org.onrecord.model.Article;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Note;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.model.TextSpan;
import org.onrecord.progress.Progress;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * A REFI-QDA project ({@code .qdpx}, QDA-XML project 1.0): a zip with {@code project.qde} and the
 * article bodies as {@code sources/<guid>.txt}. Codes: one per statement kind, per speaker and per
 * entity, under three uncodable parent codes, plus one for dated events. Each statement is a
 * coded selection (kind and speaker), each mention one (entity), each event one; notes become
 * project notes referenced from what they are about. Positions are Unicode code points into the
 * source text, as the standard counts them. GUIDs are derived from the case and the item, so the
 * same case exports the same GUIDs.
 */
public final class QdpxExporter {
    public static final String NS = "urn:QDA-XML:project:1.0";

    public void write(Selection sel, List<StatementKind> kinds, String projectName, OutputStream out, Progress progress)
            throws IOException {
        String salt = projectName;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<Long, String> sourceGuid = new LinkedHashMap<>();
        sel.articles().forEach(a -> sourceGuid.put(a.id(), guid(salt, "source", a.id() + ":" + a.contentHash())));
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("project.qde"));
        zip.write(projectXml(sel, kinds, projectName, salt, now, sourceGuid));
        zip.closeEntry();
        int done = 0;
        for (Article a : sel.articles()) {
            if (progress.isCancelled()) {
                throw new CancellationException("export cancelled");
            }
            zip.putNextEntry(new ZipEntry("sources/" + sourceGuid.get(a.id()) + ".txt"));
            zip.write(a.body().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            progress.update(++done, sel.articles().size(), "Writing sources");
        }
        zip.finish();
        zip.flush();
    }

    private byte[] projectXml(Selection sel, List<StatementKind> kinds, String projectName, String salt, Instant now,
                              Map<Long, String> sourceGuid) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer, "UTF-8");
            String user = guid(salt, "user", "researcher");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("Project");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("name", Xml.clean(projectName));
            x.writeAttribute("origin", "Onrecord 0.1.0");
            x.writeAttribute("creatingUserGUID", user);
            x.writeAttribute("creationDateTime", now.toString());

            x.writeStartElement("Users");
            x.writeEmptyElement("User");
            x.writeAttribute("guid", user);
            x.writeAttribute("name", "Researcher");
            x.writeEndElement();

            // codes
            Map<String, String> kindCode = new LinkedHashMap<>();
            Map<String, String> kindName = new LinkedHashMap<>();
            for (StatementKind k : kinds) {
                kindCode.put(k.code(), guid(salt, "kind", k.code()));
                kindName.put(k.code(), k.label());
            }
            for (Statement s : sel.statements()) {
                kindCode.computeIfAbsent(s.kind(), k -> guid(salt, "kind", k));
                kindName.putIfAbsent(s.kind(), s.kind());
            }
            Map<String, String> speakerCode = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Statement s : sel.statements()) {
                String name = sel.speakerName(s);
                speakerCode.computeIfAbsent(name, n -> guid(salt, "speaker", n.toLowerCase(Locale.ROOT)));
            }
            Map<Long, String> entityCode = new LinkedHashMap<>();
            sel.entities().forEach(e -> entityCode.put(e.id(), guid(salt, "entity", Long.toString(e.id()))));
            String eventCode = guid(salt, "code", "dated-event");

            x.writeStartElement("CodeBook");
            x.writeStartElement("Codes");
            x.writeStartElement("Code");
            code(x, guid(salt, "code", "kinds"), "Statement kinds", false);
            for (var k : kindCode.entrySet()) {
                x.writeEmptyElement("Code");
                code(x, k.getValue(), kindName.get(k.getKey()), true);
            }
            x.writeEndElement();
            x.writeStartElement("Code");
            code(x, guid(salt, "code", "speakers"), "Speakers", false);
            for (var s : speakerCode.entrySet()) {
                x.writeEmptyElement("Code");
                code(x, s.getValue(), s.getKey(), true);
            }
            x.writeEndElement();
            x.writeStartElement("Code");
            code(x, guid(salt, "code", "entities"), "Entities", false);
            for (Entity e : sel.entities()) {
                x.writeStartElement("Code");
                code(x, entityCode.get(e.id()), e.name(), true);
                String about = e.type().name().toLowerCase(Locale.ROOT)
                        + (e.aliases().isEmpty() ? "" : "; also named: " + String.join(", ", e.aliases()));
                element(x, "Description", about);
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEmptyElement("Code");
            code(x, eventCode, "Dated events", true);
            x.writeEndElement();
            x.writeEndElement();

            // notes: GUIDs first, so sources and selections can point at them
            Map<String, List<String>> noteRefs = new HashMap<>();
            Map<Note, String> noteGuid = new LinkedHashMap<>();
            for (Note n : sel.notes()) {
                String g = guid(salt, "note", n.target() + ":" + n.targetId() + ":" + n.id());
                noteGuid.put(n, g);
                noteRefs.computeIfAbsent(n.target() + ":" + n.targetId(), k -> new ArrayList<>()).add(g);
            }

            Map<Long, List<Statement>> statements = group(sel.statements(), Statement::articleId);
            Map<Long, List<Mention>> mentions = group(sel.mentions(), Mention::articleId);
            Map<Long, List<Event>> events = group(sel.events(), Event::articleId);
            if (!sel.articles().isEmpty()) {
                x.writeStartElement("Sources");
                for (Article a : sel.articles()) {
                    String g = sourceGuid.get(a.id());
                    x.writeStartElement("TextSource");
                    x.writeAttribute("guid", g);
                    x.writeAttribute("name", Xml.clean(a.displayTitle()));
                    x.writeAttribute("plainTextPath", "internal://" + g + ".txt");
                    x.writeAttribute("creatingUser", user);
                    x.writeAttribute("creationDateTime", a.importedAt().truncatedTo(ChronoUnit.SECONDS).toString());
                    element(x, "Description", describe(a));
                    String body = a.body();
                    for (Statement s : statements.getOrDefault(a.id(), List.of())) {
                        selection(x, salt, "statement", s.id(), body, s.span(),
                                "Statement " + s.id() + ": " + kindName.getOrDefault(s.kind(), s.kind()) + ", " + sel.speakerName(s),
                                describe(s), user, List.of(kindCode.get(s.kind()), speakerCode.get(sel.speakerName(s))),
                                noteRefs.getOrDefault("STATEMENT:" + s.id(), List.of()));
                    }
                    for (Mention m : mentions.getOrDefault(a.id(), List.of())) {
                        Entity e = sel.entityById().get(m.entityId());
                        selection(x, salt, "mention", m.id(), body, m.span(), e.name(), null, user,
                                List.of(entityCode.get(m.entityId())), noteRefs.getOrDefault("ENTITY:" + e.id(), List.of()));
                    }
                    for (Event e : events.getOrDefault(a.id(), List.of())) {
                        selection(x, salt, "event", e.id(), body, e.span(), "Date: " + DateLabels.of(e.date()),
                                "value " + e.date().value() + ", " + e.date().precision().code()
                                        + (e.date().from() != null ? ", from " + e.date().from() : "")
                                        + (e.date().to() != null ? ", to " + e.date().to() : "")
                                        + (e.description() != null ? ": " + e.description() : ""),
                                user, List.of(eventCode), noteRefs.getOrDefault("EVENT:" + e.id(), List.of()));
                    }
                    for (String ref : noteRefs.getOrDefault("ARTICLE:" + a.id(), List.of())) {
                        x.writeEmptyElement("NoteRef");
                        x.writeAttribute("targetGUID", ref);
                    }
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            if (!noteGuid.isEmpty()) {
                x.writeStartElement("Notes");
                for (var n : noteGuid.entrySet()) {
                    x.writeStartElement("Note");
                    x.writeAttribute("guid", n.getValue());
                    x.writeAttribute("name", n.getKey().target().name().toLowerCase(Locale.ROOT) + " note");
                    x.writeAttribute("creatingUser", user);
                    x.writeAttribute("creationDateTime", n.getKey().created().truncatedTo(ChronoUnit.SECONDS).toString());
                    element(x, "PlainTextContent", n.getKey().text());
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write project.qde: " + e.getMessage(), e);
        }
        return buffer.toByteArray();
    }

    private static void selection(XMLStreamWriter x, String salt, String kind, long id, String body, TextSpan span, String name,
                                  String description, String user, List<String> codes, List<String> notes) throws XMLStreamException {
        x.writeStartElement("PlainTextSelection");
        x.writeAttribute("guid", guid(salt, kind, Long.toString(id)));
        x.writeAttribute("name", Xml.clean(name));
        x.writeAttribute("startPosition", Integer.toString(codePoints(body, span.start())));
        x.writeAttribute("endPosition", Integer.toString(codePoints(body, span.end())));
        x.writeAttribute("creatingUser", user);
        if (description != null) {
            element(x, "Description", description);
        }
        int i = 0;
        for (String code : codes) {
            x.writeStartElement("Coding");
            x.writeAttribute("guid", guid(salt, kind + "-coding-" + i++, Long.toString(id)));
            x.writeAttribute("creatingUser", user);
            x.writeEmptyElement("CodeRef");
            x.writeAttribute("targetGUID", code);
            x.writeEndElement();
        }
        for (String ref : notes) {
            x.writeEmptyElement("NoteRef");
            x.writeAttribute("targetGUID", ref);
        }
        x.writeEndElement();
    }

    private static int codePoints(String body, int utf16) {
        return body.codePointCount(0, Math.min(utf16, body.length()));
    }

    private static String describe(Article a) {
        var m = a.metadata();
        List<String> parts = new ArrayList<>();
        if (m.outlet() != null) {
            parts.add(m.outlet());
        }
        if (m.author() != null) {
            parts.add(m.author());
        }
        if (m.published() != null) {
            parts.add(m.published().date().toString());
        }
        if (m.url() != null) {
            parts.add(m.url());
        }
        parts.add("file " + a.fileName());
        parts.add("SHA-256 " + a.contentHash());
        return String.join("; ", parts);
    }

    private static String describe(Statement s) {
        List<String> parts = new ArrayList<>();
        parts.add(s.direct() ? "direct quote" : "reported speech");
        if (s.via() != null) {
            parts.add("via " + s.via());
        }
        if (s.dateSaid() != null) {
            parts.add("said " + s.dateSaid());
        }
        parts.add(s.state().code());
        return String.join("; ", parts);
    }

    private static void code(XMLStreamWriter x, String guid, String name, boolean codable) throws XMLStreamException {
        x.writeAttribute("guid", guid);
        x.writeAttribute("name", Xml.clean(name));
        x.writeAttribute("isCodable", Boolean.toString(codable));
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(Xml.clean(text));
        x.writeEndElement();
    }

    private static <T> Map<Long, List<T>> group(List<T> items, ToLongFunction<T> key) {
        Map<Long, List<T>> map = new HashMap<>();
        for (T item : items) {
            map.computeIfAbsent(key.applyAsLong(item), k -> new ArrayList<>()).add(item);
        }
        return map;
    }

    /** A stable GUID (name-based UUID) for an item of this project. */
    static String guid(String salt, String kind, String id) {
        return UUID.nameUUIDFromBytes((salt + "\u0000" + kind + "\u0000" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
