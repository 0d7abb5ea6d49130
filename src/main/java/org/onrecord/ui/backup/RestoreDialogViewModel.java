package org.onrecord.ui.backup;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onrecord.service.Backup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * File › Restore from backup…: the case's backups as rows (date, size, what they hold, why taken),
 * the one chosen, and what restoring it will do. The view only shows this and reports the choice.
 */
public final class RestoreDialogViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** One backup as the table shows it. */
    public record Row(Backup backup, String taken, String size, String articles, String statements, String reason) {
    }

    private final Path caseFile;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> otherCopy = new SimpleObjectProperty<>();
    private final BooleanBinding canRestore;

    public RestoreDialogViewModel(Path caseFile, List<Backup> backups, ZoneId zone) {
        this.caseFile = caseFile;
        backups.forEach(b -> rows.add(new Row(b, WHEN.withZone(zone).format(b.taken()), size(b.size()), count(b.articles()),
                count(b.statements()), b.reasonLabel())));
        if (!rows.isEmpty()) {
            chosen.set(rows.getFirst());
        }
        canRestore = Bindings.createBooleanBinding(() -> chosen.get() != null || otherCopy.get() != null, chosen, otherCopy);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> chosenProperty() {
        return chosen;
    }

    /** A copy picked from a file instead of the list ("Another copy…"). */
    public void chooseOtherCopy(Path copy) {
        otherCopy.set(copy);
        chosen.set(null);
    }

    public BooleanBinding canRestoreProperty() {
        return canRestore;
    }

    /** The file to restore from: the chosen backup, or the other copy picked. */
    public Optional<Path> source() {
        if (chosen.get() != null) {
            return Optional.of(chosen.get().backup().file());
        }
        return Optional.ofNullable(otherCopy.get());
    }

    public String header() {
        return rows.isEmpty()
                ? "No backups of " + caseFile.getFileName() + " yet; restore from another copy instead."
                : rows.size() + " backup" + (rows.size() == 1 ? "" : "s") + " of " + caseFile.getFileName() + ", newest first.";
    }

    /** What restoring does, in words, so the researcher knows it can be taken back. */
    public String explanation() {
        return "Restoring puts the chosen copy back as the case, after checking it is healthy. The case as it is now "
                + "is kept as a backup first, so a restore can be taken back by restoring that one.";
    }

    static String size(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String count(int n) {
        return n < 0 ? "unreadable" : String.valueOf(n);
    }
}
