package org.onrecord.ingest;

/**
 * Counts how much of a byte array is well-formed UTF-8, so a file that is UTF-8 apart from a few
 * stray bytes can be told from a windows-1252 file (where multi-byte sequences are accidents).
 */
record Utf8Census(int validMultiByte, int invalidBytes) {

    /**
     * Whether the non-ASCII bytes are mostly well-formed UTF-8. In windows-1252 text a valid
     * multi-byte sequence is an accident (an accented capital before a curly quote), so even a
     * few of them outweigh several stray bytes; a file with none is not UTF-8.
     */
    boolean isMostlyUtf8() {
        return validMultiByte > 0 && validMultiByte * 4 >= invalidBytes;
    }

    static Utf8Census of(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            if ((b[i] & 0x80) == 0) {
                i++;
                continue;
            }
            int len = sequenceLength(b, i);
            if (len > 0) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Census(valid, invalid);
    }

    /** Length of the well-formed UTF-8 sequence starting at {@code i}, or 0 when there is none. */
    static int sequenceLength(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        if (lead < 0x80) return 1;
        int len;
        int min;
        if (lead >= 0xC2 && lead <= 0xDF) { len = 2; min = 0x80; }
        else if (lead >= 0xE0 && lead <= 0xEF) { len = 3; min = 0x800; }
        else if (lead >= 0xF0 && lead <= 0xF4) { len = 4; min = 0x10000; }
        else return 0;
        if (i + len > b.length) return 0;
        int cp = lead & (0xFF >> (len + 1));
        for (int k = 1; k < len; k++) {
            int cont = b[i + k] & 0xFF;
            if ((cont & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (cont & 0x3F);
        }
        boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        return cp < min || cp > 0x10FFFF || surrogate ? 0 : len;
    }
}
