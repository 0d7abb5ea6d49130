package org.onrecord.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Jackson generators that write the layout of the JSON export, which readers of older exports
 * may compare byte for byte: two-space indentation, {@code "name": value}, empty arrays as
 * {@code []}, control characters as six-character escapes in lower-case hex (the short ones as
 * backslash-n, backslash-t…), U+2028 and U+2029 escaped so the file is also valid JavaScript, every
 * other character as itself.
 */
final class ExportJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** One entry a line, nested two spaces deeper than its parent; empty containers stay on one line. */
    private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private ExportJson() {
    }

    /** A generator over {@code out}; closing it flushes but leaves {@code out} open. */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.setPrettyPrinter(LAYOUT.createInstance());
        json.setCharacterEscapes(Escapes.INSTANCE);
        return json;
    }

    /** Writes a number that may be absent as {@code null}. */
    static void numberOrNull(JsonGenerator json, String name, Long value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }

    private static final class Escapes extends CharacterEscapes {
        static final Escapes INSTANCE = new Escapes();
        private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] ascii = standardAsciiEscapesForJSON();
        private final SerializedString[] controls = new SerializedString[0x20];

        private Escapes() {
            for (int c = 0; c < 0x20; c++) {
                if (ascii[c] == ESCAPE_STANDARD) {
                    ascii[c] = ESCAPE_CUSTOM;
                    controls[c] = new SerializedString(String.format(Locale.ROOT, "\\u%04x", c));
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch < 0x20) {
                return controls[ch];
            }
            return switch (ch) {
                case 0x2028 -> LINE_SEPARATOR;
                case 0x2029 -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}
