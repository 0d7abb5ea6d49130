package org.onrecord.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reading a report back with PDFBox: page texts and internal links with their target pages. */
final class PdfReading {
    record Link(int page, String text, int targetPage) {
    }

    private PdfReading() {
    }

    static List<String> pageTexts(PDDocument doc) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(doc));
        }
        return pages;
    }

    static List<Link> internalLinks(PDDocument doc) throws IOException {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            PDFTextStripperByArea area = new PDFTextStripperByArea();
            List<PDAnnotationLink> pageLinks = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link) {
                    var r = link.getRectangle();
                    float height = page.getMediaBox().getHeight();
                    area.addRegion("l" + pageLinks.size(), new Rectangle2D.Float(r.getLowerLeftX(), height - r.getUpperRightY(),
                            r.getWidth(), r.getHeight()));
                    pageLinks.add(link);
                }
            }
            area.extractRegions(page);
            for (int k = 0; k < pageLinks.size(); k++) {
                int target = targetPage(doc, pageLinks.get(k));
                if (target >= 0) {
                    links.add(new Link(i, area.getTextForRegion("l" + k).strip(), target));
                }
            }
        }
        return links;
    }

    private static int targetPage(PDDocument doc, PDAnnotationLink link) throws IOException {
        PDDestination dest = link.getDestination();
        if (dest == null && link.getAction() instanceof PDActionGoTo goTo) {
            dest = goTo.getDestination();
        }
        if (dest instanceof PDNamedDestination named) {
            dest = doc.getDocumentCatalog().findNamedDestinationPage(named);
        }
        if (dest instanceof PDPageDestination pageDest) {
            return pageDest.retrievePageNumber();
        }
        return -1;
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
