package org.onrecord.ui.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SaveFoldersTest {
    @TempDir
    Path dir;

    @Test
    void aFirstSaveOpensInTheCasesFolder() throws Exception {
        Path caseFile = Files.createFile(Files.createDirectories(dir.resolve("sony")).resolve("sony.onrecord"));
        assertThat(new SaveFolders(new MemoryUiPreferences()).initialFolder(caseFile)).isEqualTo(dir.resolve("sony"));
    }

    @Test
    void theLastFolderIsRememberedPerCase() throws Exception {
        Path sony = Files.createFile(dir.resolve("sony.onrecord"));
        Path mayor = Files.createFile(dir.resolve("mayor.onrecord"));
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path csv = Files.createDirectories(dir.resolve("tables"));
        UiPreferences preferences = new MemoryUiPreferences();
        SaveFolders folders = new SaveFolders(preferences);
        folders.remember(sony, reports.resolve("sony report.pdf"));
        folders.remember(mayor, csv);
        SaveFolders later = new SaveFolders(preferences);
        assertThat(later.initialFolder(sony)).isEqualTo(reports);
        assertThat(later.initialFolder(mayor)).isEqualTo(csv);
    }

    @Test
    void aRememberedFolderThatWasRemovedFallsBackToTheCasesFolder() throws Exception {
        Path sony = Files.createFile(dir.resolve("sony.onrecord"));
        Path gone = Files.createDirectories(dir.resolve("gone"));
        SaveFolders folders = new SaveFolders(new MemoryUiPreferences());
        folders.remember(sony, gone.resolve("x.pdf"));
        Files.delete(gone);
        assertThat(folders.initialFolder(sony)).isEqualTo(dir);
    }

    @Test
    void keysStayWithinJavaPreferencesLimit() {
        Path deep = dir.resolve("a".repeat(120)).resolve("case.onrecord");
        assertThat(SaveFolders.key(deep)).hasSizeLessThanOrEqualTo(80);
    }
}
