package org.onrecord.service;

import org.onrecord.model.ArticleMetadata;

/** What the researcher gives on import: metadata that overrides what is detected, and the size limit. */
public record ImportOptions(ArticleMetadata given, long maxFileBytes) {
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    public static ImportOptions defaults() {
        return new ImportOptions(ArticleMetadata.EMPTY, DEFAULT_MAX_FILE_BYTES);
    }

    public ImportOptions withGiven(ArticleMetadata metadata) {
        return new ImportOptions(metadata, maxFileBytes);
    }
}
