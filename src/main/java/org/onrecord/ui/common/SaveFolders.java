package org.onrecord.ui.common;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a save dialog (report, export) opens: the folder last written to from this case, else the
 * case's own folder, so a report lands beside the case rather than wherever the last dialog was.
 */
public final class SaveFolders {
    private final UiPreferences preferences;

    public SaveFolders(UiPreferences preferences) {
        this.preferences = preferences;
    }

    /** The folder to open a save dialog in for this case; an existing folder, or null when there is none. */
    public Path initialFolder(Path caseFile) {
        String remembered = preferences.get(key(caseFile), "");
        if (!remembered.isEmpty() && Files.isDirectory(Path.of(remembered))) {
            return Path.of(remembered);
        }
        Path own = caseFile.toAbsolutePath().getParent();
        return own != null && Files.isDirectory(own) ? own : null;
    }

    /** After a save: a written file remembers its folder, a chosen folder itself. */
    public void remember(Path caseFile, Path written) {
        Path folder = Files.isDirectory(written) ? written : written.toAbsolutePath().getParent();
        if (folder != null) {
            preferences.put(key(caseFile), folder.toAbsolutePath().toString());
        }
    }

    public void prepare(FileChooser chooser, Path caseFile) {
        Path folder = initialFolder(caseFile);
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
    }

    public void prepare(DirectoryChooser chooser, Path caseFile) {
        Path folder = initialFolder(caseFile);
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
    }

    public void remember(Path caseFile, File written) {
        if (written != null) {
            remember(caseFile, written.toPath());
        }
    }

    /** Java preference keys hold at most 80 characters: a case is named by a hash of its absolute path. */
    static String key(Path caseFile) {
        return "saveFolder." + Integer.toHexString(caseFile.toAbsolutePath().normalize().toString().hashCode());
    }
}
