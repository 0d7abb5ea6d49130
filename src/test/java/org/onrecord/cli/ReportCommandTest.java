package org.onrecord.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code report} and the exchange formats of {@code export}, on the demo case, through the public command line. */
class ReportCommandTest {
    @TempDir
    static Path dir;
    static Path caseFile;

    @BeforeAll
    static void demo() {
        caseFile = dir.resolve("demo.onrecord");
        assertThat(CliRun.of("demo", "--case", caseFile.toString()).status()).isZero();
    }

    @Test
    void reportWritesAPdfWithTheChosenKindsOnly() throws Exception {
        Path pdf = dir.resolve("denials.pdf");
        CliRun run = CliRun.of("report", "--case", caseFile.toString(), "--out", pdf.toString(), "--title", "Harbour deal",
                "--author", "Nora Falk", "--kinds", "denial");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("denials.pdf").contains("4 statements");
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Harbour deal").contains("These documents are forgeries.")
                    .contains("a crude fabrication meant to derail the harbour renewal plan.")
                    .doesNotContain("We stand by every page.");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Nora Falk");
        }
    }

    @Test
    void reportRejectsAnUnknownGrouping() {
        CliRun run = CliRun.of("report", "--case", caseFile.toString(), "--out", dir.resolve("x.pdf").toString(), "--group-by", "mood");
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("unknown grouping");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void csvHasOneRowPerStatementWithItsExactWords() throws Exception {
        Path csv = dir.resolve("statements.csv");
        assertThat(CliRun.of("export", "--case", caseFile.toString(), "--format", "csv", "--out", csv.toString()).status()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).startsWith("id,article,file,title,outlet,published,paragraph,start,end,text,speaker");
        assertThat(lines).hasSize(1 + 13);
        assertThat(lines).anyMatch(l -> l.contains("These documents are forgeries.") && l.contains("Ada Voss") && l.contains("denial"));
    }

    @Test
    void csvIntoAFolderWritesEveryTable() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("tables"));
        assertThat(CliRun.of("export", "--case", caseFile.toString(), "--format", "csv", "--out", folder.toString()).status()).isZero();
        assertThat(folder.resolve("statements.csv")).isNotEmptyFile();
        assertThat(Files.readString(folder.resolve("entities.csv"))).contains("Ada Voss").contains("Mayor Ada Voss|Voss|the mayor");
        assertThat(Files.readString(folder.resolve("events.csv"))).contains("2021-02,2021-02-01,2021-02-28,month");
    }

    @Test
    void htmlIsOneSelfContainedPage() throws Exception {
        Path html = dir.resolve("report.html");
        assertThat(CliRun.of("export", "--case", caseFile.toString(), "--format", "html", "--out", html.toString(), "--appendix")
                .status()).isZero();
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<style>").contains("<svg").doesNotContain("<link ")
                .doesNotContain("src=\"http").contains("These documents are forgeries.").contains("id=\"appendix\"");
    }

    @Test
    void qdpxIsAWellFormedRefiQdaProject() throws Exception {
        Path qdpx = dir.resolve("demo.qdpx");
        CliRun run = CliRun.of("export", "--case", caseFile.toString(), "--format", "qdpx", "--out", qdpx.toString());
        assertThat(run.status()).as(run.err()).isZero();
        Map<String, byte[]> entries = new HashMap<>();
        try (var zip = new ZipInputStream(Files.newInputStream(qdpx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        byte[] qde = entries.get("project.qde");
        assertThat(qde).isNotNull();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(qde));
        String ns = "urn:QDA-XML:project:1.0";
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(ns);
        NodeList sources = doc.getElementsByTagNameNS(ns, "TextSource");
        assertThat(sources.getLength()).isEqualTo(3);
        Map<String, String> codeNames = new HashMap<>();
        NodeList codes = doc.getElementsByTagNameNS(ns, "Code");
        for (int i = 0; i < codes.getLength(); i++) {
            Element c = (Element) codes.item(i);
            codeNames.put(c.getAttribute("guid"), c.getAttribute("name"));
        }
        assertThat(codeNames.values()).contains("Statement kinds", "Speakers", "Denial", "Ada Voss", "Dated events");
        // The schema's identity rules, checked by hand (the XSD is not shipped): GUIDs are UUIDs, unique,
        // and every CodeRef points at a code.
        java.util.Set<String> guids = new java.util.HashSet<>();
        NodeList all = doc.getElementsByTagNameNS(ns, "*");
        for (int i = 0; i < all.getLength(); i++) {
            String guid = ((Element) all.item(i)).getAttribute("guid");
            if (!guid.isEmpty()) {
                assertThat(guid).matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
                assertThat(guids.add(guid)).as("duplicate guid " + guid).isTrue();
            }
        }
        NodeList codeRefs = doc.getElementsByTagNameNS(ns, "CodeRef");
        assertThat(codeRefs.getLength()).isPositive();
        for (int i = 0; i < codeRefs.getLength(); i++) {
            assertThat(codeNames).containsKey(((Element) codeRefs.item(i)).getAttribute("targetGUID"));
        }
        // every selection's positions pick its words out of the source text in the zip
        int statements = 0;
        for (int i = 0; i < sources.getLength(); i++) {
            Element source = (Element) sources.item(i);
            String path = source.getAttribute("plainTextPath").replace("internal://", "sources/");
            String text = new String(entries.get(path), StandardCharsets.UTF_8);
            NodeList selections = source.getElementsByTagNameNS(ns, "PlainTextSelection");
            for (int k = 0; k < selections.getLength(); k++) {
                Element sel = (Element) selections.item(k);
                int start = text.offsetByCodePoints(0, Integer.parseInt(sel.getAttribute("startPosition")));
                int end = text.offsetByCodePoints(0, Integer.parseInt(sel.getAttribute("endPosition")));
                assertThat(end).isGreaterThan(start);
                NodeList refs = sel.getElementsByTagNameNS(ns, "CodeRef");
                assertThat(refs.getLength()).isPositive();
                for (int r = 0; r < refs.getLength(); r++) {
                    assertThat(codeNames).containsKey(((Element) refs.item(r)).getAttribute("targetGUID"));
                }
                if (sel.getAttribute("name").startsWith("Statement ")) {
                    statements++;
                    if (sel.getAttribute("name").contains("Denial, Ada Voss") && text.substring(start, end).startsWith("These")) {
                        assertThat(text.substring(start, end)).isEqualTo("These documents are forgeries.");
                    }
                }
            }
        }
        assertThat(statements).isEqualTo(13);
    }

    @Test
    void jsonExportIsUnchanged() {
        CliRun run = CliRun.of("export", "--case", caseFile.toString(), "--format", "json", "--out", dir.resolve("c.json").toString());
        assertThat(run.status()).isZero();
        assertThat(CliRun.of("export", "--case", caseFile.toString(), "--format", "xml").err()).contains("json, csv, html, qdpx");
    }
}
