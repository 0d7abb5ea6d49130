package org.onrecord.suggest;

/** Two names the text itself says are one ("DPRK (Democratic People's Republic of Korea)"), and how it says so. */
public record AliasLink(String shortName, String longName, String evidence) {
}
