package org.onrecord.model;

/**
 * Descriptive fields of an article; any of them may be null. Used both for what an importer
 * detected and for what the researcher gave.
 */
public record ArticleMetadata(String title, String outlet, String author, String url,
                              PublicationDate published, String language) {

    public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null);

    /** This metadata with every field that {@code override} has replacing ours. */
    public ArticleMetadata overriddenBy(ArticleMetadata override) {
        return new ArticleMetadata(
                pick(override.title, title), pick(override.outlet, outlet), pick(override.author, author),
                pick(override.url, url), override.published != null ? override.published : published,
                pick(override.language, language));
    }

    public boolean has(MetadataField field) {
        return switch (field) {
            case TITLE -> title != null;
            case OUTLET -> outlet != null;
            case AUTHOR -> author != null;
            case URL -> url != null;
            case PUBLISHED -> published != null;
            case LANGUAGE -> language != null;
        };
    }

    private static String pick(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
