package org.onrecord.report;

import org.onrecord.dates.DateLabels;
import org.onrecord.dates.SaidOn;
import org.onrecord.model.Article;
import org.onrecord.model.DateValue;
import org.onrecord.model.TextSpan;
import org.onrecord.report.ReportModel.Appearance;
import org.onrecord.report.ReportModel.Citation;
import org.onrecord.report.ReportModel.DatedItem;
import org.onrecord.report.ReportModel.IndexEntry;
import org.onrecord.report.ReportModel.Mark;
import org.onrecord.report.ReportModel.ReportNote;
import org.onrecord.report.ReportModel.ReportStatement;
import org.onrecord.report.ReportModel.Source;
import org.onrecord.report.ReportModel.StatementGroup;

import java.util.ArrayList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.Locale;

/**
 * Lays a {@link ReportModel} out as one well-formed XHTML document, with the style sheets of
 * {@code src/main/resources/org/onrecord/report/} inline: for print (the PDF:
 * page rules, running header, page counters, bookmarks) or for the screen (the HTML export).
 */
public final class ReportHtml {
    /** Sections in the order they appear; ids are the anchors the contents and bookmarks point to. */
    public enum Section {
        SOURCES("sources", "Sources"), STATEMENTS("statements", "Statements"), ENTITIES("entities", "Entity index"),
        TIMELINE("timeline", "Timeline"), NOTES("notes", "Notes"), APPENDIX("appendix", "Appendix: source texts");

        public final String id;
        public final String title;

        Section(String id, String title) {
            this.id = id;
            this.title = title;
        }
    }

    public enum Medium { PRINT, SCREEN }

    static final int TIMELINE_ROWS_PER_FIGURE = 42;
    public static final String FONT_FAMILY = "'Noto Sans', 'Noto Sans KR'";
    private static final String GENERATOR = "Onrecord 0.1.0";
    private static final String COMMON_CSS = stylesheet("report.css");
    private static final String SCREEN_CSS = stylesheet("report-screen.css");
    private static final String PRINT_CSS = stylesheet("report-print.css");

    private final Medium medium;

    public ReportHtml(Medium medium) {
        this.medium = medium;
    }

    public static List<Section> sections(ReportModel model) {
        List<Section> sections = new ArrayList<>(List.of(Section.SOURCES, Section.STATEMENTS, Section.ENTITIES, Section.TIMELINE));
        if (model.options().includeNotes()) {
            sections.add(Section.NOTES);
        }
        if (model.options().appendix()) {
            sections.add(Section.APPENDIX);
        }
        return sections;
    }

