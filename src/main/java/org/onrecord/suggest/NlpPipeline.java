package org.onrecord.suggest;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.BiConsumer;

/**
 * Stanford CoreNLP set up as docs/decisions/0010 says: tokens, sentences, parts of speech, lemmas
 * and the coarse CRF named-entity models (no fine-grained rules, no SUTime: dates have their own
 * resolver), and a dependency parser for the few sentences a rule needs parsed (dated sentences, for
 * an event's description). Thread-confined: one worker analyses one text at a time.
 */
public final class NlpPipeline {
    /** The annotator lists built one after another; CoreNLP keeps each built annotator, so a step only adds one. */
    private static final List<String> STEPS = List.of("tokenize,ssplit", "tokenize,ssplit,pos", "tokenize,ssplit,pos,lemma",
            "tokenize,ssplit,pos,lemma,ner");
    private static final List<String> STEP_NAMES = List.of("tokenizer", "part-of-speech tagger", "lemmatiser", "entity models");
    /** Texts longer than this are analysed a stretch of paragraphs at a time: memory stays bounded on a huge article. */
    static final int CHUNK = 20_000;

    /** Universal Dependencies model of the neural dependency parser (in the models jar). */
    private static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private final StanfordCoreNLP pipeline;
    /** Run only on the sentences a rule asks about (dated ones), never over whole texts: it costs little so. */
    private final DependencyParser parser;

    private NlpPipeline(StanfordCoreNLP pipeline, DependencyParser parser) {
        this.pipeline = pipeline;
        this.parser = parser;
    }

    /** Loads the models (seconds); {@code progress} hears (step done, steps) with the step's name. */
    public static NlpPipeline load(BiConsumer<Integer, String> progress) {
        StanfordCoreNLP last = null;
        for (int i = 0; i < STEPS.size(); i++) {
            progress.accept(i, "Loading the " + STEP_NAMES.get(i));
            last = new StanfordCoreNLP(properties(STEPS.get(i)));
        }
        progress.accept(STEPS.size(), "Loading the dependency parser");
        Properties quiet = new Properties();
        quiet.setProperty("testThreads", "1");
        DependencyParser parser = DependencyParser.loadFromModelFile(PARSER_MODEL, quiet);
        NlpPipeline loaded = new NlpPipeline(last, parser);
        loaded.warmUp();
        progress.accept(steps(), "Language models loaded");
        return loaded;
    }

    /** Words of our own, run through once while loading so the first article does not pay for the compiler's first pass. */
    private static final String WARM_UP = "The harbour board of Port Elling denied on Tuesday that it had signed the quay contract, "
            + "a spokesman for Brightwater Shipping told Radio Elling. Investigators questioned the mayor last month.";

    private void warmUp() {
        for (List<Token> sentence : sentences(WARM_UP)) {
            parse(sentence);
        }
    }

    public static int steps() {
        return STEPS.size() + 1;
    }

    static Properties properties(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("ner.applyFineGrained", "false");
        // the 3-class (people, organisations, places) and CoNLL 4-class (+ other names) models; the default also runs the
        // MUC 7-class one, whose only labels that survive the combination are money, percent, date and time, which the
        // entity rules never use: without it the same names come out about 1.5 times faster (docs/measurements.md)
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
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
        return sentences(text).stream().flatMap(List::stream).toList();
    }

    /** The sentences of {@code text}, each its tokens with offsets into {@code text}. */
    public List<List<Token>> sentences(String text) {
        List<List<Token>> sentences = new ArrayList<>();
        for (int[] chunk : chunks(text)) {
            CoreDocument doc = new CoreDocument(text.substring(chunk[0], chunk[1]));
            pipeline.annotate(doc);
            for (CoreSentence sentence : doc.sentences()) {
                List<Token> tokens = new ArrayList<>();
                for (CoreLabel t : sentence.tokens()) {
                    tokens.add(new Token(chunk[0] + t.beginPosition(), chunk[0] + t.endPosition(),
                            t.originalText(), t.tag(), t.ner() == null ? "O" : t.ner()));
                }
                sentences.add(tokens);
            }
        }
        return sentences;
    }

    /** The dependency parse of one sentence of {@link #sentences} (its words and part-of-speech tags as given). */
    public SentenceParse parse(List<Token> sentence) {
        List<CoreLabel> labels = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            CoreLabel label = new CoreLabel();
            label.setWord(t.word());
            label.setValue(t.word());
            label.setOriginalText(t.word());
            label.setTag(t.tag());
            label.setIndex(i + 1);
            label.setSentIndex(0);
            labels.add(label);
        }
        CoreMap map = new ArrayCoreMap();
        map.set(CoreAnnotations.TokensAnnotation.class, labels);
        int[] heads = new int[sentence.size()];
        String[] relations = new String[sentence.size()];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "dep");
        for (TypedDependency d : parser.predict(map).typedDependencies()) {
            int dep = d.dep().index() - 1;
            if (dep >= 0 && dep < heads.length) {
                heads[dep] = d.gov().index() - 1;
                relations[dep] = d.reln().toString();
            }
        }
        return new SentenceParse(sentence, heads, relations);
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
