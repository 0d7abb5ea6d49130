package org.onrecord.analysis;

import org.onrecord.model.EntityType;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules by which two names are one entity, each with the evidence a reader sees. General
 * English conventions only (initials, surnames, company suffixes, the common short names of a few
 * countries), never names from a case.
 */
public final class AliasRules {
    /** Words a company's full name ends with and its short name drops ("Sony Pictures Entertainment" → "Sony Pictures"). */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("entertainment", "studios", "studio", "inc", "incorporated",
            "corp", "corporation", "co", "company", "group", "ltd", "limited", "llc", "plc", "holdings", "international",
            "ag", "sa", "nv", "gmbh", "bv");
    /** Countries commonly called by another name (a reader's knowledge, not a case's). */
    private static final List<Set<String>> COUNTRY_NAMES = List.of(
            Set.of("united states", "united states of america", "us", "usa", "america"),
            Set.of("united kingdom", "uk", "britain", "great britain"),
            Set.of("soviet union", "ussr"),
            Set.of("united arab emirates", "uae"),
            Set.of("people's republic of china", "prc", "china"));

    public record Rule(int strength, String evidence) {
    }

    private AliasRules() {
    }

    /** Whether {@code a} and {@code b} name one thing, and why; strength 3 is surest. */
    public static Optional<Rule> match(String a, EntityType typeA, String b, EntityType typeB) {
        String ka = Names.key(a);
        String kb = Names.key(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return Optional.empty();
        }
        boolean people = typeA == EntityType.PERSON && typeB == EntityType.PERSON;
        if (ka.equals(kb) || people && Names.personWords(a).equals(Names.personWords(b))) {
            return typeA == typeB ? Optional.of(new Rule(3, "same name as " + b)) : Optional.empty();
        }
        if (typeA == EntityType.LOCATION && typeB == EntityType.LOCATION || isAcronymPair(a, b)) {
            for (Set<String> country : COUNTRY_NAMES) {
                if (country.contains(ka) && country.contains(kb)) {
                    return Optional.of(new Rule(2, "another name of the country " + b));
                }
            }
        }
        if (Names.isAcronym(a) && !Names.isAcronym(b) && Names.words(b).size() >= 2 && Names.initials(b).contains(ka)) {
            return Optional.of(new Rule(2, "acronym of " + b));
        }
        if (Names.isAcronym(b) && !Names.isAcronym(a) && Names.words(a).size() >= 2 && Names.initials(a).contains(kb)) {
            return Optional.of(new Rule(2, "expansion of " + b));
        }
        if (typeA == EntityType.ORGANIZATION && typeB == EntityType.ORGANIZATION) {
            if (isCompanyShortForm(ka, kb)) {
                return Optional.of(new Rule(2, "short form of " + b));
            }
            if (isCompanyShortForm(kb, ka)) {
                return Optional.of(new Rule(2, "full name of " + b));
            }
        }
        if (people) {
            List<String> wa = Names.personWords(a);
            List<String> wb = Names.personWords(b);
            if (wa.size() < wb.size() && isTail(wa, wb)) {
                return Optional.of(new Rule(1, (wa.size() == 1 ? "same surname as " : "short form of ") + b));
            }
            if (wb.size() < wa.size() && isTail(wb, wa)) {
                return Optional.of(new Rule(1, "full name of " + b));
            }
        }
        return Optional.empty();
    }

    private static boolean isAcronymPair(String a, String b) {
        return Names.isAcronym(a) || Names.isAcronym(b);
    }

    /** {@code shorter} is {@code longer} without its trailing company words. */
    private static boolean isCompanyShortForm(String shorter, String longer) {
        if (!longer.startsWith(shorter + " ")) {
            return false;
        }
        String rest = longer.substring(shorter.length() + 1);
        for (String w : rest.split(" ")) {
            if (!COMPANY_SUFFIXES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTail(List<String> shorter, List<String> longer) {
        return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    /** The other usual names of the country {@code key} names (compared form), or none. */
    static Set<String> otherCountryNames(String key) {
        for (Set<String> country : COUNTRY_NAMES) {
            if (country.contains(key)) {
                return country;
            }
        }
        return Set.of();
    }
}
