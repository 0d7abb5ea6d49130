package org.onrecord.suggest;

import org.onrecord.model.EntityType;

import java.util.regex.Pattern;

/**
 * A name a group gives itself is an organisation's name, whatever the model thought: "a group
 * that's dubbed itself “Guardians of Peace”", "hackers calling themselves …".
 */
final class SelfNamedGroups {
    private static final Pattern NAMES_ITSELF = Pattern.compile(
            "(?i)\\b(?:group|organi[sz]ation|movement|network|collective|gang|coalition|party|hackers|militants|rebels|faction|cell)\\b"
                    + "[^.!?]{0,30}\\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|nam(?:es|ed|ing)|style[sd]?|brand(?:s|ed|ing)?)"
                    + "[\\s\\u00a0]+(?:itself|themselves)[\\s\\u00a0]*[“\"‘]?[\\s\\u00a0]*$");

    private SelfNamedGroups() {
    }

    static EntitySuggestion retype(String body, EntitySuggestion s) {
        if (s.type() == EntityType.ORGANIZATION || s.type() == EntityType.PERSON) {
            return s;
        }
        String before = body.substring(Math.max(0, s.span().start() - 80), s.span().start());
        if (NAMES_ITSELF.matcher(before).find()) {
            return new EntitySuggestion(s.span(), EntityType.ORGANIZATION, s.name(),
                    s.evidence() + "; ORGANIZATION: the name a group gives itself");
        }
        return s;
    }
}
