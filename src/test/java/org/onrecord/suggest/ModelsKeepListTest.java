package org.onrecord.suggest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installers ship the CoreNLP models jar stripped to the files in packaging/models.txt: a model the
 * code names but the list drops would make {@code analyze} fail only in the installed app.
 */
class ModelsKeepListTest {
    private static final Path KEEP_LIST = Path.of("packaging/models.txt");
    private static final Pattern MODEL_PATH = Pattern.compile("\"(edu/stanford/nlp/models/[^\"]+)\"");

    @Test
    void everyModelFileTheCodeNamesIsKept() throws IOException {
        List<PathMatcher> kept = Files.readAllLines(KEEP_LIST).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
        TreeSet<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = MODEL_PATH.matcher(Files.readString(source));
                while (m.find()) {
                    // one string may name several models ("ner.model": "a.crf.ser.gz,b.crf.ser.gz")
                    for (String model : m.group(1).split(",")) {
                        if (!model.isBlank()) {
                            named.add(model.strip());
                        }
                    }
                }
            }
        }
        assertThat(named).allSatisfy(path -> assertThat(kept).as("kept by %s: %s", KEEP_LIST, path)
                .anyMatch(k -> k.matches(Path.of(path))));
    }

    @Test
    void thePipelineLoadsOnlyTheEntityModelsTheListWasMadeFor() throws IOException {
        // fine-grained NER, SUTime and the numeric classifiers load files the list leaves out
        Properties p = NlpPipeline.properties("tokenize,ssplit,pos,lemma,ner");
        assertThat(p.getProperty("ner.applyFineGrained")).isEqualTo("false");
        assertThat(p.getProperty("ner.useSUTime")).isEqualTo("false");
        assertThat(p.getProperty("ner.applyNumericClassifiers")).isEqualTo("false");
        List<String> kept = Files.readAllLines(KEEP_LIST).stream().map(String::strip).toList();
        String models = p.getProperty("ner.model");
        assertThat(models).as("the CRF models are named, so the list can keep exactly them").isNotBlank();
        for (String model : models.split(",")) {
            assertThat(kept).as("listed in %s", KEEP_LIST).contains(model.strip());
        }
    }
}
