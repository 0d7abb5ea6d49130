package org.onrecord.ingest;

/**
 * A file's bytes turned into text: the text exactly as the file holds it (line ends untouched, so
 * offsets match what a researcher sees in the original), without a byte-order mark, and the name
 * of the charset it was read with ("UTF-8", "windows-1252", …) so the import can say how, and a
 * warning when the bytes did not all fit that charset (null when they did).
 */
public record DecodedText(String text, String charset, String warning) {
    public DecodedText(String text, String charset) {
        this(text, charset, null);
    }
}
