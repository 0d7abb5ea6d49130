package org.onrecord.suggest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reporting verbs of general English (after Krestel et al. 2008 and the VerbNet classes of saying,
 * denying, complaining and advising) with the kind of statement each one signals on its own. Every
 * inflected form is listed through {@link #cue(String)}; never words taken from one case.
 */
public final class SpeechCues {
    /** What a reporting verb tells about the statement it introduces. */
    public record Cue(String lemma, String kind, double kindStrength, boolean belief) {
        /** A verb that reports speech only before "that", a colon or quoted words ("continued:", not "continued to rise"). */
        public boolean needsComplement() {
            return belief || !CORE.contains(lemma) && !OBJECT.contains(lemma);
        }
    }

    /** Verbs that report what someone said whatever follows them. */
    private static final Set<String> CORE = Set.of("say", "tell", "add", "state", "claim", "deny", "accuse", "warn", "threaten",
            "insist", "assert", "argue", "explain", "announce", "declare", "report", "write", "note", "acknowledge", "admit",
            "confirm", "suggest", "allege", "contend", "maintain", "stress", "emphasize", "emphasise", "predict", "blame",
            "reject", "dismiss", "denounce", "condemn", "criticize", "criticise", "tweet", "testify", "concede", "reveal",
            "disclose", "vow", "pledge", "promise", "urge", "recall", "complain", "caution", "boast", "refute", "rebut",
            "disavow", "repudiate", "dispute", "slam", "blast", "lambaste", "decry", "castigate", "remark", "retort", "quip",
            "reiterate", "observe", "demand", "propose", "recommend", "advise");

    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("seek", "sought"),Map.entry("say", "said"), Map.entry("tell", "told"),
            Map.entry("write", "wrote,written"), Map.entry("think", "thought"), Map.entry("feel", "felt"),
            Map.entry("know", "knew,known"), Map.entry("hear", "heard"), Map.entry("understand", "understood"),
            Map.entry("learn", "learnt,learned"), Map.entry("sing", "sang,sung"), Map.entry("find", "found"),
            Map.entry("show", "showed,shown"), Map.entry("forbid", "forbade"), Map.entry("speak", "spoke,spoken"));

    /** Verbs of two syllables stressed on the last, whose final consonant doubles: "admitted", "rebutted", "referred". */
    private static final Set<String> STRESSED_LAST = Set.of("admit", "commit", "submit", "omit", "permit", "regret", "rebut",
            "refer", "prefer", "confer", "defer", "deter", "occur", "abet", "compel", "propel", "repel", "control", "patrol");

    private static final Map<String, Cue> FORMS = new HashMap<>();

    static {
        // neutral saying: the kind comes from the words said
        verbs("claim", 0.0, false, "say", "tell", "add", "state", "note", "explain", "announce", "declare", "report", "write",
                "insist", "assert", "maintain", "contend", "argue", "stress", "emphasize", "emphasise", "suggest", "acknowledge",
                "admit", "confirm", "predict", "estimate", "reply", "respond", "answer", "recall", "remark", "observe",
                "point", "comment", "tweet", "post", "testify", "concede", "conclude", "reveal", "disclose", "mention",
                "indicate", "repeat", "reiterate", "continue", "caution", "complain", "boast", "brag", "joke", "quip",
                "shout", "yell", "whisper", "ask", "wonder", "question", "pledge", "promise", "vow", "urge", "demand",
                "propose", "recommend", "advise", "agree", "disagree", "counter", "retort", "describe", "characterize",
                "call", "dub", "label", "hail", "praise", "welcome", "cite", "quote", "allege", "speculate", "signal",
                "affirm", "contend", "underline", "highlight", "proclaim", "reckon", "chant", "sing", "rule", "find", "show",
                "lament", "plead", "inform", "notify", "brief", "assure", "reassure", "guarantee", "push", "press", "lobby",
                "offer", "liken", "echo", "express", "reference", "refer", "speak", "talk", "rail", "inquire", "enquire",
                "query", "advocate", "encourage", "exhort", "implore", "mock", "deride", "ridicule");
        verbs("claim", 0.75, false, "claim", "insist", "assert", "contend", "maintain");
        // belief and perception: attributions too, weaker evidence of something said
        verbs("claim", 0.0, true, "believe", "think", "feel", "expect", "hope", "fear", "worry", "doubt", "know", "learn",
                "hear", "understand", "suspect", "assume", "consider");
        verbs("denial", 0.9, false, "deny", "reject", "dismiss", "refute", "rebut", "disavow", "disown", "repudiate", "dispute",
                "contradict", "disclaim");
        verbs("accusation", 0.85, false, "accuse", "blame", "denounce", "condemn", "criticize", "criticise", "slam", "blast",
                "attack", "lambaste", "castigate", "decry", "charge", "fault", "indict", "censure", "rebuke", "assail");
        verbs("accusation", 0.6, false, "allege");
        verbs("threat", 0.85, false, "threaten", "warn");
        verbs("threat", 0.4, false, "vow");
        // intentions and stances: attributions whose object is the content ("wants to …", "supports …"); other, unsure
        verbs("other", 0.6, true, "want", "plan", "intend", "seek", "aim", "support", "oppose", "endorse", "favor", "favour",
                "refuse", "decline");
    }

    /** Cues whose object or infinitive is what is attributed, without "that": "wants a recount", "cited the report". */
    private static final Set<String> OBJECT = Set.of("want", "plan", "intend", "seek", "aim", "support", "oppose", "endorse",
            "favor", "favour", "cite", "urge", "demand", "propose", "recommend", "promise", "pledge", "vow",
            // what was likened, echoed, expressed or mocked is named by the object: "echoed the governor's doubts"
            "liken", "echo", "express", "reference", "advocate", "encourage", "exhort", "implore", "mock", "deride", "ridicule");
    /** Cues that take an infinitive as what is attributed: "hopes to", "agreed to", "refused to". */
    private static final Set<String> INFINITIVE = Set.of("hope", "expect", "agree", "promise", "pledge", "vow", "threaten",
            "plan", "intend", "want", "seek", "aim", "refuse", "decline", "offer", "demand", "propose");
    /** Verbs followed by a particle that belongs to the cue: "called for", "called on", "pushed for". */
    private static final Map<String, Set<String>> PARTICLES = Map.ofEntries(Map.entry("call", Set.of("for", "on")), Map.entry("push", Set.of("for")),
            Map.entry("argue", Set.of("for", "against")), Map.entry("press", Set.of("for")), Map.entry("lobby", Set.of("for", "against")),
            Map.entry("point", Set.of("to")),
            Map.entry("speak", Set.of("of", "about")), Map.entry("talk", Set.of("about", "of")), Map.entry("rail", Set.of("against")),
            Map.entry("refer", Set.of("to")), Map.entry("complain", Set.of("about", "of")), Map.entry("boast", Set.of("about", "of")),
            Map.entry("brag", Set.of("about")), Map.entry("joke", Set.of("about")), Map.entry("testify", Set.of("about")),
            Map.entry("ask", Set.of("about")), Map.entry("comment", Set.of("on")));
    /** Cues whose words are a question: "asked whether …", "wondered why …" (an indirect question is what was said). */
    private static final Set<String> QUESTIONS = Set.of("ask", "wonder", "question", "inquire", "enquire", "query");
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how", "what", "who", "when", "where",
            "which");
    /** What a document, a poll or a study is said to show: its findings are attributions to it. */
    private static final Set<String> FINDINGS = Set.of("show", "find", "suggest", "indicate", "reveal", "conclude", "estimate",
            "predict", "confirm");
    private static final Set<String> DOCUMENTS = Set.of("poll", "polls", "survey", "surveys", "study", "studies", "report",
            "reports", "analysis", "analyses", "data", "research", "review", "audit", "investigation", "records", "documents",
            "document", "figures", "numbers", "statistics", "estimates", "filings", "filing", "memo", "emails", "e-mails",
            "letter", "returns", "findings", "results", "projections", "model", "forecast", "census", "tally", "count", "average",
            "averages", "transcript", "transcripts", "video", "footage", "recording", "chart", "ranking", "index", "tests");

    /**
     * Whether {@code next}, the word after the cue, starts what is attributed although no "that" or quotation follows:
     * the object of an intention or a citation, an infinitive after a hope or a promise, the words after "called for".
     */
    public static boolean takesObject(Cue cue, String next) {
        String lemma = cue.lemma();
        return OBJECT.contains(lemma) && !next.equals("to") && !next.equals(",") && !next.equals(".")
                || next.equals("to") && INFINITIVE.contains(lemma)
                || PARTICLES.getOrDefault(lemma, Set.of()).contains(next);
    }

    /** "asked whether", "wondered why": an indirect question after a cue of asking. */
    public static boolean asksQuestion(Cue cue, String next) {
        return QUESTIONS.contains(cue.lemma()) && QUESTION_WORDS.contains(next);
    }

    /** "called for", "pushed for": the particle belongs to the cue {@code word}. */
    static boolean isParticle(String word, String next) {
        Cue cue = cue(word);
        return cue != null && PARTICLES.getOrDefault(cue.lemma(), Set.of()).contains(next);
    }

    /** "the poll shows Clinton ahead": a finding of a document, said without "that". */
    public static boolean isFinding(Cue cue, String subjectHead) {
        return FINDINGS.contains(cue.lemma()) && DOCUMENTS.contains(subjectHead);
    }

    /** Words that only introduce the said words after "according": "according to". */
    static final Set<String> NOUN_CUES = Set.of("statement", "interview", "memo", "letter", "email", "e-mail", "tweet", "post",
            "speech", "remarks", "press", "conference", "release", "briefing", "message", "op-ed", "column", "testimony",
            "broadcast", "report", "announcement", "declaration");

    private SpeechCues() {
    }

    private static void verbs(String kind, double strength, boolean belief, String... lemmas) {
        for (String lemma : lemmas) {
            Cue cue = new Cue(lemma, kind, strength, belief);
            for (String form : forms(lemma)) {
                FORMS.put(form, cue);
            }
        }
    }

    static Set<String> forms(String lemma) {
        Set<String> forms = new java.util.LinkedHashSet<>();
        forms.add(lemma);
        String past;
        String ing;
        String third;
        if (lemma.endsWith("e")) {
            past = lemma + "d";
            ing = lemma.substring(0, lemma.length() - 1) + "ing";
        } else if (lemma.endsWith("y") && !lemma.endsWith("ay") && !lemma.endsWith("ey")) {
            past = lemma.substring(0, lemma.length() - 1) + "ied";
            ing = lemma + "ing";
        } else if (doublesFinalConsonant(lemma)) {
            char last = lemma.charAt(lemma.length() - 1);
            past = lemma + last + "ed";
            ing = lemma + last + "ing";
        } else {
            past = lemma + "ed";
            ing = lemma + "ing";
        }
        if (lemma.endsWith("y") && !lemma.endsWith("ay") && !lemma.endsWith("ey")) {
            third = lemma.substring(0, lemma.length() - 1) + "ies";
        } else if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                || lemma.endsWith("z") || lemma.endsWith("o")) {
            third = lemma + "es";
        } else {
            third = lemma + "s";
        }
        String irregular = IRREGULAR.get(lemma);
        if (irregular != null) {
            forms.addAll(java.util.List.of(irregular.split(",")));
        } else {
            forms.add(past);
        }
        forms.add(ing);
        forms.add(third);
        return forms;
    }

    /**
     * "planned", "slammed", "quipped", "admitted": one short vowel before one final consonant doubles it in a verb of one
     * syllable ("plan", "slam", "quip"; "qu" counts as a consonant) and in the stressed-last ones above; not "post",
     * "show", "fix", "say".
     */
    static boolean doublesFinalConsonant(String lemma) {
        if (STRESSED_LAST.contains(lemma)) {
            return true;
        }
        String core = lemma.startsWith("qu") ? lemma.substring(2) : lemma;
        return core.matches("[^aeiou]*[aeiou][bdgklmnprt]") && lemma.length() <= 5;
    }

    /** The reporting verb this word form belongs to, or null. */
    public static Cue cue(String word) {
        return FORMS.get(word.toLowerCase(Locale.ROOT).replace('’', '\''));
    }
}
