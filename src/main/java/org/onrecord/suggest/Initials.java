package org.onrecord.suggest;

import org.onrecord.analysis.AliasRules;
import org.onrecord.analysis.Names;
import org.onrecord.model.EntityType;
import org.onrecord.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Short forms the model left untagged ("the SPE cyber-attack") that stand for a name in the same
 * article: the initials of "Sony Pictures Entertainment", or a country's usual short name.
 */
final class Initials {
    private Initials() {
    }

    static List<EntitySuggestion> find(String body, List<Token> tokens, List<EntitySuggestion> mentions) {
        List<EntitySuggestion> found = new ArrayList<>();
        for (Token t : tokens) {
            String word = t.word().replaceAll("['’]s$", "");
            if (!Names.isAcronym(word) || mentions.stream().anyMatch(m -> m.span().overlaps(t.start(), t.end()))) {
                continue;
            }
            Optional<EntitySuggestion> full = mentions.stream().filter(m -> m.type() != EntityType.WORK)
                    .filter(m -> AliasRules.match(word, m.type(), m.name(), m.type()).filter(r -> r.strength() == 2).isPresent())
                    .findFirst();
            full.ifPresent(m -> {
                int end = t.start() + word.length();
                String why = AliasRules.match(word, m.type(), m.name(), m.type()).orElseThrow().evidence();
                found.add(new EntitySuggestion(TextSpan.of(body, t.start(), end), m.type(), word, why));
            });
        }
        return found;
    }
}
