package org.onrecord.ingest;

/**
 * windows-1252 as browsers decode it (WHATWG): the five bytes Microsoft left undefined map to the
 * C1 controls of the same value instead of U+FFFD, so no byte is ever lost.
 */
final class Windows1252 {
    private static final char[] HIGH = (
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178")
            .toCharArray();

    private Windows1252() {
    }

    static String decode(byte[] b, int from, int length) {
        char[] out = new char[length];
        for (int k = 0; k < length; k++) {
            int v = b[from + k] & 0xFF;
            out[k] = v >= 0x80 && v <= 0x9F ? HIGH[v - 0x80] : (char) v;
        }
        return new String(out);
    }
}
