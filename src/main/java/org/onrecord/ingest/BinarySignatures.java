package org.onrecord.ingest;


/** Names well-known binary formats by their first bytes, so a refusal can say what the file is. */
final class BinarySignatures {

    private record Signature(int offset, byte[] bytes, String description) {
        boolean matches(byte[] b) {
            if (b.length < offset + bytes.length) return false;
            for (int i = 0; i < bytes.length; i++) {
                if (b[offset + i] != bytes[i]) return false;
            }
            return true;
        }
    }

    private static final Signature[] KNOWN = {
            sig(0, "PNG image", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            sig(0, "JPEG image", 0xFF, 0xD8, 0xFF),
            sig(0, "GIF image", 'G', 'I', 'F', '8'),
            sig(0, "TIFF image", 'I', 'I', 0x2A, 0x00),
            sig(0, "TIFF image", 'M', 'M', 0x00, 0x2A),
            sig(0, "PDF document; import it as a PDF", '%', 'P', 'D', 'F', '-'),
            sig(0, "ZIP archive or Office document", 'P', 'K', 0x03, 0x04),
            sig(0, "ZIP archive or Office document", 'P', 'K', 0x05, 0x06),
            sig(0, "old Microsoft Office document", 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            sig(0, "gzip archive", 0x1F, 0x8B),
            sig(0, "7-Zip archive", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            sig(0, "RAR archive", 'R', 'a', 'r', '!', 0x1A, 0x07),
            sig(0, "ELF executable", 0x7F, 'E', 'L', 'F'),
            sig(0, "Java class file", 0xCA, 0xFE, 0xBA, 0xBE),
            sig(0, "SQLite database", 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0),
    };

    private BinarySignatures() {
    }

    /** What the bytes look like ("PNG image"), or null when no known signature matches. */
    static String describe(byte[] bytes) {
        for (Signature s : KNOWN) {
            if (s.matches(bytes)) return s.description();
        }
        return null;
    }

    private static Signature sig(int offset, String description, int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return new Signature(offset, b, description);
    }

}
