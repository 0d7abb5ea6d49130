package org.onrecord.ui.source;

/**
 * Asks the view to scroll to and select [start, end). The serial makes every request a new value,
 * so asking twice for the same words still fires.
 */
public record RevealRequest(int start, int end, long serial) {
}
