package org.onrecord.suggest;

import org.onrecord.model.EntityType;
import org.onrecord.model.TextSpan;

/**
 * A proposed mention of an entity: where, of what type, the name it stands for (the words without
 * a possessive or an office title) and why it was proposed ("NER: PERSON", "quoted title after
 * \"film\"").
 */
public record EntitySuggestion(TextSpan span, EntityType type, String name, String evidence) {
}