    public String render(ReportModel m) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\"/>");
        h.append("<title>").append(Xml.text(m.title())).append("</title>");
        meta(h, "author", m.author());
        meta(h, "subject", "Statements, sources and timeline of the case " + m.title());
        meta(h, "keywords", "Onrecord, statements, sources, timeline");
        meta(h, "generator", GENERATOR);
        h.append("<style>").append(css(m)).append("</style>");
        if (medium == Medium.PRINT) {
            bookmarks(h, m);
        }
        h.append("</head><body>");
        cover(h, m);
        contents(h, m);
        for (Section s : sections(m)) {
            switch (s) {
                case SOURCES -> sources(h, m);
                case STATEMENTS -> statements(h, m);
                case ENTITIES -> entities(h, m);
                case TIMELINE -> timeline(h, m);
                case NOTES -> notes(h, m);
                case APPENDIX -> appendix(h, m);
            }
        }
        h.append("</body></html>");
        return h.toString();
    }

    private static void meta(StringBuilder h, String name, String content) {
        if (content != null && !content.isBlank()) {
            h.append("<meta name=\"").append(name).append("\" content=\"").append(Xml.text(content)).append("\"/>");
        }
    }

    /** The style sheets under {@code org/onrecord/report/}: the common one, then the one for the medium. */
    private String css(ReportModel m) {
        String css = COMMON_CSS + (medium == Medium.SCREEN ? SCREEN_CSS : PRINT_CSS);
        return css.replace("${font}", FONT_FAMILY).replace("${title}", Xml.cssString(m.title()));
    }

    private static String stylesheet(String name) {
        try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report style sheet " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bookmarks(StringBuilder h, ReportModel m) {
        h.append("<bookmarks><bookmark name=\"Cover\" href=\"#cover\"/><bookmark name=\"Contents\" href=\"#contents\"/>");
        for (Section s : sections(m)) {
            h.append("<bookmark name=\"").append(Xml.text(s.title)).append("\" href=\"#").append(s.id).append("\">");
            if (s == Section.STATEMENTS) {
                for (int i = 0; i < m.groups().size(); i++) {
                    h.append("<bookmark name=\"").append(Xml.text(m.groups().get(i).heading())).append("\" href=\"#g-")
                            .append(i + 1).append("\"/>");
                }
            } else if (s == Section.APPENDIX) {
                for (Source src : m.sources()) {
                    h.append("<bookmark name=\"").append(Xml.text(src.label() + " " + src.article().displayTitle()))
                            .append("\" href=\"#").append(src.appendixAnchor()).append("\"/>");
                }
            }
            h.append("</bookmark>");
        }
        h.append("</bookmarks>");
    }

    private static void cover(StringBuilder h, ReportModel m) {
        h.append("<div id=\"cover\"><h1 class=\"cover-title\">").append(Xml.text(m.title())).append("</h1>");
        h.append("<table class=\"facts\">");
        fact(h, "Author", m.author());
        fact(h, "Date", DateLabels.day(m.date()));
        fact(h, "Case file", m.caseFile());
        fact(h, "Sources", Integer.toString(m.counts().sources()));
        fact(h, "Statements", m.counts().statements() + (m.counts().citations() != m.counts().statements()
                ? " (" + m.counts().citations() + " citations)" : ""));
        fact(h, "Entities", Integer.toString(m.counts().entities()));
        fact(h, "Dated events", Integer.toString(m.counts().events()));
        if (m.options().includeNotes()) {
            fact(h, "Notes", Integer.toString(m.counts().notes()));
        }
        ReportOptions o = m.options();
        fact(h, "Included", o.includeSuggested()
                ? "accepted items and suggestions (suggestions are marked “suggested”)" : "accepted items only");
        if (!o.kinds().isEmpty()) {
            fact(h, "Kinds", String.join(", ", new TreeSet<>(o.kinds())));
        }
        if (!o.speakers().isEmpty()) {
            fact(h, "Speakers", String.join(", ", new TreeSet<>(o.speakers())));
        }
        if (!o.articleIds().isEmpty()) {
            fact(h, "Articles", "a selection of " + m.counts().sources());
        }
        fact(h, "Made with", GENERATOR);
        h.append("</table><p class=\"small\">Every statement is quoted in the exact words of its source and cited by source (S),"
                + " paragraph (¶) and its numbered mark in the source text")
                .append(o.appendix() ? ", reproduced in the appendix." : ".")
                .append(" Each source is identified by its SHA-256 content hash.</p></div>");
    }

    private static void fact(StringBuilder h, String key, String value) {
        if (value != null && !value.isBlank()) {
            h.append("<tr><td class=\"k\">").append(Xml.text(key)).append("</td><td>").append(Xml.text(value)).append("</td></tr>");
        }
    }

    private void contents(StringBuilder h, ReportModel m) {
        h.append("<section id=\"contents\" class=\"toc\"><h1>Contents</h1>");
        for (Section s : sections(m)) {
            h.append("<p><a href=\"#").append(s.id).append("\">").append(Xml.text(s.title)).append("</a></p>");
            if (s == Section.STATEMENTS) {
                for (int i = 0; i < m.groups().size(); i++) {
                    h.append("<p class=\"sub\"><a href=\"#g-").append(i + 1).append("\">").append(Xml.text(m.groups().get(i).heading()))
                            .append("</a></p>");
                }
            }
        }
        h.append("</section>");
    }

    private static void open(StringBuilder h, Section s) {
        h.append("<section id=\"").append(s.id).append("\"><h1>").append(Xml.text(s.title)).append("</h1>");
    }

    private static void sources(StringBuilder h, ReportModel m) {
        open(h, Section.SOURCES);
        if (m.sources().isEmpty()) {
            h.append("<p class=\"empty\">No sources.</p>");
        } else {
            h.append("<table><thead><tr><th class=\"num\">#</th><th>Source</th><th style=\"width:46%\">Identification</th></tr></thead><tbody>");
            for (Source s : m.sources()) {
                var md = s.article().metadata();
                h.append("<tr id=\"").append(s.anchor()).append("\"><td class=\"num\"><b>").append(s.label()).append("</b></td><td>");
                h.append("<b>").append(Xml.text(s.article().displayTitle())).append("</b><br/>");
                List<String> line = new ArrayList<>();
                if (md.outlet() != null) {
                    line.add(md.outlet());
                }
                if (md.author() != null) {
                    line.add(md.author());
                }
                if (md.published() != null) {
                    line.add(DateLabels.of(new DateValue(md.published().date().toString(), md.published().date(),
                            md.published().date(), md.published().precision())));
                }
                h.append(Xml.text(String.join(" · ", line)));
                h.append("</td><td class=\"small\">");
                if (md.url() != null) {
                    h.append("<div class=\"break\">URL: ").append(Xml.text(md.url())).append("</div>");
                }
                h.append("<div class=\"break\">File: ").append(Xml.text(s.article().fileName())).append("</div>");
                h.append("<div class=\"break\">SHA-256: ").append(Xml.text(s.article().contentHash())).append("</div>");
                h.append(originalCheck(s.original()));
                h.append("<div>").append(s.marks().size()).append(" statement").append(s.marks().size() == 1 ? "" : "s")
                        .append(" cited, ").append(s.paragraphs().ranges().size()).append(" paragraphs</div>");
                h.append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</section>");
    }

    /** Says whether the SHA-256 above was checked against the stored original while this report was made. */
    private static String originalCheck(OriginalCheck check) {
        return switch (check) {
            case VERIFIED -> "<div class=\"original-verified\">verified: the stored original still has this SHA-256</div>";
            case CHANGED -> "<div class=\"original-changed\"><b>does not match — the stored original changed</b> after it was imported</div>";
            case MISSING -> "<div class=\"original-changed\"><b>cannot be verified — the stored original is missing</b></div>";
            case NOT_CHECKED -> "";
        };
    }

    private void statements(StringBuilder h, ReportModel m) {
        open(h, Section.STATEMENTS);
        boolean bySpeaker = m.options().groupBy() == ReportOptions.Grouping.SPEAKER;
        h.append("<p class=\"small\">Grouped by ").append(bySpeaker ? "speaker" : "kind")
                .append(". A statement reported by several sources is listed once, with every source that reports it.</p>");
        if (m.groups().isEmpty()) {
            h.append("<p class=\"empty\">No statements match.</p>");
        }
        for (int gi = 0; gi < m.groups().size(); gi++) {
            StatementGroup g = m.groups().get(gi);
            h.append("<h2 id=\"g-").append(gi + 1).append("\">").append(Xml.text(g.heading())).append(" <span class=\"small\">(")
                    .append(g.statements().size()).append(")</span></h2>");
            h.append("<table><thead><tr><th class=\"num\">#</th><th>Statement</th><th style=\"width:20%\">")
                    .append(bySpeaker ? "Kind · via" : "Speaker · via").append("</th><th style=\"width:12%\">Said</th>")
                    .append("<th style=\"width:17%\">Cited in</th></tr></thead><tbody>");
            for (ReportStatement r : g.statements()) {
                h.append("<tr id=\"").append(r.anchor()).append("\"><td class=\"num\">").append(r.number()).append("</td><td class=\"words\">");
                h.append(r.direct() ? "“" + Xml.text(QuoteMarks.inside(r.words())) + "”" : Xml.text(r.words()));
                if (!r.direct()) {
                    h.append(" <span class=\"small\">(reported speech)</span>");
                }
                if (r.suggested()) {
                    h.append(" <span class=\"sug\">suggested</span>");
                }
                for (Citation c : r.citations()) {
                    if (!SameStatements.normalise(c.words()).equals(SameStatements.normalise(r.words()))) {
                        h.append("<div class=\"variant\">").append(c.source().label()).append(" reads: “").append(Xml.text(QuoteMarks.inside(c.words())))
                                .append("”</div>");
                    }
                }
                h.append("</td><td>").append(Xml.text(bySpeaker ? r.kindLabel() : r.speaker()));
                if (r.via() != null) {
                    h.append("<br/><span class=\"small\">via ").append(Xml.text(r.via())).append("</span>");
                }
                h.append("</td><td>").append(r.dateSaid() == null ? "<span class=\"small\">not given</span>" : saidOn(r))
                        .append("</td><td>");
                for (int i = 0; i < r.citations().size(); i++) {
                    Citation c = r.citations().get(i);
                    if (i > 0) {
                        h.append("<br/>");
                    }
                    h.append("<a class=\"cite\" href=\"#").append(m.options().appendix() ? c.mark().anchor() : c.source().anchor())
                            .append("\">").append(Xml.text(c.label())).append("</a>");
                }
                h.append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</section>");
    }

    private static void entities(StringBuilder h, ReportModel m) {
        open(h, Section.ENTITIES);
        if (m.entities().isEmpty()) {
            h.append("<p class=\"empty\">No entities are marked in these sources.</p>");
        } else {
            h.append("<table><thead><tr><th style=\"width:24%\">Entity</th><th style=\"width:14%\">Type</th><th style=\"width:24%\">Also named</th>")
                    .append("<th>Appears in (source ¶ paragraphs)</th></tr></thead><tbody>");
            for (IndexEntry e : m.entities()) {
                h.append("<tr><td><b>").append(Xml.text(e.entity().name())).append("</b>");
                if (e.suggested()) {
                    h.append(" <span class=\"sug\">suggested</span>");
                }
                h.append("</td><td>").append(Xml.text(e.entity().type().label().toLowerCase(Locale.ROOT)))
                        .append("</td><td>").append(Xml.text(String.join("; ", e.entity().aliases()))).append("</td><td>");
                List<String> parts = new ArrayList<>();
                for (Appearance a : e.appearances()) {
                    parts.add("<a href=\"#" + a.source().anchor() + "\">" + a.source().label() + "</a> ¶"
                            + a.paragraphs().stream().map(String::valueOf).collect(Collectors.joining(", ")));
                }
                h.append(String.join("; ", parts)).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</section>");
    }

    private static void timeline(StringBuilder h, ReportModel m) {
        open(h, Section.TIMELINE);
        List<DatedItem> items = m.timeline();
        if (items.isEmpty()) {
            h.append("<p class=\"empty\">No dated events in these sources.</p></section>");
            return;
        }
        h.append("<p class=\"legend\">").append(TimelineSvg.legendDay()).append(" a day &#160;&#160; ").append(TimelineSvg.legendBar())
                .append(" a week, month, quarter or year: a bar over its whole span &#160;&#160; ").append(TimelineSvg.legendVague())
                .append(" ≈ a vague date: faded, and open where a bound is unknown. Rows are numbered as in the dated list.</p>");
        List<DateValue> all = items.stream().map(d -> d.event().date()).toList();
        for (int from = 0; from < items.size(); from += TIMELINE_ROWS_PER_FIGURE) {
            List<TimelineSvg.Row> rows = new ArrayList<>();
            for (int i = from; i < Math.min(items.size(), from + TIMELINE_ROWS_PER_FIGURE); i++) {
                rows.add(new TimelineSvg.Row(i + 1, items.get(i).event().date()));
            }
            h.append("<div class=\"figure\">").append(TimelineSvg.render(rows, all)).append("</div>");
        }
        h.append("<h2>Dated list</h2><table><thead><tr><th class=\"num\">#</th><th style=\"width:26%\">Date</th><th>Event</th>")
                .append("<th style=\"width:15%\">Source</th></tr></thead><tbody>");
        for (int i = 0; i < items.size(); i++) {
            DatedItem d = items.get(i);
            h.append("<tr><td class=\"num\">").append(i + 1).append("</td><td>").append(Xml.text(d.dateLabel()))
                    .append("<br/><span class=\"small\">").append(Xml.text(d.event().date().precision().code())).append("</span></td><td>");
            if (d.event().description() != null) {
                h.append(Xml.text(d.event().description())).append("<br/>");
            }
            h.append("<span class=\"small\">“").append(Xml.text(d.event().span().text())).append("”</span>");
            if (d.suggested()) {
                h.append(" <span class=\"sug\">suggested</span>");
            }
            h.append("</td><td><a href=\"#").append(d.source().anchor()).append("\">").append(d.source().label()).append(" ¶")
                    .append(d.paragraph()).append("</a></td></tr>");
        }
        h.append("</tbody></table></section>");
    }

    private static void notes(StringBuilder h, ReportModel m) {
        open(h, Section.NOTES);
        if (m.notes().isEmpty()) {
            h.append("<p class=\"empty\">No notes.</p>");
        }
        for (ReportNote n : m.notes()) {
            h.append("<div class=\"note\"><span class=\"about\">").append(Xml.text(n.about())).append("</span><br/>")
                    .append(Xml.text(n.text())).append("</div>");
        }
        h.append("</section>");
    }

    private static void appendix(StringBuilder h, ReportModel m) {
        open(h, Section.APPENDIX);
        h.append("<p class=\"small\">Each source's text as imported; statements cited in the report are highlighted and numbered"
                + " [n] as in the citations (suggestions with a dashed underline). Paragraph numbers in the margin.</p>");
        boolean first = true;
        for (Source s : m.sources()) {
            h.append("<div").append(first ? "" : " class=\"srcbody\"").append("><h2 id=\"").append(s.appendixAnchor()).append("\">")
                    .append(s.label()).append(" · ").append(Xml.text(s.article().displayTitle())).append("</h2>");
            first = false;
            String body = s.article().body();
            List<Mark> marks = s.marks();
            int next = 0;
            for (Paragraphs.Range p : s.paragraphs().ranges()) {
                h.append("<p class=\"para\"><span class=\"pn\">¶").append(p.number()).append("</span> ");
                // marks starting before this paragraph's end (and not yet placed) get their anchor here
                List<Mark> starting = new ArrayList<>();
                while (next < marks.size() && (marks.get(next).start() < p.end() || p.number() == s.paragraphs().ranges().size())) {
                    starting.add(marks.get(next));
                    next++;
                }
                paragraph(h, body, p, marks, starting);
                h.append("</p>");
            }
            h.append("</div>");
        }
        h.append("</section>");
    }

    /** One paragraph: highlighted where a mark covers it, each starting mark's number at its start. */
    private static void paragraph(StringBuilder h, String body, Paragraphs.Range p, List<Mark> marks, List<Mark> starting) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(p.start());
        cuts.add(p.end());
        List<Mark> touching = new ArrayList<>();
        for (Mark mk : marks) {
            if (mk.start() < p.end() && mk.end() > p.start()) {
                touching.add(mk);
                cuts.add(Math.max(p.start(), mk.start()));
                cuts.add(Math.min(p.end(), mk.end()));
            }
        }
        for (Mark mk : starting) {
            cuts.add(Math.max(p.start(), Math.min(p.end(), mk.start())));
        }
        Integer prev = null;
        int placed = 0;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                boolean covered = false;
                boolean allSuggested = true;
                for (Mark mk : touching) {
                    if (mk.start() <= prev && mk.end() >= cut) {
                        covered = true;
                        allSuggested &= mk.suggested();
                    }
                }
                if (covered) {
                    h.append("<span class=\"").append(allSuggested ? "hl hs" : "hl").append("\">");
                    Xml.append(h, body, prev, cut);
                    h.append("</span>");
                } else {
                    Xml.append(h, body, prev, cut);
                }
            }
            // anchors of marks that start at this cut
            while (placed < starting.size() && Math.max(p.start(), Math.min(p.end(), starting.get(placed).start())) <= cut) {
                Mark mk = starting.get(placed++);
                h.append("<b class=\"mk\" id=\"").append(mk.anchor()).append("\">[").append(mk.number()).append("]</b>");
            }
            prev = cut;
        }
    }

    /**
     * The day said; a day that is only the publication day of a source citing it, named by no
     * citing sentence, is printed as assumed (SaidOn).
     */
    private static String saidOn(ReportStatement r) {
        boolean assumed = false;
        for (Citation c : r.citations()) {
            Article article = c.source().article();
            TextSpan span = new TextSpan(c.mark().start(), c.mark().end(), c.words());
            var published = article.metadata().published();
            boolean named = SaidOn.stated(article.body(), span, published == null ? null : published.date())
                    .map(SaidOn.Stated::day).filter(r.dateSaid()::equals).isPresent();
            if (named) {
                assumed = false;
                break;
            }
            assumed |= SaidOn.isAssumed(r.dateSaid(), published, article.body(), span);
        }
        return Xml.text(DateLabels.day(r.dateSaid()))
                + (assumed ? "<br/><span class=\"small\">" + SaidOn.ASSUMED + ": the day it was published</span>" : "");
    }
}
