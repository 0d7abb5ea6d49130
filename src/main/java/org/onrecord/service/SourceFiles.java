package org.onrecord.service;

import org.onrecord.ingest.ArticleReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.io.UncheckedIOException;

/** Expands the paths a researcher gave into the files to import, reporting those that cannot be. */
final class SourceFiles {
    private final ArticleReader reader;

    SourceFiles(ArticleReader reader) {
        this.reader = reader;
    }

    void collect(Path path, List<Path> files, List<ImportOutcome> refused) {
        if (!Files.exists(path)) {
            refused.add(ImportOutcome.failed(path, "does not exist"));
        } else if (Files.isDirectory(path)) {
            collectFolder(path, files, refused);
        } else if (!Files.isRegularFile(path)) {
            refused.add(ImportOutcome.failed(path, "is not a regular file"));
        } else if (!Files.isReadable(path)) {
            refused.add(ImportOutcome.failed(path, "cannot be read (permission denied)"));
        } else if (!reader.accepts(path.getFileName().toString())) {
            refused.add(ImportOutcome.failed(path, unsupported(path)));
        } else {
            files.add(path);
        }
    }

    private void collectFolder(Path folder, List<Path> files, List<ImportOutcome> refused) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(p -> !p.equals(folder))
                    .filter(p -> !isHidden(folder, p))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(p -> {
                        if (reader.accepts(p.getFileName().toString())) {
                            files.add(p);
                        } else {
                            refused.add(ImportOutcome.failed(p, unsupported(p)));
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            refused.add(ImportOutcome.failed(folder, "cannot be read completely (" + e.getMessage() + ")"));
        }
    }

    /** Dot-files and dot-folders (.DS_Store, .git) are the system's, not the researcher's articles. */
    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String unsupported(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String type = dot > 0 ? name.substring(dot) + " files are" : "files without an extension are";
        return "unsupported file type: " + type + " not read (Onrecord reads .txt, .md, .html, .htm and .pdf)";
    }
}
