package org.onrecord.ui.annotate;

/** What the editor beside the text is making of the selected words. */
public enum EditorMode {
    NONE, STATEMENT, ENTITY, EVENT
}
