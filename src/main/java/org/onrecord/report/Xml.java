package org.onrecord.report;

/** Escaping for XML/XHTML text and attribute values; drops characters XML 1.0 cannot carry. */
final class Xml {
    private Xml() {
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        append(out, s, 0, s.length());
        return out.toString();
    }

    static void append(StringBuilder out, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        if (Character.isHighSurrogate(c) && (i + 1 >= to || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                            continue;
                        }
                        if (Character.isLowSurrogate(c) && (i == from || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                            continue;
                        }
                        out.append(c);
                    }
                }
            }
        }
    }

    /** The text without the characters XML 1.0 cannot carry (control characters, lone surrogates). */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            } else if (Character.isLowSurrogate(c)) {
                ok = i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            }
            if (ok) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A CSS string literal (for {@code content: "…"}), escaped for use inside XML text. */
    static String cssString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return text(out.append('"').toString()).replace("&quot;", "\"");
    }
}
