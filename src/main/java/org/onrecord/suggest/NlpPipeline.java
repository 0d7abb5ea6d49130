package org.onrecord.suggest;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BiConsumer;

/**
 * Stanford CoreNLP set up as docs/decisions/0010 says: tokens, sentences, parts of speech, lemmas
 * and the coarse CRF named-entity models (no fine-grained rules, no SUTime: dates have their own
 * resolver). Thread-confined: one worker analyses one text at a time.
 */
public final class NlpPipeline {
    /** The annotator lists built one after another; CoreNLP keeps each built annotator, so a step only adds one. */
    private static final List<String> STEPS = List.of("tokenize,ssplit", "tokenize,ssplit,pos", "tokenize,ssplit,pos,lemma",
            "tokenize,ssplit,pos,lemma,ner");
    private static final List<String> STEP_NAMES = List.of("tokenizer", "part-of-speech tagger", "lemmatiser", "entity models");
    /** Texts longer than this are analysed a stretch of paragraphs at a time: memory stays bounded on a huge article. */
    static final int CHUNK = 20_000;

    private final StanfordCoreNLP pipeline;

    private NlpPipeline(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the models (seconds); {@code progress} hears (step done, steps) with the step's name. */
    public static NlpPipeline load(BiConsumer<Integer, String> progress) {
        StanfordCoreNLP last = null;
        for (int i = 0; i < STEPS.size(); i++) {
            progress.accept(i, "Loading the " + STEP_NAMES.get(i));
            last = new StanfordCoreNLP(properties(STEPS.get(i)));
        }
        progress.accept(STEPS.size(), "Language models loaded");
        return new NlpPipeline(last);
    }

    public static int steps() {
        return STEPS.size();
    }

    static Properties properties(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("tokenize.language", "en");
        // a blank line ends a sentence (headlines, captions); a single line break does not
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    /** The tokens of {@code text}, offsets into {@code text}. */
    public List<Token> analyse(String text) {
        List<Token> tokens = new ArrayList<>();
        for (int[] chunk : chunks(text)) {
            CoreDocument doc = new CoreDocument(text.substring(chunk[0], chunk[1]));
            pipeline.annotate(doc);
            for (CoreLabel t : doc.tokens()) {
                tokens.add(new Token(chunk[0] + t.beginPosition(), chunk[0] + t.endPosition(),
                        t.originalText(), t.tag(), t.ner() == null ? "O" : t.ner()));
            }
        }
        return tokens;
    }

    /** Cuts at paragraph breaks (else line breaks, else spaces) so no stretch is much longer than {@link #CHUNK}. */
    static List<int[]> chunks(String text) {
        List<int[]> chunks = new ArrayList<>();
        int start = 0;
        while (text.length() - start > CHUNK) {
            int limit = start + CHUNK;
            int cut = text.lastIndexOf("\n\n", limit);
            if (cut <= start) {
                cut = text.lastIndexOf('\n', limit);
            }
            if (cut <= start) {
                cut = text.lastIndexOf(' ', limit);
            }
            if (cut <= start) {
                cut = limit;
            }
            chunks.add(new int[] {start, cut});
            start = cut;
        }
        chunks.add(new int[] {start, text.length()});
        return chunks;
    }
}
