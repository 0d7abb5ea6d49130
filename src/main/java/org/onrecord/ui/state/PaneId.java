package org.onrecord.ui.state;

/** Which pane set the focus, so that pane can ignore its own echo. */
public enum PaneId {
    ARTICLES, SEARCH, SOURCE, ENTITIES, STATEMENTS, TIMELINE, HISTORY, REVIEW, OTHER
}
