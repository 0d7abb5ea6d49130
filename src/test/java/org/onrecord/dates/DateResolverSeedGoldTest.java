package org.onrecord.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Resolves the reference case's gold DATE/TIME expressions against their publication dates, from
 * ../shared (never copied into the repo). A check of behaviour on real sentences, not a target.
 */
class DateResolverSeedGoldTest {
    static final Path SEEDS = Path.of("../shared/seeds");

    @Test
    @SuppressWarnings("unchecked")
    void seedGoldDatesResolveToAcceptedValues() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "no ../shared/seeds here");
        Map<String, Object> gold = (Map<String, Object>) MiniJson.parse(Files.readString(SEEDS.resolve("gold.json")));
        DateResolver resolver = new DateResolver();
        TemporalExpressionFinder finder = new TemporalExpressionFinder();
        int total = 0;
        int accepted = 0;
        int found = 0;
        List<String> misses = new ArrayList<>();
        for (Object o : (List<Object>) gold.get("docs")) {
            Map<String, Object> doc = (Map<String, Object>) o;
            String text = Files.readString(SEEDS.resolve((String) doc.get("file")));
            LocalDate published = LocalDate.parse((String) doc.get("pub_date"));
            var foundHere = finder.find(text, published);
            for (Object t : (List<Object>) doc.get("timex")) {
                Map<String, Object> timex = (Map<String, Object>) t;
                String type = (String) timex.get("type");
                if (!type.equals("DATE") && !type.equals("TIME") || Boolean.TRUE.equals(timex.get("optional"))) {
                    continue;
                }
                total++;
                List<Object> span = (List<Object>) timex.get("span");
                int start = text.offsetByCodePoints(0, ((Long) span.get(0)).intValue());
                int end = text.offsetByCodePoints(0, ((Long) span.get(1)).intValue());
                String sentence = text.substring(Math.max(0, start - 200), Math.min(text.length(), end + 200));
                String expression = (String) timex.get("text");
                List<Object> accept = (List<Object>) timex.get("accept");
                String value = resolver.resolve(expression, published, sentence).map(Resolution::value).orElse("(none)");
                if (accept.contains(value)) {
                    accepted++;
                } else {
                    misses.add(expression + " -> " + value + " (accept " + accept + ")");
                }
                if (foundHere.stream().anyMatch(f -> f.start() < end && start < f.end()
                        && f.resolution().map(r -> accept.contains(r.value())).orElse(false))) {
                    found++;
                }
            }
        }
        System.out.printf("seed gold DATE/TIME: %d/%d resolved to an accepted value; finder found and resolved %d/%d; misses %s%n",
                accepted, total, found, total, misses);
        assertThat(total).isPositive();
        assertThat((double) accepted / total).as("accept rate, misses: %s", misses).isGreaterThanOrEqualTo(0.9);
        assertThat((double) found / total).as("finder rate").isGreaterThanOrEqualTo(0.9);
    }
}
