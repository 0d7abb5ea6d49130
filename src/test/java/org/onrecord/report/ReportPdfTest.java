package org.onrecord.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.report.ReportModel.Citation;
import org.onrecord.report.ReportModel.ReportStatement;
import org.onrecord.progress.Progress;
import org.onrecord.service.ReportService;
import org.onrecord.store.CaseStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF report of an invented case, read back with PDFBox. */
class ReportPdfTest {
    @TempDir
    static Path dir;
    static ReportModel model;
    static PDDocument pdf;
    static List<String> pages;
    static String text;

    @BeforeAll
    static void writeReport() throws Exception {
        try (AppServices services = new AppServices()) {
            var built = ReportCase.build(services, dir);
            ReportService reports = new ReportService(store -> built.notes());
            try (CaseStore store = services.cases().open(built.caseFile())) {
                model = reports.writePdf(store, ReportOptions.defaults().withTitle("Jeju ferry inspections").withAuthor("Ana Lima")
                        .withSuggestions(true).withAppendix(true).dated(LocalDate.of(2020, 4, 6)), dir.resolve("report.pdf"), Progress.NONE);
            }
        }
        // kept for looking at (page images in docs/report/ are made from it)
        java.nio.file.Files.createDirectories(Path.of("target/report-tests"));
        java.nio.file.Files.copy(dir.resolve("report.pdf"), Path.of("target/report-tests/invented-case-report.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        pdf = Loader.loadPDF(dir.resolve("report.pdf").toFile());
        pages = PdfReading.pageTexts(pdf);
        text = PdfReading.squash(String.join("\n", pages));
    }

    @AfterAll
    static void close() throws Exception {
        pdf.close();
    }

    private static List<ReportStatement> statements() {
        return model.groups().stream().flatMap(g -> g.statements().stream()).toList();
    }

    @Test
    void everyIncludedStatementIsPrintedWithItsCitations() {
        assertThat(statements()).hasSize(6);
        for (ReportStatement s : statements()) {
            assertThat(text).contains(PdfReading.squash(s.words()));
            for (Citation c : s.citations()) {
                assertThat(text).contains(c.label());
            }
        }
    }

    @Test
    void aStatementReportedByTwoSourcesIsShownOnceWithBoth() {
        List<ReportStatement> shared = statements().stream().filter(s -> s.words().startsWith("The ferry was never inspected")).toList();
        assertThat(shared).hasSize(1);
        assertThat(shared.getFirst().citations()).extracting(c -> c.source().label()).containsExactly("S1", "S2");
        String tablePages = PdfReading.squash(String.join(" ", pages.subList(0, firstPageWith("Entity index", firstPageWith("Contents") + 1))));
        assertThat(count(tablePages, "The ferry was never inspected after the refit")).isEqualTo(1);
    }

    @Test
    void sectionsComeInOrderAfterTheContents() {
        int contents = firstPageWith("Contents");
        List<Integer> at = new ArrayList<>();
        for (String title : List.of("Sources", "Statements", "Entity index", "Timeline", "Notes", "Appendix: source texts")) {
            int page = -1;
            for (int i = contents + 1; i < pages.size(); i++) {
                if (pages.get(i).lines().anyMatch(l -> l.strip().equals(title))) {
                    page = i;
                    break;
                }
            }
            assertThat(page).as(title).isGreaterThan(contents);
            at.add(page);
        }
        assertThat(at).isSorted();
        assertThat(firstPageWith("Jeju ferry inspections")).isZero();
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        int fonts = 0;
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts++;
                boolean embedded = font instanceof PDType0Font t0 ? t0.getDescendantFont().isEmbedded() : font.isEmbedded();
                assertThat(embedded).as(font.getName()).isTrue();
            }
        }
        assertThat(fonts).isPositive();
    }

    @Test
    void accentsHangulCurlyQuotesAndDashesSurvive() {
        assertThat(text).contains("김민준").contains("José Álvarez").contains("Søren Ødegård")
                .contains("“every inspection was carried out on time”").contains("—");
    }

