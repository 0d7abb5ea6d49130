package org.onrecord.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A minimal streaming JSON writer: enough for our exports without a JSON library. It tracks only
 * whether a comma is due; the caller keeps objects and arrays balanced.
 */
public final class JsonWriter {
    private final Writer out;
    private boolean needsComma;
    private int depth;
    private final boolean pretty;
    private boolean lastWasName;

    public JsonWriter(Writer out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    public JsonWriter beginObject() throws IOException {
        open("{");
        depth++;
        needsComma = false;
        return this;
    }

    public JsonWriter endObject() throws IOException {
        return close('}');
    }

    public JsonWriter beginArray() throws IOException {
        open("[");
        depth++;
        needsComma = false;
        return this;
    }

    public JsonWriter endArray() throws IOException {
        return close(']');
    }

    private JsonWriter close(char bracket) throws IOException {
        depth--;
        if (pretty && needsComma) {
            newline();
        }
        out.write(bracket);
        needsComma = true;
        return this;
    }

    public JsonWriter name(String name) throws IOException {
        separate();
        string(name);
        out.write(pretty ? ": " : ":");
        needsComma = false;
        lastWasName = true;
        return this;
    }

    public JsonWriter value(String s) throws IOException {
        if (s == null) {
            return raw("null");
        }
        separate();
        string(s);
        needsComma = true;
        return this;
    }

    public JsonWriter value(long n) throws IOException {
        return raw(Long.toString(n));
    }

    public JsonWriter value(boolean b) throws IOException {
        return raw(Boolean.toString(b));
    }

    public JsonWriter value(Long n) throws IOException {
        return raw(n == null ? "null" : n.toString());
    }

    public JsonWriter nullValue() throws IOException {
        return raw("null");
    }

    public JsonWriter field(String name, String value) throws IOException {
        return name(name).value(value);
    }

    public JsonWriter field(String name, long value) throws IOException {
        return name(name).value(value);
    }

    public JsonWriter field(String name, Long value) throws IOException {
        return name(name).value(value);
    }

    public JsonWriter field(String name, boolean value) throws IOException {
        return name(name).value(value);
    }

    private JsonWriter raw(String literal) throws IOException {
        separate();
        out.write(literal);
        needsComma = true;
        return this;
    }

    private void open(String bracket) throws IOException {
        separate();
        out.write(bracket);
    }

    private void separate() throws IOException {
        if (needsComma) {
            out.write(',');
            if (pretty) {
                newline();
            }
        } else if (pretty && depth > 0 && !lastWasName) {
            newline();
        }
        lastWasName = false;
    }

    private void newline() throws IOException {
        out.write('\n');
        for (int i = 0; i < depth; i++) {
            out.write("  ");
        }
    }

    private void string(String s) throws IOException {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}
