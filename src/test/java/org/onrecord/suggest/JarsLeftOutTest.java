package org.onrecord.suggest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installers leave out the CoreNLP dependencies listed in packaging/jars-left-out.txt (found by a
 * class-load trace of the app): code of ours that starts using one of them would fail only in the
 * installed app, with a NoClassDefFoundError.
 */
class JarsLeftOutTest {
    private static final Path LEFT_OUT = Path.of("packaging/jars-left-out.txt");
    /** The packages of each left-out jar, by the glob that leaves it out. */
    private static final Map<String, List<String>> PACKAGES = Map.ofEntries(
            Map.entry("protobuf-java-*.jar", List.of("com.google.protobuf")),
            Map.entry("jakarta.servlet-api-*.jar", List.of("javax.servlet", "jakarta.servlet")),
            Map.entry("xom-*.jar", List.of("nu.xom")),
            Map.entry("jakarta.json-*.jar", List.of("javax.json", "jakarta.json")),
            Map.entry("jollyday-*.jar", List.of("de.jollyday")),
            Map.entry("jaxb-api-*.jar", List.of("javax.xml.bind")),
            Map.entry("jaxb-impl-*.jar", List.of("com.sun.xml.bind")),
            Map.entry("istack-commons-runtime-*.jar", List.of("com.sun.istack")),
            Map.entry("javax.activation-api-*.jar", List.of("javax.activation")),
            Map.entry("ejml-*.jar", List.of("org.ejml")),
            Map.entry("AppleJavaExtensions-*.jar", List.of("com.apple.eawt", "com.apple.eio")));

    @Test
    void noCodeOfOursUsesAJarTheInstallerLeavesOut() throws IOException {
        List<String> globs = Files.readAllLines(LEFT_OUT).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(PACKAGES.keySet()).as("every left-out jar has its packages here").containsAll(globs);
        List<String> forbidden = globs.stream().flatMap(g -> PACKAGES.get(g).stream()).toList();
        TreeSet<String> uses = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                for (String pkg : forbidden) {
                    if (text.contains(pkg + ".")) {
                        uses.add(source.getFileName() + " uses " + pkg);
                    }
                }
            }
        }
        assertThat(uses).as("code that needs a jar %s leaves out", LEFT_OUT).isEmpty();
    }
}