    @Test
    void bookmarksFollowTheSections() {
        List<String> titles = new ArrayList<>();
        PDOutlineItem statementsItem = null;
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
            if (item.getTitle().equals("Statements")) {
                statementsItem = item;
            }
        }
        assertThat(titles).containsExactly("Cover", "Contents", "Sources", "Statements", "Entity index", "Timeline", "Notes",
                "Appendix: source texts");
        List<String> speakers = new ArrayList<>();
        statementsItem.children().forEach(i -> speakers.add(i.getTitle()));
        assertThat(speakers).contains("김민준", "José Álvarez", "A ministry official");
    }

    @Test
    void eachCitationLinksToItsMarkInTheAppendix() throws Exception {
        Pattern label = Pattern.compile("(S\\d+) ¶(\\d+) \\[(\\d+)\\]");
        int checked = 0;
        int appendix = firstPageWith("Appendix: source texts", firstPageWith("Contents") + 1);
        for (PdfReading.Link link : PdfReading.internalLinks(pdf)) {
            Matcher m = label.matcher(link.text());
            if (!m.matches()) {
                continue;
            }
            Citation c = statements().stream().flatMap(s -> s.citations().stream()).filter(x -> x.label().equals(link.text()))
                    .findFirst().orElseThrow();
            assertThat(link.targetPage()).as(link.text()).isGreaterThanOrEqualTo(appendix);
            String target = PdfReading.squash(pages.get(link.targetPage()));
            assertThat(target).as(link.text()).contains("[" + c.mark().number() + "]")
                    .contains(PdfReading.squash(firstWords(c.words(), 3)));
            checked++;
        }
        assertThat(checked).isEqualTo(statements().stream().mapToInt(s -> s.citations().size()).sum());
    }

    @Test
    void noTextRunsPastThePageEdges() throws Exception {
        List<String> outside = new ArrayList<>();
        var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
            @Override
            protected void writeString(String s, List<org.apache.pdfbox.text.TextPosition> positions) {
                for (var p : positions) {
                    float right = p.getXDirAdj() + p.getWidthDirAdj();
                    if (p.getXDirAdj() < 0 || right > p.getPageWidth() - 20) {
                        outside.add(p.getUnicode() + " at " + right + " on page " + getCurrentPageNo());
                    }
                }
            }
        };
        stripper.getText(pdf);
        assertThat(outside).isEmpty();
        assertThat(text).contains("signature=0123456789abcdef");
    }

    @Test
    void pagesAreNumberedAndCarryTheCaseTitle() {
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + n).contains("Jeju ferry inspections");
        }
    }

    @Test
    void metadataNamesTitleAuthorAndSubject() {
        var info = pdf.getDocumentInformation();
        assertThat(info.getTitle()).isEqualTo("Jeju ferry inspections");
        assertThat(info.getAuthor()).isEqualTo("Ana Lima");
        assertThat(info.getSubject()).contains("Jeju ferry inspections");
    }

    /** Issue 9: "has nothing to hide" is dated the publication day though its sentence names no day; "said on Monday" names it. */
    @Test
    void aSaidOnDayThatIsOnlyThePublicationDayIsPrintedAsAssumed() {
        assertThat(text).contains("assumed: the day it was published");
    }

    @Test
    void suggestionsAreMarkedAndNotesShown() {
        assertThat(text).contains("A ministry official declined to comment.").contains("suggested")
                .contains("Ask the Harbour Post for the press-conference recording.")
                .contains("Captain repeated this to two outlets");
    }

    @Test
    void timelineListsEveryPrecision() {
        assertThat(text).contains("9 Mar 2020").contains("March 2020").contains("week of 16 Mar 2020")
                .contains("≈ 20 Mar 2019 – 20 Jun 2019").contains("≈ before 31 Dec 2018");
        // plain words for people: no TimeML codes in the report
        assertThat(text).doesNotContain("2020-W12").doesNotContain("PAST_REF").doesNotContain("2019-SP");
    }

    private static int firstPageWith(String s) {
        return firstPageWith(s, 0);
    }

    private static int firstPageWith(String s, int from) {
        for (int i = from; i < pages.size(); i++) {
            if (pages.get(i).contains(s)) {
                return i;
            }
        }
        return -1;
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private static String firstWords(String s, int n) {
        String[] words = s.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length)));
    }
}
