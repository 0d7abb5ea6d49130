package org.onrecord.ui.source;

/** A kind of highlight the reader can switch on and off in the legend. */
public enum HighlightLayer {
    ENTITY("Entities"),
    STATEMENT("Statements"),
    DATE("Dates"),
    SEARCH("Search hits"),
    FOCUS("Focus");

    private final String label;

    HighlightLayer(String label) {
        this.label = label;
    }

    /** The legend's text: a layer is never told apart by colour alone. */
    public String label() {
        return label;
    }
}
