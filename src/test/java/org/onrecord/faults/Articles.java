package org.onrecord.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Invented plain-text articles written to a folder, each different, of a chosen size. */
final class Articles {
    private Articles() {
    }

    /** Writes {@code count} articles of about {@code bytes} each; returns each file name with the SHA-256 of its bytes. */
    static Map<String, String> write(Path folder, int count, int bytes) throws IOException {
        Files.createDirectories(folder);
        Map<String, String> written = new TreeMap<>();
        for (int day = 1; day <= count; day++) {
            String name = String.format("day-%02d.txt", day);
            written.put(name, one(folder.resolve(name), day, bytes));
        }
        return written;
    }

    /** Writes one article about {@code day} of about {@code bytes}; returns the SHA-256 of its bytes. */
    static String one(Path file, int day, int bytes) throws IOException {
        StringBuilder text = new StringBuilder("Harbour talks, day " + day + "\n\n");
        int sentence = 0;
        while (text.length() < bytes) {
            text.append("On day ").append(day).append(" the envoy said the talks would go on, sentence ")
                    .append(++sentence).append(". ");
            if (sentence % 8 == 0) {
                text.append("\n\n");
            }
        }
        byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, content);
        return CaseRows.sha256(content);
    }
}
