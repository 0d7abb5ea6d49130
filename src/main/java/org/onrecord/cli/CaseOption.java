package org.onrecord.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --case FILE} option every command takes. */
final class CaseOption {
    @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case file (*.onrecord).")
    Path file;
}
