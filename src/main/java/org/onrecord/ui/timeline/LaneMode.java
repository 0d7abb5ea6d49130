package org.onrecord.ui.timeline;

/** How the timeline splits events into horizontal lanes. */
public enum LaneMode {
    /** One lane per article: who reported what, when. */
    ARTICLE,
    /** One lane per entity named near the event: what happened to whom, when. */
    ENTITY
}
