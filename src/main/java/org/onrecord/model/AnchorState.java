package org.onrecord.model;

/** Whether an annotation's words still sit at its offsets after the body changed. */
public enum AnchorState {
    ANCHORED, MOVED, LOST
}
