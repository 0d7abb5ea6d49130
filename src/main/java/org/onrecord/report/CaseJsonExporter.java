package org.onrecord.report;

import com.fasterxml.jackson.core.JsonGenerator;
import org.onrecord.model.Article;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.EventLinks;
import org.onrecord.model.Mention;
import org.onrecord.model.Note;
import org.onrecord.model.Provenance;
import org.onrecord.model.MetadataField;
import org.onrecord.model.SpeakerName;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.store.CaseStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a case as the JSON export contract of {@code shared/eval/README.md}: field names are a
 * public contract (add, never rename); offsets are UTF-16 indices into each article's body.
 */
public final class CaseJsonExporter {

    public void export(CaseStore store, Writer out) throws IOException {
        try (JsonGenerator json = ExportJson.generator(out)) {
            json.writeStartObject();
            json.writeStringField("format", "onrecord-case");
            json.writeNumberField("format_version", 1);
            json.writeArrayFieldStart("articles");
            // One body at a time (headers first, then each body as it is read): the export of a large case
            // never holds every body at once.
            Map<Long, Article> headers = new LinkedHashMap<>();
            store.articles().allWithoutBodies().forEach(a -> headers.put(a.id(), a));
            try {
                store.articles().forEachBody(headers.keySet(), (id, body) -> {
                    Article a = headers.get(id);
                    try {
                        writeArticle(json, new Article(a.id(), a.fileName(), a.contentHash(), a.mediaType(), a.metadata(), a.given(),
                                body, a.bodyStart(), a.bodyEnd(), a.importedAt()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            json.writeEndArray();
            List<Entity> entities = store.entities().all();
            writeEntities(json, entities, store.entities().mentions(), store.entities().allEvidence(),
                    store.entities().allMentionEvidence());
            Map<Long, Entity> entityById = entities.stream().collect(Collectors.toMap(Entity::id, e -> e));
            json.writeArrayFieldStart("statements");
            for (Statement s : store.statements().all()) {
                writeStatement(json, s, entityById);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("events");
            var links = store.events().allLinks();
            Map<Long, String> eventEvidence = store.events().allEvidence();
            for (Event e : store.events().all()) {
                writeEvent(json, e, links.getOrDefault(e.id(), EventLinks.none(e.id())), eventEvidence.get(e.id()));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("notes");
            for (Note n : store.notes().all()) {
                json.writeStartObject();
                json.writeNumberField("id", n.id());
                json.writeStringField("target", n.target().name().toLowerCase(Locale.ROOT));
                json.writeNumberField("target_id", n.targetId());
                json.writeStringField("text", n.text());
                json.writeStringField("created", n.created().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        out.flush();
    }

    private static void writeArticle(JsonGenerator json, Article a) throws IOException {
        var m = a.metadata();
        json.writeStartObject();
        json.writeNumberField("id", a.id());
        json.writeStringField("file", a.fileName());
        json.writeStringField("title", m.title());
        json.writeStringField("outlet", m.outlet());
        json.writeStringField("author", m.author());
        json.writeStringField("url", m.url());
        json.writeStringField("published", m.published() == null ? null : m.published().date().toString());
        json.writeStringField("published_precision", m.published() == null ? null : m.published().precision().code());
        json.writeStringField("language", m.language());
        json.writeStringField("media_type", a.mediaType());
        json.writeStringField("content_hash", a.contentHash());
        json.writeStringField("imported_at", a.importedAt().toString());
        json.writeArrayFieldStart("given");
        for (MetadataField f : MetadataField.values()) {
            if (a.provenanceOf(f) == Provenance.GIVEN) {
                json.writeString(f.code());
            }
        }
        json.writeEndArray();
        json.writeStringField("body", a.body());
        if (a.bodyStart() >= 0) {
            json.writeNumberField("body_start", a.bodyStart());
            json.writeNumberField("body_end", a.bodyEnd());
        }
        json.writeEndObject();
    }

    private static void writeEntities(JsonGenerator json, List<Entity> entities, List<Mention> mentions, Map<Long, String> evidence,
                                      Map<Long, String> mentionEvidence) throws IOException {
        Map<Long, List<Mention>> byEntity = mentions.stream().collect(Collectors.groupingBy(Mention::entityId));
        json.writeArrayFieldStart("entities");
        for (Entity e : entities) {
            json.writeStartObject();
            json.writeNumberField("id", e.id());
            json.writeStringField("name", e.name());
            json.writeStringField("type", e.type().name());
            json.writeArrayFieldStart("aliases");
            for (String alias : e.aliases()) {
                json.writeString(alias);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("mentions");
            for (Mention m : byEntity.getOrDefault(e.id(), List.of())) {
                json.writeStartObject();
                json.writeNumberField("id", m.id());
                json.writeNumberField("article", m.articleId());
                writeSpan(json, m.span());
                writeReview(json, m.origin().code(), m.state().code(), m.anchor().name(), mentionEvidence.get(m.id()));
            }
            json.writeEndArray();
            json.writeStringField("origin", e.origin().code());
            json.writeStringField("state", e.state().code());
            json.writeStringField("evidence", evidence.get(e.id()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeStatement(JsonGenerator json, Statement s, Map<Long, Entity> entities) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", s.id());
        json.writeNumberField("article", s.articleId());
        writeSpan(json, s.span());
        json.writeStringField("speaker", SpeakerName.asWritten(s, id -> Optional.ofNullable(entities.get(id))));
        ExportJson.numberOrNull(json, "speaker_entity", s.speakerEntityId());
        json.writeStringField("via", s.via());
        json.writeStringField("kind", s.kind());
        json.writeBooleanField("direct", s.direct());
        json.writeStringField("date_said", s.dateSaid() == null ? null : s.dateSaid().toString());
        writeOptionalSpan(json, "speaker", s.speakerSpan());
        writeOptionalSpan(json, "cue", s.cueSpan());
        writeReview(json, s.origin().code(), s.state().code(), s.anchor().name());
    }

    private static void writeEvent(JsonGenerator json, Event e, EventLinks links, String evidence) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", e.id());
        json.writeNumberField("article", e.articleId());
        writeSpan(json, e.span());
        json.writeStringField("value", e.date().value());
        json.writeStringField("from", e.date().from() == null ? null : e.date().from().toString());
        json.writeStringField("to", e.date().to() == null ? null : e.date().to().toString());
        json.writeStringField("precision", contractPrecision(e.date().precision()));
        json.writeStringField("precision_detail", e.date().precision().code());
        json.writeStringField("description", e.description());
        json.writeBooleanField("date_fixed", e.dateFixed());
        writeIds(json, "linked_entities", links.entityIds());
        writeIds(json, "linked_statements", links.statementIds());
        writeReview(json, e.origin().code(), e.state().code(), e.anchor().name(), evidence);
    }

    /**
     * The contract knows day, week, month, year and vague; a quarter is reported as months and a
     * decade as years (from/to carry the exact span, precision_detail the finer name).
     */
    static String contractPrecision(DatePrecision precision) {
        return switch (precision) {
            case QUARTER -> "month";
            case DECADE -> "year";
            default -> precision.code();
        };
    }

    private static void writeIds(JsonGenerator json, String name, Set<Long> ids) throws IOException {
        json.writeArrayFieldStart(name);
        for (long id : ids.stream().sorted().toList()) {
            json.writeNumber(id);
        }
        json.writeEndArray();
    }

    private static void writeSpan(JsonGenerator json, TextSpan span) throws IOException {
        json.writeNumberField("start", span.start());
        json.writeNumberField("end", span.end());
        json.writeStringField("text", span.text());
    }

    private static void writeOptionalSpan(JsonGenerator json, String prefix, TextSpan span) throws IOException {
        ExportJson.numberOrNull(json, prefix + "_start", span == null ? null : (long) span.start());
        ExportJson.numberOrNull(json, prefix + "_end", span == null ? null : (long) span.end());
    }

    /**
     * The closing fields with why the item was suggested ("NER: PERSON", "date: …"; null for what a
     * researcher made) before the end.
     */
    private static void writeReview(JsonGenerator json, String origin, String state, String anchor, String evidence) throws IOException {
        json.writeStringField("origin", origin);
        json.writeStringField("state", state);
        json.writeStringField("anchor", anchor.toLowerCase(Locale.ROOT));
        json.writeStringField("evidence", evidence);
        json.writeEndObject();
    }

    /** The closing fields of every annotation (how it came, whether reviewed, whether anchored) and its end. */
    private static void writeReview(JsonGenerator json, String origin, String state, String anchor) throws IOException {
        json.writeStringField("origin", origin);
        json.writeStringField("state", state);
        json.writeStringField("anchor", anchor.toLowerCase(Locale.ROOT));
        json.writeEndObject();
    }
}
