package org.onrecord.model;

import java.time.Instant;
import java.util.Set;

/**
 * One imported article. {@code body} is the clean article text all annotation offsets point into;
 * {@code bodyStart}/{@code bodyEnd} locate it in the decoded original text when it is a verbatim
 * slice of it (else -1). {@code given} names the metadata fields the researcher supplied.
 */
public record Article(long id, String fileName, String contentHash, String mediaType,
                      ArticleMetadata metadata, Set<MetadataField> given,
                      String body, int bodyStart, int bodyEnd, Instant importedAt) {

    public String title() {
        return metadata.title();
    }

    public String displayTitle() {
        return metadata.title() != null ? metadata.title() : fileName;
    }

    /** The same article with another body text (offsets unchanged): for a body read on its own. */
    public Article withBody(String text) {
        return new Article(id, fileName, contentHash, mediaType, metadata, given, text, bodyStart, bodyEnd, importedAt);
    }

    public Provenance provenanceOf(MetadataField field) {
        return given.contains(field) ? Provenance.GIVEN : Provenance.DETECTED;
    }
}
