package org.onrecord;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the arguments ask for: the window (on a case file, or on the last case) or the command line.
 * A desktop double-click or {@code xdg-open} hands the launcher a bare case path (or a {@code file:}
 * URI), with no sub-command: that opens the window on it too.
 *
 * @param window   true for the window
 * @param caseFile the case the window opens; null for the last one (or for the command line)
 */
public record LaunchRequest(boolean window, String caseFile) {
    private static final String CASE_SUFFIX = ".onrecord";

    public static LaunchRequest of(String... args) {
        if (args.length == 0) {
            return new LaunchRequest(true, null);
        }
        if (args[0].equals("open") && args.length <= 2 && !isHelp(args)) {
            return new LaunchRequest(true, args.length == 2 ? caseArgument(args[1]) : null);
        }
        if (args.length == 1 && isCaseFile(args[0])) {
            return new LaunchRequest(true, caseArgument(args[0]));
        }
        return new LaunchRequest(false, null);
    }

    /** A case file by its name: no sub-command or option ends so, so there is no ambiguity. */
    private static boolean isCaseFile(String arg) {
        return !arg.startsWith("-") && (arg.toLowerCase(Locale.ROOT).endsWith(CASE_SUFFIX) || arg.startsWith("file:"));
    }

    /** File managers may pass {@code file:///…%20…} (the desktop entry's %u); the window wants a path. */
    private static String caseArgument(String arg) {
        if (arg.startsWith("file:")) {
            try {
                return Path.of(URI.create(arg)).toString();
            } catch (IllegalArgumentException e) {
                return arg;  // not a well-formed URI: the window says it cannot open it
            }
        }
        return arg;
    }

    private static boolean isHelp(String[] args) {
        return args.length == 2 && (args[1].equals("--help") || args[1].equals("-h"));
    }
}
