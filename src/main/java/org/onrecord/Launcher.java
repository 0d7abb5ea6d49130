package org.onrecord;

/** Entry point: a sub-command runs the command line, nothing (or {@code open FILE}) opens the window. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("Onrecord");
    }
}
