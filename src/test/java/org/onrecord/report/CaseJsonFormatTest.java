package org.onrecord.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.model.EntityType;
import org.onrecord.model.Note;
import org.onrecord.model.PublicationDate;
import org.onrecord.service.ContentHash;
import org.onrecord.service.SpanLocator;
import org.onrecord.store.CaseStore;
import org.onrecord.store.NewArticle;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the bytes of the JSON export (written by our own writer before Jackson): field order, null
 * fields, numbers, empty and nested arrays, two-space indentation, and escapes — control
 * characters as six-character escapes in lower-case hex, U+2028/2029 escaped, accents, Hangul, curly quotes and
 * characters beyond the BMP as themselves; and the evidence fields (null when an item has none).
 */
class CaseJsonFormatTest {
    static final String BODY = "Café “Ødegård” — 김민준 said:\n\t\"no\\deal\"\u0001\u001f\u007f\u2028\u2029 😀 end.";

    @Test
    void theExportKeepsItsExactLayout(@TempDir Path dir) throws IOException {
        String actual;
        try (AppServices services = new AppServices(); CaseStore store = services.cases().create(dir.resolve("format.onrecord"))) {
            byte[] bytes = BODY.getBytes(StandardCharsets.UTF_8);
            long article = store.articles().add(new NewArticle("cafe.txt", ContentHash.sha256(bytes), "text/plain", "UTF-8", bytes,
                    BODY, 0, BODY.length(), new ArticleMetadata("Café", null, null, null, null, "en"),
                    new ArticleMetadata(null, "Gazette", null, null, PublicationDate.day(LocalDate.of(2014, 12, 5)), null)));
            var ann = services.annotations();
            long kim = ann.addEntity(store, "김민준", EntityType.PERSON, List.of("Kim", "Captain “Kim”"));
            long nobody = ann.addEntity(store, "Nobody", EntityType.OTHER, List.of());
            long mention = ann.addMention(store, kim, article, SpanLocator.find(BODY, "김민준", 1));
            ann.addStatement(store, article, SpanLocator.find(BODY, "\"no\\deal\"", 1), "denial", null, kim, null, true,
                    LocalDate.of(2014, 12, 5));
            ann.addStatement(store, article, SpanLocator.find(BODY, "Ødegård", 1), "claim", "a “spokesman”", null, "VOA",
                    false, null);
            long event = ann.addEvent(store, article, SpanLocator.find(BODY, "end", 1),
                    new DateValue("2014-Q4", LocalDate.of(2014, 10, 1), LocalDate.of(2014, 12, 31), DatePrecision.QUARTER),
                    "Quarter\nend");
            // evidence as a suggestion carries it (here on items made by hand, to pin the fields): one line per reason
            store.entities().setEvidence(nobody, "NER: MISC");
            store.entities().setMentionEvidence(mention, "NER: PERSON; same surname as “Kim”");
            store.events().setEvidence(event, "date: a quarter\ndescription: subject, verb and object");
            store.notes().put(new Note(0, Note.NoteTarget.ARTICLE, article, "Line\u2028one\ttab", Instant.parse("2020-04-05T10:00:00Z")));
            StringWriter out = new StringWriter();
            new CaseJsonExporter().export(store, out);
            actual = out.toString().replaceAll("\"imported_at\": \"[^\"]+\"", "\"imported_at\": \"IMPORTED\"");
        }
        Files.writeString(Path.of("target", "case-export-format.json"), actual); // to compare by eye when it fails

        assertThat(actual).isEqualTo(expected());
    }

    private static String expected() throws IOException {
        try (InputStream in = CaseJsonFormatTest.class.getResourceAsStream("case-export-format.json")) {
            assertThat(in).as("golden file").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
