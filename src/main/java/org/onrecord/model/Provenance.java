package org.onrecord.model;

/** Where a metadata value came from: found in the file, or given by the researcher. */
public enum Provenance {
    DETECTED, GIVEN
}
