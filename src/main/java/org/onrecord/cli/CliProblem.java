package org.onrecord.cli;

/** A problem with what was asked on the command line, reported as one line. */
final class CliProblem extends RuntimeException {
    CliProblem(String message) {
        super(message);
    }
}
