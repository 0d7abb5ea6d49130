package org.onrecord.ingest.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, forgiving JSON reader for the JSON-LD blocks of news pages, which are often hand-made:
 * trailing commas, raw line breaks inside strings, comments or CDATA wrappers around the JSON.
 * Objects become {@link Map}s, arrays {@link List}s, everything else a String, Double, Boolean or
 * null. Anything it cannot read is a {@link Malformed}, which callers treat as "no JSON-LD" — a
 * broken block must never stop an import.
 */
final class LenientJson {

    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private static final int MAX_DEPTH = 64;

    private final String s;
    private int pos;

    private LenientJson(String s) {
        this.s = s;
    }

    static Object parse(String text) throws Malformed {
        String t = text.strip()
                .replaceFirst("^(?:<!\\[CDATA\\[|<!--|/\\*<!\\[CDATA\\[\\*/|//<!\\[CDATA\\[)\\s*", "")
                .replaceFirst("\\s*(?:]]>|-->|/\\*]]>\\*/|//]]>)$", "");
        LenientJson p = new LenientJson(t);
        Object value = p.value(0);
        p.skipSpace();
        if (p.pos < p.s.length() && p.s.charAt(p.pos) != ';') {
            throw new Malformed("text after the JSON value at " + p.pos);
        }
        return value;
    }

    private Object value(int depth) throws Malformed {
        if (depth > MAX_DEPTH) throw new Malformed("nested too deep");
        skipSpace();
        if (pos >= s.length()) throw new Malformed("unexpected end");
        char c = s.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"', '\'' -> string();
            default -> literal();
        };
    }

    private Map<String, Object> object(int depth) throws Malformed {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        while (true) {
            skipSpace();
            if (pos >= s.length()) throw new Malformed("unclosed object");
            if (s.charAt(pos) == '}') { pos++; return map; }
            if (s.charAt(pos) == ',') { pos++; continue; } // tolerate stray and trailing commas
            String key = s.charAt(pos) == '"' || s.charAt(pos) == '\'' ? string() : bareWord();
            skipSpace();
            if (pos >= s.length() || s.charAt(pos) != ':') throw new Malformed("expected ':' at " + pos);
            pos++;
            map.put(key, value(depth + 1));
        }
    }

    private List<Object> array(int depth) throws Malformed {
        List<Object> list = new ArrayList<>();
        pos++;
        while (true) {
            skipSpace();
            if (pos >= s.length()) throw new Malformed("unclosed array");
            if (s.charAt(pos) == ']') { pos++; return list; }
            if (s.charAt(pos) == ',') { pos++; continue; }
            list.add(value(depth + 1));
        }
    }

    private String string() throws Malformed {
        char quote = s.charAt(pos++);
        StringBuilder out = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == quote) return out.toString();
            if (c != '\\') { out.append(c); continue; }
            if (pos >= s.length()) break;
            char e = s.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (pos + 4 > s.length()) throw new Malformed("short \\u escape");
                    try {
                        out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException bad) {
                        throw new Malformed("bad \\u escape at " + pos);
                    }
                    pos += 4;
                }
                default -> out.append(e); // \" \\ \/ and anything a sloppy writer escaped
            }
        }
        throw new Malformed("unclosed string");
    }

    private Object literal() throws Malformed {
        String word = bareWord();
        return switch (word) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> {
                try {
                    yield Double.valueOf(word);
                } catch (NumberFormatException e) {
                    throw new Malformed("unexpected '" + word + "'");
                }
            }
        };
    }

    private String bareWord() throws Malformed {
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || "+-._$@".indexOf(s.charAt(pos)) >= 0)) {
            pos++;
        }
        if (start == pos) throw new Malformed("unexpected '" + s.charAt(pos) + "' at " + pos);
        return s.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                pos++;
            } else if (s.startsWith("//", pos) && (pos == 0 || s.charAt(pos - 1) != ':')) {
                int nl = s.indexOf('\n', pos);
                pos = nl < 0 ? s.length() : nl + 1;
            } else if (s.startsWith("/*", pos)) {
                int end = s.indexOf("*/", pos + 2);
                pos = end < 0 ? s.length() : end + 2;
            } else {
                return;
            }
        }
    }
}
