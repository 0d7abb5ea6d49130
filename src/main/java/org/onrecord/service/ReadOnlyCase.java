package org.onrecord.service;

import java.nio.file.Path;

/**
 * The sentences that tell a researcher a case cannot be changed where it is (a CD, a USB stick or
 * share mounted read-only, a folder or file without write permission); one wording everywhere.
 */
public final class ReadOnlyCase {
    private ReadOnlyCase() {
    }

    /** For the window's banner and status bar: what still works and the way out. */
    public static String openedReadOnly(Path file) {
        return file + " cannot be written where it is (the file or its folder is read-only), so it was opened read-only:"
                + " read, search and export it as you like; to change it, File › Save a copy… to a folder you can write to"
                + " and work on the copy.";
    }

    /** For a command that would write: nothing was changed, and how to get a copy that can be. */
    public static String refusedWrite(Path file) {
        return file + " cannot be written where it is (the file or its folder is read-only), so nothing was changed;"
                + " 'onrecord backup --case " + file + " --out COPY' makes a copy in a folder you can write to.";
    }
}
