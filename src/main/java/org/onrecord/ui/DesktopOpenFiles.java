package org.onrecord.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Files the desktop hands the running app (macOS Finder's open-file event: a double-clicked case, a
 * file dropped on the Dock icon). The first case among them goes to the window's "open this case",
 * the use case a case file on the command line reaches; anything else gets one sentence, as the
 * window opens one case at a time.
 */
public final class DesktopOpenFiles {
    private static final String CASE_SUFFIX = ".onrecord";
    private final Consumer<Path> openCase;
    private final Consumer<String> say;
    private boolean received;

    public DesktopOpenFiles(Consumer<Path> openCase, Consumer<String> say) {
        this.openCase = openCase;
        this.say = say;
    }

    /** Called on the FX thread with the paths as the system gives them. */
    public void open(List<String> files) {
        List<Path> paths = files.stream().filter(f -> f != null && !f.isBlank()).map(Path::of).toList();
        if (paths.isEmpty()) {
            return;
        }
        received = true;
        Path first = paths.stream().filter(DesktopOpenFiles::isCase).findFirst().orElse(null);
        if (first == null) {
            say.accept(name(paths.getFirst()) + " is not an Onrecord case (a " + CASE_SUFFIX
                    + " file); to add it to the open case, use File › Import files….");
            return;
        }
        openCase.accept(first);  // one case at a time: the others of a multiple selection stay closed
    }

    /** True once the desktop has handed over a file: the window then does not reopen the last case. */
    public boolean received() {
        return received;
    }

    private static boolean isCase(Path file) {
        return name(file).toLowerCase(Locale.ROOT).endsWith(CASE_SUFFIX);
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
