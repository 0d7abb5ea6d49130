package org.onrecord.bench;

import java.util.List;
import java.util.Random;
import java.util.Locale;

/**
 * Invented news prose for benchmarks: sentences built from a fixed vocabulary with a seeded
 * random source, so runs are repeatable and no third-party text is needed.
 */
public final class SyntheticText {
    private static final List<String> SUBJECTS = List.of("The harbour board", "A ministry spokesman", "The mayor of Port Elling",
            "Brightwater Shipping", "An unnamed official", "The opposition leader", "Investigators", "The ferry union",
            "A senior diplomat", "The regional council", "Local fishermen", "The customs agency");
    private static final List<String> VERBS = List.of("denied", "said", "claimed", "warned", "accused the council of",
            "declined to comment on", "confirmed", "disputed", "rejected", "welcomed", "questioned", "announced");
    private static final List<String> OBJECTS = List.of("the quay contract", "the leaked memo", "the tender process",
            "the toll increase", "reports of a cyber attack", "the new container terminal", "the audit findings",
            "the strike", "the environmental survey", "plans for a second bridge", "the budget shortfall", "the inquiry");
    private static final List<String> TIMES = List.of("on Tuesday", "last month", "on Nov. 24", "earlier this week",
            "a few months ago", "in March", "yesterday", "on Sunday", "two years ago", "this spring");
    private static final List<String> EXTRAS = List.of("according to documents seen by the Gazette",
            "in an interview with Radio Elling", "after a closed meeting", "citing security concerns",
            "without giving details", "despite mounting pressure", "in a written statement", "at a press conference");

    private final Random random;

    public SyntheticText(long seed) {
        this.random = new Random(seed);
    }

    public String sentence() {
        String s = pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS) + " " + pick(TIMES);
        if (random.nextBoolean()) {
            s += ", " + pick(EXTRAS);
        }
        if (random.nextInt(4) == 0) {
            s = "“" + s + ",” " + pick(SUBJECTS).toLowerCase(Locale.ROOT) + " told reporters";
        }
        return s + ".";
    }

    public String paragraph(int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(sentence());
        }
        return p.toString();
    }

    public String headline() {
        return pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS);
    }

    public String word() {
        String phrase = pick(OBJECTS);
        String[] words = phrase.split(" ");
        return words[words.length - 1];
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
