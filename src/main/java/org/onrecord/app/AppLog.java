package org.onrecord.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The app's log: files {@code onrecord-0.log} (newest) to {@code onrecord-4.log} of at most 1 MB
 * each in {@code logs/} under the user's data folder. Our code logs through {@link System.Logger};
 * the JDK hands that to java.util.logging, where the libraries' own logs (PDFBox through
 * commons-logging, Flyway) also end, so everything lands in the file and nothing on the console,
 * which belongs to the command line's output. See docs/decisions/0009-logging.md.
 */
public final class AppLog implements AutoCloseable {
    static final int FILE_BYTES = 1_000_000;
    static final int FILES = 5;

    private final Path directory;
    private final FileHandler file;
    private final List<Handler> replaced;

    private AppLog(Path directory, FileHandler file, List<Handler> replaced) {
        this.directory = directory;
        this.file = file;
        this.replaced = replaced;
    }

    /** Where the log files of a data folder are. */
    public static Path directoryIn(Path dataDirectory) {
        return dataDirectory.resolve("logs");
    }

    /**
     * Sends all logging to the rotating files in {@code directory}, replacing the console handler.
     * Fails only if the folder cannot be made or written; callers then run without a log.
     */
    public static AppLog install(Path directory) throws IOException {
        Files.createDirectories(directory);
        FileHandler file = new FileHandler(directory.resolve("onrecord-%g.log").toString(), FILE_BYTES, FILES, true);
        file.setEncoding("UTF-8");
        file.setFormatter(new OneLine());
        Logger root = Logger.getLogger("");
        List<Handler> replaced = List.of(root.getHandlers());
        replaced.forEach(root::removeHandler);
        root.addHandler(file);
        root.setLevel(Level.INFO);
        return new AppLog(directory, file, replaced);
    }

    /** Installs the log in the data folder, or carries on without one (saying so on stderr). */
    public static void installQuietly(Path dataDirectory) {
        try {
            install(directoryIn(dataDirectory));
        } catch (IOException | RuntimeException e) {
            System.err.println("onrecord: no log file (" + e.getMessage() + ")");
        }
    }

    public Path directory() {
        return directory;
    }

    /** Closes the file and gives the console its handler back (for tests). */
    @Override
    public void close() {
        Logger root = Logger.getLogger("");
        root.removeHandler(file);
        file.close();
        replaced.forEach(root::addHandler);
    }

    /** {@code 2026-12-03 10:15:02.123 WARNING org.onrecord.ui.common.FxTaskRunner: message}, then any stack trace. */
    private static final class OneLine extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT)
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
