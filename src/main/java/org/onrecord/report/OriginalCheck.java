package org.onrecord.report;

/** Whether a source's stored original bytes still have the SHA-256 recorded when it was imported. */
public enum OriginalCheck {
    /** Hashed again while the report was built: the same value. */
    VERIFIED,
    /** Hashed again: another value, so the stored original changed after the import. */
    CHANGED,
    /** No stored original to hash (an import that did not finish). */
    MISSING,
    /** Not hashed again (an export that does not print the value). */
    NOT_CHECKED
}
