package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.report.CsvExporter;
import org.onrecord.progress.Progress;
import org.onrecord.service.OpenCase;
import org.onrecord.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a case: json (the export contract, whole case), csv (statements, entities or events),",
                "html (the report as one self-contained page), qdpx (a REFI-QDA project)."})
final class ExportCommand implements Callable<Integer> {
    private final AppServices services;

    @Mixin
    CaseOption caseOption;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--format", required = true, description = "Export format: json, csv, html, qdpx.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output"
            + " (csv: an existing folder gets statements.csv, entities.csv and events.csv).")
    Path out;

    @Option(names = "--table", defaultValue = "statements", paramLabel = "statements|entities|events",
            description = "csv: which table (default: ${DEFAULT-VALUE}).")
    String table;

    @Option(names = "--appendix", description = "html: append every source's text.")
    boolean appendix;

    ExportCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("json") && !f.equals("csv") && !f.equals("html") && !f.equals("qdpx")) {
            throw new CliProblem("unknown format '" + format + "' (available: json, csv, html, qdpx)");
        }
        if (f.equals("qdpx") && out == null) {
            throw new CliProblem("qdpx is a zip file: give --out FILE.qdpx");
        }
        try (OpenCase open = services.cases().openCase(caseOption.file)) {
            CaseStore store = open.store();
            switch (f) {
                case "json" -> {
                    if (out == null) {
                        services.exporter().exportJson(store, System.out);
                    } else {
                        services.exporter().exportJson(store, out);
                    }
                }
                case "csv" -> csv(store);
                case "html" -> {
                    var options = selection.toOptions().withAppendix(appendix);
                    if (out == null) {
                        stdout(services.reports().html(services.reports().model(store, options)));
                    } else {
                        services.reports().writeHtml(store, options, out, Progress.NONE);
                    }
                }
                default -> services.exchange().writeQdpx(store, selection.toOptions(), out, Progress.NONE);
            }
            return 0;
        }
    }

    private void csv(CaseStore store) throws IOException {
        var options = selection.toOptions();
        if (out != null && Files.isDirectory(out)) {
            services.exchange().writeCsvTables(store, options, out, Progress.NONE);
            return;
        }
        CsvExporter.Table t;
        try {
            t = CsvExporter.Table.valueOf(table.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliProblem("unknown table '" + table + "' (statements, entities, events)");
        }
        if (out == null) {
            services.exchange().writeCsv(store, options, t, (OutputStream) System.out);
            System.out.flush();
        } else {
            services.exchange().writeCsv(store, options, t, out);
        }
    }

    private static void stdout(byte[] bytes) {
        PrintStream o = System.out;
        o.write(bytes, 0, bytes.length);
        o.flush();
    }
}
