package org.onrecord.model;

import java.util.List;

/** A kind of statement. The case keeps its own, extendable list; these are the ones every case starts with. */
public record StatementKind(String code, String label) {
    public static final List<StatementKind> BUILT_IN = List.of(
            new StatementKind("claim", "Claim"),
            new StatementKind("denial", "Denial"),
            new StatementKind("accusation", "Accusation"),
            new StatementKind("threat", "Threat"),
            new StatementKind("no_comment", "No comment"),
            new StatementKind("other", "Other"));
}
