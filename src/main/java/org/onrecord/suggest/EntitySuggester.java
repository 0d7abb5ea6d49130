package org.onrecord.suggest;

import org.onrecord.dates.TemporalExpressionFinder;
import org.onrecord.model.EntityType;
import org.onrecord.model.TextSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Proposes the entities named in one article body: the model's names (people, organisations,
 * places, other names such as nationalities), cleaned by rules a reader would agree with — no
 * pronouns, no bare job titles, office titles kept out of a name, titles of works where the text
 * marks them, short forms the text defines — plus the pairs of names the text says are one.
 */
public final class EntitySuggester {
    private static final Map<String, EntityType> TYPES = Map.of("PERSON", EntityType.PERSON,
            "ORGANIZATION", EntityType.ORGANIZATION, "LOCATION", EntityType.LOCATION, "MISC", EntityType.OTHER);

    private static final TemporalExpressionFinder DATES = new TemporalExpressionFinder();

    public record Result(List<EntitySuggestion> mentions, List<AliasLink> links, int tokens) {
    }

    /** Runs the model on {@code body} (names inside hyphenated words opened first) and applies the rules. */
    public Result suggest(String body, NlpPipeline pipeline) {
        return suggest(body, pipeline.analyse(HyphenatedNames.open(body)));
    }

    public Result suggest(String body, List<Token> tokens) {
        List<EntitySuggestion> mentions = new ArrayList<>();
        List<WorkTitles.Title> titles = WorkTitles.find(body);
        for (WorkTitles.Title t : titles) {
            TextSpan span = TextSpan.of(body, t.start(), t.end());
            mentions.add(new EntitySuggestion(span, EntityType.WORK, span.text(), t.evidence()));
        }
        List<AliasLink> links = new ArrayList<>();
        List<EntitySuggestion> definitions = new ArrayList<>();
        for (Abbreviations.Definition d : Abbreviations.find(body)) {
            String shortName = body.substring(d.shortStart(), d.shortEnd());
            String longName = body.substring(d.longStart(), d.longEnd());
            links.add(new AliasLink(shortName, longName, d.evidence().startsWith("official name")
                    ? "\"" + shortName + "\": the official name of " + longName
                    : "\"" + shortName + "\": " + d.evidence() + " as \"" + longName + "\""));
            definitions.add(new EntitySuggestion(TextSpan.of(body, d.longStart(), d.longEnd()), null, longName, d.evidence()));
        }
        for (Chunk chunk : chunks(tokens)) {
            EntitySuggestion s = clean(body, chunk);
            if (s != null && titles.stream().noneMatch(t -> s.span().overlaps(t.start(), t.end()))) {
                mentions.add(SelfNamedGroups.retype(body, s));
            }
        }
        Products.find(body, tokens, mentions, links);
        // a long form the text spells out is one name, even where the model cut it in pieces
        for (EntitySuggestion d : definitions) {
            List<EntitySuggestion> inside = mentions.stream()
                    .filter(m -> m.span().overlaps(d.span().start(), d.span().end())).toList();
            boolean alreadyWhole = inside.stream().anyMatch(m -> m.span().start() == d.span().start() && m.span().end() == d.span().end());
            boolean withinLongForm = inside.stream().allMatch(m -> m.span().start() >= d.span().start() && m.span().end() <= d.span().end());
            if (!alreadyWhole && !inside.isEmpty() && withinLongForm && inside.stream().noneMatch(m -> m.type() == EntityType.WORK)) {
                mentions.removeAll(inside);
                EntityType type = inside.getLast().type();
                mentions.add(new EntitySuggestion(d.span(), type, d.name(), "NER: " + type + "; whole name as the text spells it out"));
            }
        }
        mentions.addAll(Initials.find(body, tokens, mentions));
        mentions.sort(Comparator.comparingInt((EntitySuggestion m) -> m.span().start()));
        return new Result(mentions, links, tokens.size());
    }

    record Chunk(List<Token> tokens, String tag) {
    }

    /** Runs of tokens with the same name tag. */
    static List<Chunk> chunks(List<Token> tokens) {
        List<Chunk> chunks = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        String tag = "O";
        for (Token t : tokens) {
            String ner = TYPES.containsKey(t.ner()) ? t.ner() : "O";
            if (!ner.equals(tag) && !current.isEmpty()) {
                chunks.add(new Chunk(List.copyOf(current), tag));
                current.clear();
            }
            tag = ner;
            if (!"O".equals(ner)) {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(new Chunk(List.copyOf(current), tag));
        }
        return chunks;
    }

    /** Trims a chunk to a name, or null when no name is left. */
    private static EntitySuggestion clean(String body, Chunk chunk) {
        List<Token> words = new ArrayList<>(chunk.tokens());
        EntityType type = TYPES.get(chunk.tag());
        // quotes and other punctuation the model took in; a possessive ending
        while (!words.isEmpty() && !hasLetterOrDigit(words.getFirst().word())) {
            words.removeFirst();
        }
        while (!words.isEmpty() && (!hasLetterOrDigit(words.getLast().word()) || isPossessive(words.getLast().word()))) {
            words.removeLast();
        }
        // lower-case words before a name are not part of it ("commendable Memorial Day")
        while (words.size() > 1 && startsLowerCase(words.getFirst().word())) {
            words.removeFirst();
        }
        String evidence = "NER: " + type;
        // an office title before a name is not the name ("President Obama" is Obama)
        if (type == EntityType.PERSON) {
            while (words.size() > 1 && NameWords.isHonorific(words.getFirst().word())) {
                words.removeFirst();
                evidence = "NER: PERSON, office title left out";
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        if (type == EntityType.OTHER && (isCurrency(words) || isDate(body, words))) {
            return null; // "C$", "Christmas Day": amounts and days, not names
        }
        if (words.stream().allMatch(w -> NameWords.isPronoun(w.word()) || w.tag().startsWith("PRP"))) {
            return null;
        }
        if (words.stream().allMatch(w -> NameWords.isJobTitle(w.word()) || !hasLetterOrDigit(w.word()))) {
            return null;
        }
        if (words.size() == 1 && startsLowerCase(words.getFirst().word()) && words.getFirst().word().chars().noneMatch(Character::isUpperCase)) {
            return null;
        }
        int start = words.getFirst().start();
        int end = words.getLast().end();
        String text = body.substring(start, end);
        if (HyphenatedNames.endsInsideHyphenatedWord(body, end)) {
            evidence += ", inside the hyphenated \"" + hyphenated(body, start, end) + "\"";
        }
        return new EntitySuggestion(TextSpan.of(body, start, end), type, text, evidence);
    }

    /** A currency sign with or without its country letters ("C$", "US$", "€"). */
    private static boolean isCurrency(List<Token> words) {
        return words.size() == 1 && words.getFirst().word().matches("\\p{Lu}{0,3}[$\u20ac\u00a3\u00a5]");
    }

    /** The words are, all of them, a date the date grammar reads ("Labor Day", "Christmas Day"). */
    private static boolean isDate(String body, List<Token> words) {
        String text = body.substring(words.getFirst().start(), words.getLast().end());
        return DATES.find(text).stream().anyMatch(f -> f.start() == 0 && f.end() == text.length());
    }

    private static String hyphenated(String body, int start, int end) {
        int e = end + 1;
        while (e < body.length() && Character.isLetter(body.charAt(e))) {
            e++;
        }
        return body.substring(start, e);
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.chars().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean isPossessive(String s) {
        return s.equals("'s") || s.equals("’s") || s.equals("'") || s.equals("’");
    }

    private static boolean startsLowerCase(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }
}
