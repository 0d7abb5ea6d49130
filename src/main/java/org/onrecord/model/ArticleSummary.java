package org.onrecord.model;

/** A row of the article list: what a researcher scans before opening an article. */
public record ArticleSummary(long id, String fileName, String title, String outlet, PublicationDate published,
                             int entityCount, int statementCount, int eventCount) {
    public String displayTitle() {
        return title != null ? title : fileName;
    }
}
