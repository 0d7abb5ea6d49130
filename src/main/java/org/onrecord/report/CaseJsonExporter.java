package org.onrecord.report;

import org.onrecord.model.Article;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Note;
import org.onrecord.model.Provenance;
import org.onrecord.model.MetadataField;
import org.onrecord.model.SpeakerName;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.store.CaseStore;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a case as the JSON export contract of {@code shared/eval/README.md}: field names are a
 * public contract (add, never rename); offsets are UTF-16 indices into each article's body.
 */
public final class CaseJsonExporter {

    public void export(CaseStore store, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out, true);
        json.beginObject();
        json.field("format", "onrecord-case");
        json.field("format_version", 1L);
        json.name("articles").beginArray();
        for (Article a : store.articles().all()) {
            writeArticle(json, a);
        }
        json.endArray();
        List<Entity> entities = store.entities().all();
        writeEntities(json, entities, store.entities().mentions());
        Map<Long, Entity> entityById = entities.stream().collect(Collectors.toMap(Entity::id, e -> e));
        json.name("statements").beginArray();
        for (Statement s : store.statements().all()) {
            writeStatement(json, s, entityById);
        }
        json.endArray();
        json.name("events").beginArray();
        var links = store.events().allLinks();
        for (Event e : store.events().all()) {
            writeEvent(json, e, links.getOrDefault(e.id(), org.onrecord.model.EventLinks.none(e.id())));
        }
        json.endArray();
        json.name("notes").beginArray();
        for (Note n : store.notes().all()) {
            json.beginObject().field("id", n.id()).field("target", n.target().name().toLowerCase(java.util.Locale.ROOT))
                    .field("target_id", n.targetId()).field("text", n.text()).field("created", n.created().toString())
                    .endObject();
        }
        json.endArray();
        json.endObject();
        out.write('\n');
        out.flush();
    }

    private static void writeArticle(JsonWriter json, Article a) throws IOException {
        var m = a.metadata();
        json.beginObject()
                .field("id", a.id())
                .field("file", a.fileName())
                .field("title", m.title())
                .field("outlet", m.outlet())
                .field("author", m.author())
                .field("url", m.url())
                .field("published", m.published() == null ? null : m.published().date().toString())
                .field("published_precision", m.published() == null ? null : m.published().precision().code())
                .field("language", m.language())
                .field("media_type", a.mediaType())
                .field("content_hash", a.contentHash())
                .field("imported_at", a.importedAt().toString());
        json.name("given").beginArray();
        for (MetadataField f : MetadataField.values()) {
            if (a.provenanceOf(f) == Provenance.GIVEN) {
                json.value(f.code());
            }
        }
        json.endArray();
        json.field("body", a.body());
        if (a.bodyStart() >= 0) {
            json.field("body_start", (long) a.bodyStart()).field("body_end", (long) a.bodyEnd());
        }
        json.endObject();
    }

    private static void writeEntities(JsonWriter json, List<Entity> entities, List<Mention> mentions) throws IOException {
        Map<Long, List<Mention>> byEntity = mentions.stream().collect(Collectors.groupingBy(Mention::entityId));
        json.name("entities").beginArray();
        for (Entity e : entities) {
            json.beginObject().field("id", e.id()).field("name", e.name()).field("type", e.type().name());
            json.name("aliases").beginArray();
            for (String alias : e.aliases()) {
                json.value(alias);
            }
            json.endArray();
            json.name("mentions").beginArray();
            for (Mention m : byEntity.getOrDefault(e.id(), List.of())) {
                json.beginObject().field("id", m.id()).field("article", m.articleId());
                writeSpan(json, m.span());
                json.field("origin", m.origin().code()).field("state", m.state().code())
                        .field("anchor", m.anchor().name().toLowerCase(java.util.Locale.ROOT)).endObject();
            }
            json.endArray();
            json.field("origin", e.origin().code()).field("state", e.state().code()).endObject();
        }
        json.endArray();
    }

    private static void writeStatement(JsonWriter json, Statement s, Map<Long, Entity> entities) throws IOException {
        json.beginObject().field("id", s.id()).field("article", s.articleId());
        writeSpan(json, s.span());
        json.field("speaker", SpeakerName.asWritten(s, id -> Optional.ofNullable(entities.get(id)))).field("speaker_entity", s.speakerEntityId())
                .field("via", s.via()).field("kind", s.kind()).field("direct", s.direct())
                .field("date_said", s.dateSaid() == null ? null : s.dateSaid().toString());
        writeOptionalSpan(json, "speaker", s.speakerSpan());
        writeOptionalSpan(json, "cue", s.cueSpan());
        json.field("origin", s.origin().code()).field("state", s.state().code())
                .field("anchor", s.anchor().name().toLowerCase(java.util.Locale.ROOT)).endObject();
    }

    private static void writeEvent(JsonWriter json, Event e, org.onrecord.model.EventLinks links) throws IOException {
        json.beginObject().field("id", e.id()).field("article", e.articleId());
        writeSpan(json, e.span());
        json.field("value", e.date().value())
                .field("from", e.date().from() == null ? null : e.date().from().toString())
                .field("to", e.date().to() == null ? null : e.date().to().toString())
                .field("precision", contractPrecision(e.date().precision()))
                .field("precision_detail", e.date().precision().code())
                .field("description", e.description())
                .field("date_fixed", e.dateFixed());
        writeIds(json, "linked_entities", links.entityIds());
        writeIds(json, "linked_statements", links.statementIds());
        json
                .field("origin", e.origin().code()).field("state", e.state().code())
                .field("anchor", e.anchor().name().toLowerCase(java.util.Locale.ROOT)).endObject();
    }

    /**
     * The contract knows day, week, month, year and vague; a quarter is reported as months and a
     * decade as years (from/to carry the exact span, precision_detail the finer name).
     */
    static String contractPrecision(org.onrecord.model.DatePrecision precision) {
        return switch (precision) {
            case QUARTER -> "month";
            case DECADE -> "year";
            default -> precision.code();
        };
    }

    private static void writeIds(JsonWriter json, String name, java.util.Set<Long> ids) throws IOException {
        json.name(name).beginArray();
        for (long id : ids.stream().sorted().toList()) {
            json.value(id);
        }
        json.endArray();
    }

    private static void writeSpan(JsonWriter json, TextSpan span) throws IOException {
        json.field("start", (long) span.start()).field("end", (long) span.end()).field("text", span.text());
    }

    private static void writeOptionalSpan(JsonWriter json, String prefix, TextSpan span) throws IOException {
        json.field(prefix + "_start", span == null ? null : (long) span.start())
                .field(prefix + "_end", span == null ? null : (long) span.end());
    }
}
