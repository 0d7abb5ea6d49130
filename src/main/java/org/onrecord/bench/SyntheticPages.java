package org.onrecord.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes saved-web-page look-alikes (~50 KB each: navigation, article, sidebar, comments, scripts). */
public final class SyntheticPages {
    private SyntheticPages() {
    }

    public static void write(Path folder, int count, int targetBytes, long seed) throws IOException {
        Files.createDirectories(folder);
        SyntheticText text = new SyntheticText(seed);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format("page-%05d.html", i)), page(text, i, targetBytes), StandardCharsets.UTF_8);
        }
    }

    static String page(SyntheticText text, int n, int targetBytes) {
        String headline = text.headline();
        StringBuilder html = new StringBuilder(targetBytes + 4096);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(headline)
                .append(" | Elling Gazette</title><meta property=\"og:site_name\" content=\"Elling Gazette\">")
                .append("<meta property=\"article:published_time\" content=\"2021-03-0").append(1 + n % 9).append("T08:00:00Z\">")
                .append("<script>var tracking = {page: ").append(n).append("};</script><style>body{font-family:serif}</style></head><body>")
                .append("<header><nav class=\"site-nav\"><ul>");
        for (String section : new String[] {"News", "Harbour", "Politics", "Sport", "Weather", "Opinion"}) {
            html.append("<li><a href=\"/").append(section.toLowerCase(Locale.ROOT)).append("\">").append(section).append("</a></li>");
        }
        html.append("</ul></nav></header><main><article><h1>").append(headline).append("</h1>")
                .append("<div class=\"byline\">By Staff Reporter</div><div class=\"article-body\">");
        int bodyBudget = targetBytes / 3;
        while (html.length() < bodyBudget) {
            html.append("<p>").append(text.paragraph(3 + text.nextInt(4))).append("</p>\n");
        }
        html.append("</div></article><aside class=\"related\"><h3>Related stories</h3><ul>");
        for (int i = 0; i < 12; i++) {
            html.append("<li><a href=\"/story/").append(i).append("\">").append(text.headline()).append("</a></li>");
        }
        html.append("</ul></aside><section class=\"comments\"><h3>Comments</h3>");
        while (html.length() < targetBytes - 2000) {
            html.append("<div class=\"comment\"><span class=\"user\">reader").append(text.nextInt(999))
                    .append("</span><p>").append(text.sentence()).append("</p></div>\n");
        }
        html.append("</section></main><footer><p>© Elling Gazette. All rights reserved.</p>")
                .append("<script>window.ads = [1,2,3];</script></footer></body></html>");
        return html.toString();
    }
}
